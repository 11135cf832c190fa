package org.dwdiary.cli.huge;

import org.dwdiary.Main;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line exactly as a user runs it ({@link Main}), in a child JVM, reporting when it exits how much
 * memory it used at most: the heap (the largest use of each heap pool, summed) and the process's peak resident
 * size. The report goes to the file named by the system property {@value #REPORT}, as
 * {@code heapPeakBytes rssPeakKilobytes elapsedMillis}.
 */
public final class MeasuredCli {
    public static final String REPORT = "dwdiary.child.report";

    private MeasuredCli() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        String report = System.getProperty(REPORT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    heap += pool.getPeakUsage().getUsed();
                }
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            try {
                Files.writeString(Path.of(report), heap + " " + peakResidentKilobytes().orElse(-1L) + " " + elapsed);
            } catch (IOException e) {
                e.printStackTrace();
            }
        }));
        Main.main(args);
    }

    /** VmHWM from /proc/self/status (Linux): the most memory the process has held. */
    private static Optional<Long> peakResidentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // the peak is reported only where the system tells it
        }
        return Optional.empty();
    }
}
