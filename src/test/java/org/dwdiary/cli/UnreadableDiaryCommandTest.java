package org.dwdiary.cli;

import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.DamagedFiles;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command that opens a diary this version cannot use stops (exit 1) with the problem in plain words and
 * the way back: the newest good backup and the command that restores it, or that there is none and the file is
 * kept untouched. {@code restore --newest} puts it back and keeps the bad file beside it.
 */
class UnreadableDiaryCommandTest {
    @TempDir Path temp;

    /** A diary with one block, a backup of it, a second block, then the diary cut in half. */
    private CliRunner damagedDiaryWithABackup() throws IOException {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        assertEquals(0, cli.run("backup").code());
        cli.add("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL, "Drive", null);
        DamagedFiles.cutInHalf(diaryFile(cli));
        return cli;
    }

    private static Path diaryFile(CliRunner cli) {
        return cli.dataDir.resolve("diary.db");
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyCommandThatOpensTheDiaryNamesTheDamageAndTheNewestGoodBackup() throws IOException {
        CliRunner cli = damagedDiaryWithABackup();
        byte[] damaged = Files.readAllBytes(diaryFile(cli));

        for (String[] command : List.of(new String[] {"week"}, new String[] {"list"}, new String[] {"add", "30m Case notes"},
                new String[] {"status"}, new String[] {"export", "csv", "--out", temp.resolve("out.csv").toString()},
                new String[] {"backup"})) {
            CliRunner.Result result = cli.run(command);

            String name = "dwdiary " + command[0];
            assertEquals(1, result.code(), result.toString());
            assertTrue(result.err().startsWith(name), result.err());
            assertTrue(result.err().contains(": Your diary file " + diaryFile(cli) + " is damaged: it is cut short: "),
                    result.err());
            assertTrue(result.err().contains("Nothing has been changed or deleted.\n"
                    + "The newest good backup is backups/diary-2026-03-04T120000Z.db from Wed 4 Mar 2026 12:00 (1 block).\n"
                    + "To put it back, run: dwdiary --data-dir " + cli.dataDir + " restore --newest (your damaged file will be "
                    + "kept beside it, as diary.db.damaged-<date and time>).\n"), result.err());
            assertArrayEquals(damaged, Files.readAllBytes(diaryFile(cli)), name + " left the file as it was");
        }
        assertFalse(Files.exists(temp.resolve("out.csv")));
        assertEquals(List.of(cli.dataDir.resolve("backups/diary-2026-03-04T120000Z.db")), filesIn(cli.dataDir.resolve("backups")),
                "the damaged diary was not backed up");
    }

    @Test
    void restoreNewestPutsTheBackupBackAndKeepsTheDamagedFileBesideIt() throws IOException {
        CliRunner cli = damagedDiaryWithABackup();
        byte[] damaged = Files.readAllBytes(diaryFile(cli));

        CliRunner.Result result = cli.run("restore", "--newest");

        Path kept = cli.dataDir.resolve("diary.db.damaged-2026-03-04T120000Z");
        assertEquals(0, result.code(), result.toString());
        assertEquals("The diary file that could not be opened is kept as " + kept + ".\n"
                + "Restored the diary from the newest good backup, " + cli.dataDir.resolve("backups/diary-2026-03-04T120000Z.db")
                + " from Wed 4 Mar 2026 12:00 (1 block).\n", result.out());
        assertArrayEquals(damaged, Files.readAllBytes(kept));
        assertEquals(List.of("Home visit"), cli.snapshot().blocks().stream().map(b -> b.label()).toList());
        CliRunner.Result week = cli.run("week");
        assertEquals(0, week.code(), week.toString());
        assertTrue(week.out().contains("Direct work     1:00"), week.out());
    }

    @Test
    void withNoBackupTheCommandSaysSoAndTheFileIsKeptUntouched() throws IOException {
        CliRunner cli = new CliRunner(temp);
        Files.createDirectories(cli.dataDir);
        DamagedFiles.writeText(diaryFile(cli));
        byte[] text = Files.readAllBytes(diaryFile(cli));

        CliRunner.Result result = cli.run("week");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().startsWith("dwdiary week: Your diary file " + diaryFile(cli) + " is not a diary: it is not a "
                + "database at all"), result.err());
        assertTrue(result.err().contains("There is no backup to put back (none in " + cli.dataDir.resolve("backups") + "). "
                + "Your diary file is kept untouched in " + cli.dataDir + ".\n"
                + "If you have a copy of your diary elsewhere, put it back with: dwdiary --data-dir " + cli.dataDir
                + " restore FILE\n"), result.err());
        assertArrayEquals(text, Files.readAllBytes(diaryFile(cli)));

        CliRunner.Result newest = cli.run("restore", "--newest");
        assertEquals(1, newest.code(), newest.toString());
        assertTrue(newest.err().contains("there is no good backup to restore in " + cli.dataDir.resolve("backups")
                + " (there are none). Nothing was changed."), newest.err());
        assertArrayEquals(text, Files.readAllBytes(diaryFile(cli)));
    }

    @Test
    void aDamagedNewerBackupIsSkippedAndNamed() throws Exception {
        CliRunner cli = damagedDiaryWithABackup();
        Path older = cli.dataDir.resolve("backups/diary-2026-03-04T120000Z.db");
        Path newer = cli.dataDir.resolve("backups/diary-2026-03-04T130000Z.db");
        Files.copy(older, newer);
        DamagedFiles.cutInHalf(newer);

        CliRunner.Result result = cli.run("list");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("The newest good backup is backups/diary-2026-03-04T120000Z.db"), result.err());
        assertTrue(result.err().contains("\nSkipped backups/diary-2026-03-04T130000Z.db: it is damaged"), result.err());

        CliRunner.Result restored = cli.run("restore", "--newest");
        assertEquals(0, restored.code(), restored.toString());
        assertTrue(restored.out().startsWith("Skipped " + newer + ": it is damaged"), restored.out());
        assertTrue(restored.out().contains("Restored the diary from the newest good backup, " + older), restored.out());
    }

    @Test
    void restoreTakesAFileOrNewestButNotBothAndNotNeither() {
        CliRunner cli = new CliRunner(temp);
        CliRunner.Result both = cli.run("restore", temp.resolve("x.db").toString(), "--newest");
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("Usage: dwdiary restore [-hV] [--data-dir=DIR] (FILE | --newest)"), both.err());
        CliRunner.Result neither = cli.run("restore");
        assertEquals(2, neither.code(), neither.toString());
        assertTrue(neither.err().contains("Missing required argument"), neither.err());
    }

    @Test
    void aDiaryFromANewerVersionSaysToUseThatVersionAndOffersTheBackup() throws Exception {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        assertEquals(0, cli.run("backup").code());
        DamagedFiles.markAsSchema(diaryFile(cli), 99);

        CliRunner.Result result = cli.run("week");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("was made by a newer version of Direct Work Diary (its schema is 99;"), result.err());
        assertTrue(result.err().contains("Open it with that version; this one cannot read it."), result.err());
        assertTrue(result.err().contains("(your diary from the newer version will be kept beside it, as "
                + "diary.db.newer-<date and time>)"), result.err());
    }
}
