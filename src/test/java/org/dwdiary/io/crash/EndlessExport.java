package org.dwdiary.io.crash;

import org.dwdiary.io.SafeFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child JVM for SafeFilesCrashTest: exports to the file named by its argument through {@link SafeFiles}, line
 * after line without end, saying "writing" on standard output once a megabyte is written, until it is killed.
 */
public final class EndlessExport {
    private EndlessExport() {
    }

    public static void main(String[] args) throws IOException {
        SafeFiles.writeText(Path.of(args[0]), writer -> {
            String row = "2026-03-02,2026-03-02T09:00,2026-03-02T10:00,60,direct,Home visit,\n";
            for (long line = 0; ; line++) {
                writer.write(row);
                if (line == 20_000) {
                    writer.flush();
                    System.out.println("writing");
                    System.out.flush();
                }
            }
        });
    }
}
