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

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
