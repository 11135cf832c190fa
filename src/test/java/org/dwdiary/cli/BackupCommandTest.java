package org.dwdiary.cli;

import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupCommandTest {
    @TempDir Path temp;

    private static List<Path> backups(CliRunner cli) throws IOException {
        try (Stream<Path> files = Files.list(cli.dataDir.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void backupWritesATimedCopyInBackupsAndSaysWhereAndHowBig() throws IOException {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        CliRunner.Result result = cli.run("backup");
        Path copy = cli.dataDir.resolve("backups/diary-2026-03-04T120000Z.db");
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().startsWith("Backed up to " + copy + " (") && result.out().contains(" KB)."), result.out());
        assertEquals(List.of(copy), backups(cli));
    }

    @Test
    void backupOutWritesTheNamedFile() {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        Path out = temp.resolve("copy.db");
        CliRunner.Result result = cli.run("backup", "--out", out.toString());
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().startsWith("Backed up to " + out), result.out());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void backupWithoutADiaryIsRefused() {
        CliRunner cli = new CliRunner(temp);
        CliRunner.Result result = cli.run("backup");
        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("no diary to back up"), result.err());
    }

    @Test
    void restorePutsTheBackupBackAndKeepsTheDiaryAsItWas() throws IOException {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        CliRunner.Snapshot oneBlock = cli.snapshot();
        Path copy = temp.resolve("one-block.db");
        assertEquals(0, cli.run("backup", "--out", copy.toString()).code());
        cli.add("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL, "Drive", null);

        CliRunner.Result result = cli.run("restore", copy.toString());

        assertEquals(0, result.code(), result.toString());
        Path before = cli.dataDir.resolve("backups/diary-2026-03-04T120000Z-before-restore.db");
        assertTrue(result.out().contains("The diary as it was is kept in " + before), result.out());
        assertTrue(result.out().contains("Restored the diary from " + copy + " (1 block)."), result.out());
        assertEquals(oneBlock, cli.snapshot());
        assertEquals(List.of(before), backups(cli));
    }

    @Test
    void restoreOfATextFileIsRefusedNamingItAndChangesNothing() throws IOException {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        byte[] diary = Files.readAllBytes(cli.dataDir.resolve("diary.db"));
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");

        CliRunner.Result result = cli.run("restore", text.toString());

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains(text.toString()) && result.err().contains("not an SQLite database"), result.err());
        assertArrayEquals(diary, Files.readAllBytes(cli.dataDir.resolve("diary.db")));
        assertTrue(!Files.exists(cli.dataDir.resolve("backups")), "no copy for a refused restore");
    }

    @Test
    void restoreWithoutAFileIsWrongUsage() {
        assertEquals(2, new CliRunner(temp).run("restore").code());
    }

    // the temporary name must fit where the real one does: "." + name + ".part" would not near 255 bytes
    @Test
    void backupOutToANameNearTheSystemsLimitIsWritten() throws IOException {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        Path out = temp.resolve("ü".repeat(123) + " copy.db"); // 254 bytes in UTF-8

        CliRunner.Result result = cli.run("backup", "--out", out.toString());

        assertEquals(0, result.code(), result.toString());
        assertTrue(Files.isRegularFile(out));
        try (Stream<Path> files = Files.list(temp)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }
}
