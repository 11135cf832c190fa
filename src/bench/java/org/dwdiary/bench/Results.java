package org.dwdiary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Where the timing mains leave their figures for {@link BenchReport}: a Markdown part each in
 * {@code target/bench-results/} (or the folder in the system property {@code dwdiary.bench.results}).
 */
final class Results {
    private Results() {
    }

    static Path folder() {
        return Path.of(System.getProperty("dwdiary.bench.results", "target/bench-results"));
    }

    /** Keeps {@code markdown} as the part called {@code name}, replacing an earlier one. */
    static void write(String name, String markdown) {
        try {
            Files.createDirectories(folder());
            Files.writeString(folder().resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "median 412 ms (min 398, max 455; 5 runs)" from milliseconds, in any order. */
    static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.UK, "median %,d ms (min %,d, max %,d; %d runs)", median(sorted), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    /** The middle value (the mean of the two middle ones for an even count) of sorted values. */
    static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
