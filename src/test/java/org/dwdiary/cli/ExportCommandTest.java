package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    private static final String HEADER = "date,start,end,minutes,kind,activity,note\r\n";
    private static final String VISIT = "2026-03-02,2026-03-02T09:00,2026-03-02T10:30,90,direct,Home visit,";
    private static final String NOTES = "2026-03-05,2026-03-05T19:00,2026-03-05T20:00,60,recording,'=Case notes,";

    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void diaryWithTwoBlocks() {
        cli = new CliRunner(tempDir);
        cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", "Went well");
        cli.add("2026-03-05T19:00", "2026-03-05T20:00", WorkKind.RECORDING, "=Case notes", null);
    }

    @Test
    void writesCsvToStandardOutputWithoutNotes() {
        Result result = cli.run("export", "csv");

        assertEquals(0, result.code(), result::toString);
        assertEquals(HEADER + VISIT + "\r\n" + NOTES + "\r\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void notesOnlyWithWithNotes() {
        Result result = cli.run("export", "csv", "--with-notes");

        assertEquals(HEADER + VISIT + "Went well\r\n" + NOTES + "\r\n", result.out());
    }

    @Test
    void periodLimitsTheBlocksExported() {
        Result result = cli.run("export", "csv", "--from", "2026-03-03", "--to", "2026-03-05");

        assertEquals(HEADER + NOTES + "\r\n", result.out());
    }

    @Test
    void writesTheFileGivenWithOut() throws IOException {
        Path out = tempDir.resolve("my export.csv");

        Result result = cli.run("export", "csv", "--out", out.toString(), "--with-notes");

        assertEquals(0, result.code(), result::toString);
        assertEquals("", result.out());
        assertEquals("Exported 2 blocks to " + out + " (with notes)\n", result.err());
        assertEquals(HEADER + VISIT + "Went well\r\n" + NOTES + "\r\n", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void replacesAnEarlierExportWhole() throws IOException {
        Path out = tempDir.resolve("export.csv");
        Files.writeString(out, "an older and much longer export\n".repeat(100));

        Result result = cli.run("export", "csv", "--out", out.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals("Exported 2 blocks to " + out + " (notes left out)\n", result.err());
        assertEquals(HEADER + VISIT + "\r\n" + NOTES + "\r\n", Files.readString(out));
    }

    @Test
    void folderThatDoesNotExistIsRefusedLeavingNoFile() throws IOException {
        Path out = tempDir.resolve("no such folder").resolve("export.csv");

        Result result = cli.run("export", "csv", "--out", out.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary export csv: cannot write " + out + ": there is no folder " + out.getParent() + "\n",
                result.err());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void targetThatIsAFolderIsRefusedLeavingNoPartialFile() throws IOException {
        Path out = tempDir.resolve("exports");
        Files.createDirectories(out.resolve("2025"));

        Result result = cli.run("export", "csv", "--out", out.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary export csv: cannot write " + out + ": it is a folder\n", result.err());
        assertEquals(List.of(), partFiles(tempDir), "no half-written file is left behind");
        assertTrue(Files.isDirectory(out.resolve("2025")), "the folder is untouched");
    }

    @Test
    void emptyDiaryExportsJustTheHeader(@TempDir Path other) {
        Result result = new CliRunner(other).run("export", "csv");

        assertEquals(0, result.code(), result::toString);
        assertEquals(HEADER, result.out());
    }

    @Test
    void exportWithoutAFormatIsAUsageError() {
        Result result = cli.run("export");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().startsWith("Missing required subcommand"), result.err());
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
