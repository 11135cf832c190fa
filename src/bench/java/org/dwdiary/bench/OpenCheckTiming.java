package org.dwdiary.bench;

import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The quick check made before every open ({@code PRAGMA quick_check} through a read-only connection) on a
 * 10-year diary (520 weeks, 10 blocks a working day): the first check in this JVM (SQLite's native library
 * already loaded, so only the check and a cold JIT), then warm; and a whole {@code Diary.open} + close beside
 * it. Pass a folder holding such a diary to reuse it (e.g. one written by {@code dwdiary demo --weeks 520
 * --blocks-per-day 10}); otherwise one is written first. For a check with the file out of the OS's cache, drop
 * the page cache before starting (as root: {@code sync; echo 3 > /proc/sys/vm/drop_caches}) and read the
 * first figure. Run by {@code ./mvnw -Pbench verify}.
 */
public final class OpenCheckTiming {
    private static final int WARM_RUNS = 15;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

    private OpenCheckTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path folder;
        if (args.length > 0) {
            folder = Path.of(args[0]);
        } else {
            folder = Files.createTempDirectory("open-check-timing");
            try (Diary diary = Diary.open(folder, CLOCK)) {
                SampleDiaryWriter.write(diary, 520, 10, 2026, CLOCK);
            }
        }
        Backups backups = Backups.of(folder, CLOCK);
        long loadStart = System.nanoTime();
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            memory.isValid(1);
        }
        double load = millis(System.nanoTime() - loadStart);

        long start = System.nanoTime();
        boolean sound = backups.problem().isEmpty();
        double first = millis(System.nanoTime() - start);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            backups.problem();
            warm.add(millis(System.nanoTime() - start));
        }
        List<Double> opens = new ArrayList<>();
        long blocks = 0;
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            try (Diary diary = Diary.open(folder, CLOCK)) {
                opens.add(millis(System.nanoTime() - start));
                blocks = diary.count();
            }
        }
        Collections.sort(warm);
        Collections.sort(opens);
        long bytes = Files.size(folder.resolve("diary.db"));
        System.out.printf("Quick check at open, %,d blocks (%.1f MB), sound: %s. SQLite's native library loaded in %.0f ms; "
                        + "first check %.1f ms; then median %.1f ms (min %.1f, max %.1f, %d runs). Diary.open with the check: "
                        + "median %.1f ms (min %.1f, max %.1f).%n", blocks, bytes / 1048576.0, sound, load, first,
                warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warm.size(),
                opens.get(opens.size() / 2), opens.get(0), opens.get(opens.size() - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
