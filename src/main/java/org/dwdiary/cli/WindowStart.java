package org.dwdiary.cli;

import java.nio.file.Path;

/**
 * What {@code dwdiary} without a command asks of the window: the data folder, and for measuring the start,
 * whether to print its phases ({@code --timings}) and to close once the current week is drawn
 * ({@code --exit-after-start}).
 */
public record WindowStart(Path folder, boolean timings, boolean exitAfterStart) {
}
