package org.dwdiary.io;

import org.dwdiary.io.crash.EndlessExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export killed half way (SIGKILL, as a crash or a power cut would stop it) leaves the earlier file under the
 * real name untouched, or no file there at all; only a hidden temporary file can be left, and the next export
 * writes the whole file past it.
 */
class SafeFilesCrashTest {
    @TempDir
    Path folder;

    @Test
    void exportKilledHalfWayLeavesNoHalfFileUnderItsName() throws Exception {
        Path fresh = folder.resolve("new export.csv");
        Path earlier = Files.writeString(folder.resolve("earlier export.csv"), "the earlier export\n");

        killHalfWay(fresh);
        killHalfWay(earlier);

        assertTrue(Files.notExists(fresh), "no file under the name of an export that never finished");
        assertEquals("the earlier export\n", Files.readString(earlier), "the earlier file is as it was");
        try (Stream<Path> all = Files.list(folder)) {
            List<Path> left = all.filter(path -> !path.equals(earlier)).toList();
            assertTrue(left.stream().allMatch(path -> path.getFileName().toString().startsWith(".")
                    && path.getFileName().toString().endsWith(".part")), "only hidden temporary files: " + left);
        }

        SafeFiles.writeText(fresh, writer -> writer.write("date,start\n"));
        assertEquals("date,start\n", Files.readString(fresh), "the next export writes the whole file");
    }

    private void killHalfWay(Path target) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), EndlessExport.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the child started writing");
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
    }
}
