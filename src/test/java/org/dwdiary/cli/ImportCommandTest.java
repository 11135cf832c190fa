package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.cli.CliRunner.Snapshot;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.dwdiary.cli.CliRunner.LONDON;
import static org.dwdiary.cli.CliRunner.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;
    private Block visit;

    @BeforeEach
    void diaryWithAVisit() {
        cli = new CliRunner(tempDir);
        visit = cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
    }

    @Test
    void importsEveryRow() throws IOException {
        Path file = csv("work.csv", """
                start,end,kind,activity,note
                2026-03-02T10:00,2026-03-02T10:30,travel,Drive back,
                2026-03-02T22:00,2026-03-03T01:30,Recording,Court statement,"Late, again"
                """);

        Result result = cli.run("import", file.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals("Imported 2 blocks from " + file + "\n", result.out());
        assertEquals("", result.err());
        List<Block> blocks = cli.snapshot().blocks();
        assertEquals(3, blocks.size());
        assertEquals(new Block(blocks.get(2).id(), at("2026-03-02T22:00"), at("2026-03-03T01:30"), LONDON,
                WorkKind.RECORDING, "Court statement", "Late, again"), blocks.get(2));
    }

    @Test
    void fileWithBadLinesImportsNothingAndListsEveryOne() throws IOException {
        Path file = csv("work.csv", """
                start,end,kind,activity
                2026-03-03T09:00,2026-03-03T10:00,direct,School visit
                2026-03-02T09:30,2026-03-02T10:30,recording,Case notes
                2026-03-03T12:00,2026-03-03T11:00,recording,Emails
                2026-03-03T13:00,2026-03-03T14:00,lunch,
                2026-03-03T09:30,2026-03-03T09:45,travel,Drive
                """);
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", file.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        List<String> lines = result.err().lines().toList();
        assertEquals("dwdiary import: Nothing was imported from work.csv: 4 lines have problems.", lines.get(0));
        assertEquals(5, lines.size(), result.err());
        assertTrue(lines.get(1).startsWith("  line 3: overlaps \"Home visit\", Mon 2 Mar 2026 09:00–10:00"), lines.get(1));
        assertTrue(lines.get(2).startsWith("  line 4: the block ends before it starts"), lines.get(2));
        assertTrue(lines.get(3).startsWith("  line 5: kind \"lunch\""), lines.get(3));
        assertTrue(lines.get(4).startsWith("  line 6: overlaps line 2"), lines.get(4));
        assertEquals(before, cli.snapshot());
    }

    @Test
    void missingFileIsRefused() {
        Path file = tempDir.resolve("nowhere.csv");

        Result result = cli.run("import", file.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: there is no file " + file + "\n", result.err());
        assertEquals(List.of(visit), cli.snapshot().blocks());
    }

    @Test
    void fileThatIsNotUtf8IsRefusedSayingSo() throws IOException {
        Path file = tempDir.resolve("latin1.csv");
        Files.write(file, "start,end,kind,activity\n2026-03-03T09:00,2026-03-03T10:00,meetings,Réunion\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Result result = cli.run("import", file.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: " + file + " is not UTF-8 text; save it as \"CSV UTF-8\" and try again\n",
                result.err());
        assertEquals(List.of(visit), cli.snapshot().blocks());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = csv("empty.csv", "");

        Result result = cli.run("import", file.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: Nothing was imported from empty.csv: 1 line has a problem.\n"
                + "  line 1: the file is empty; it needs a header row: start,end,kind,activity,note\n", result.err());
    }

    @Test
    void exportedFileImportsIntoAnotherDiary(@TempDir Path other) throws IOException {
        cli.add("2026-03-02T22:00", "2026-03-03T01:30", WorkKind.RECORDING, "=Court statement", "Late\nagain");
        Path file = tempDir.resolve("export.csv");
        assertEquals(0, cli.run("export", "csv", "--with-notes", "--out", file.toString()).code());
        CliRunner elsewhere = new CliRunner(other);

        Result result = elsewhere.run("import", file.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(cli.snapshot(), elsewhere.snapshot());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Result result = cli.run("import");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("Usage: dwdiary import"), result.err());
    }

    private Path csv(String name, String content) throws IOException {
        Path file = tempDir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
