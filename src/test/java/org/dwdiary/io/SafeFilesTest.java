package org.dwdiary.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An export that fails half-way leaves neither half a file nor a damaged earlier export. */
class SafeFilesTest {

    @Test
    void writesTheWholeText(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("week 10 – export.csv");

        SafeFiles.writeText(target, writer -> writer.write("date,start\nü,😊\n"));

        assertEquals("date,start\nü,😊\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void failureHalfWayLeavesNoFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("export.csv");

        assertThrows(IOException.class, () -> SafeFiles.writeText(target, writer -> {
            writer.write("date,start\n".repeat(10_000));
            throw new IOException("disk full");
        }));

        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesIn(dir), "no temporary file is left behind");
    }

    @Test
    void failureHalfWayKeepsTheEarlierFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("export.csv");
        Files.writeString(target, "the earlier export\n");

        assertThrows(IOException.class, () -> SafeFiles.writeText(target, writer -> {
            writer.write("half of the new one");
            throw new IOException("disk full");
        }));

        assertEquals("the earlier export\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void writesBytesTheSameSafeWay(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.png");
        Files.writeString(target, "the earlier chart");

        assertThrows(IOException.class, () -> SafeFiles.writeBinary(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("the earlier chart", Files.readString(target), "a failed write keeps the earlier file");
        assertEquals(List.of(target), filesIn(dir));

        SafeFiles.writeBinary(target, out -> out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff}));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff}, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void anyExceptionOrErrorHalfWayLeavesNoFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.pdf");
        Files.writeString(dir.resolve("kept.pdf"), "the earlier report");

        assertThrows(IllegalStateException.class, () -> SafeFiles.writeBinary(report, out -> {
            out.write(new byte[200_000]);
            throw new IllegalStateException("the chart could not be drawn");
        }));
        assertThrows(StackOverflowError.class, () -> SafeFiles.writeText(dir.resolve("kept.pdf"), writer -> {
            writer.write("half a report");
            throw new StackOverflowError();
        }));

        assertEquals(List.of(dir.resolve("kept.pdf")), filesIn(dir));
        assertEquals("the earlier report", Files.readString(dir.resolve("kept.pdf")));
    }

    // a name near the system's limit (255 bytes): "." + name + random digits + ".part" would not fit
    @Test
    void nameNearTheSystemsLimitIsWritten(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("é".repeat(119) + " long export.csv"); // 254 bytes in UTF-8

        SafeFiles.writeText(target, writer -> writer.write("date,start\n"));

        assertEquals("date,start\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void temporaryNameIsShortAndHidden() {
        assertEquals(".export.csv.", SafeFiles.temporaryPrefix("export.csv"));
        assertEquals("." + "é".repeat(40) + ".", SafeFiles.temporaryPrefix("é".repeat(120) + ".csv"));
        assertEquals("." + "a".repeat(39) + ".", SafeFiles.temporaryPrefix("a".repeat(39) + "\uD83D\uDE00.csv"),
                "never half a character");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
