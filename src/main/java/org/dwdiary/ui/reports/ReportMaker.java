package org.dwdiary.ui.reports;

import org.dwdiary.report.Progress;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Makes a report's PDF for the whole weeks from {@code first} to {@code last}. Runs on the background
 * thread; calls {@code progress.step(...)} as it goes, which throws a
 * {@link java.util.concurrent.CancellationException} once the worker has cancelled.
 */
@FunctionalInterface
public interface ReportMaker {
    byte[] make(LocalDate first, LocalDate last, ReportOptions options, Progress progress) throws IOException;
}
