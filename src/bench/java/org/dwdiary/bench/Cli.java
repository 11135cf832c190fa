package org.dwdiary.bench;

import org.dwdiary.cli.DiaryCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a {@code dwdiary} command in this JVM, as {@code Main} does (same entry, same parsing), on the benchmarks' clock. */
final class Cli {
    private Cli() {
    }

    /** {@code dwdiary --data-dir folder args…}; @return what it printed; throws when it did not exit 0. */
    static String run(Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DiaryCli.run(all.toArray(String[]::new), BenchData.CLOCK, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), window -> {
                    throw new IllegalStateException("no window in a benchmark");
                });
        if (code != 0) {
            throw new IllegalStateException("dwdiary " + String.join(" ", all) + " exited " + code + ":\n" + out + err);
        }
        return out + err.toString();
    }
}
