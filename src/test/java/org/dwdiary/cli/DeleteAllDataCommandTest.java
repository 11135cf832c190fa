package org.dwdiary.cli;

import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeleteAllDataCommandTest {
    @TempDir Path temp;

    private CliRunner diaryWithABackup() {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        assertEquals(0, cli.run("backup").code());
        return cli;
    }

    @Test
    void withoutYesItListsWhatWouldGoDeletesNothingAndExitsOne() {
        CliRunner cli = diaryWithABackup();
        CliRunner.Result result = cli.run("delete-all-data");
        assertEquals(1, result.code(), result.toString());
        assertTrue(result.out().contains("Would delete from " + cli.dataDir) && result.out().contains("1 backup in backups/"),
                result.toString());
        assertTrue(result.err().contains("--yes") && result.err().contains("nothing was deleted"), result.toString());
        assertTrue(Files.exists(cli.dataDir.resolve("diary.db")));
        assertTrue(Files.isDirectory(cli.dataDir.resolve("backups")));
    }

    @Test
    void withYesItDeletesTheDiaryAndItsBackupsAndSaysWhat() {
        CliRunner cli = diaryWithABackup();
        CliRunner.Result result = cli.run("delete-all-data", "--yes");
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("Deleted from " + cli.dataDir) && result.out().contains("1 backup")
                && result.out().contains("was removed"), result.toString());
        assertFalse(Files.exists(cli.dataDir));
    }

    @Test
    void aFileOfTheUsersOwnIsKeptAndNamed() throws IOException {
        CliRunner cli = diaryWithABackup();
        Path mine = Files.writeString(cli.dataDir.resolve("timesheet.xlsx"), "mine");
        CliRunner.Result result = cli.run("delete-all-data", "--yes");
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("Kept (not made by Direct Work Diary):") && result.out().contains(mine.toString()),
                result.toString());
        assertTrue(Files.exists(mine));
        assertFalse(Files.exists(cli.dataDir.resolve("diary.db")));
    }

    @Test
    void aFolderWithoutADiaryIsRefused() {
        CliRunner cli = new CliRunner(temp);
        CliRunner.Result result = cli.run("delete-all-data", "--yes");
        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("nothing to delete"), result.toString());
    }
}
