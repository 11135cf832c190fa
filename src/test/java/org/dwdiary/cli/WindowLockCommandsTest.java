package org.dwdiary.cli;

import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.lock.OtherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code restore} and {@code delete-all-data} replace or remove the diary: they hold the folder's window lock
 * while they do, and refuse, naming the window's process, while a window of another process has the folder.
 */
class WindowLockCommandsTest {
    @TempDir Path temp;

    private CliRunner diaryWithACopy() {
        CliRunner cli = new CliRunner(temp);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        assertEquals(0, cli.run("backup", "--out", temp.resolve("copy.db").toString()).code());
        cli.add("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL, "Drive", null);
        return cli;
    }

    @Test
    void restoreIsRefusedWhileAWindowOfAnotherProcessHasTheDiaryAndNamesIt() throws Exception {
        CliRunner cli = diaryWithACopy();
        CliRunner.Snapshot before = cli.snapshot();
        try (OtherProcess window = OtherProcess.windowOn(cli.dataDir, false)) {
            CliRunner.Result result = cli.run("restore", temp.resolve("copy.db").toString());

            assertEquals(1, result.code(), result.toString());
            assertTrue(result.err().contains("is open in a Direct Work Diary window (PID " + window.pid() + ", since "),
                    result.toString());
            assertTrue(result.err().contains("close that window, then try again. Nothing was changed."), result.toString());
            assertEquals(before, cli.snapshot());
            assertFalse(Files.exists(cli.dataDir.resolve("backups")), "not even the copy made before a restore");
        }
        // Once the window has gone (here killed: the lock ends with its process), the restore goes ahead.
        CliRunner.Result again = cli.run("restore", temp.resolve("copy.db").toString());
        assertEquals(0, again.code(), again.toString());
        assertEquals(1, cli.snapshot().blocks().size());
    }

    @Test
    void deleteAllDataIsRefusedWhileAWindowOfAnotherProcessHasTheDiaryAndNamesIt() throws Exception {
        CliRunner cli = diaryWithACopy();
        try (OtherProcess window = OtherProcess.windowOn(cli.dataDir, false)) {
            CliRunner.Result result = cli.run("delete-all-data", "--yes");

            assertEquals(1, result.code(), result.toString());
            assertTrue(result.err().contains("is open in a Direct Work Diary window (PID " + window.pid() + ", since "),
                    result.toString());
            assertTrue(result.err().contains("Nothing was deleted."), result.toString());
            assertEquals(2, cli.snapshot().blocks().size());
        }
        CliRunner.Result again = cli.run("delete-all-data", "--yes");
        assertEquals(0, again.code(), again.toString());
        assertFalse(Files.exists(cli.dataDir), "the lock file the window left went with the rest");
    }

    @Test
    void aCommandHoldingTheLockIsNamedAsACommand() throws Exception {
        CliRunner cli = diaryWithACopy();
        try (OtherProcess restoring = OtherProcess.holding(cli.dataDir, false, "restore")) {
            CliRunner.Result result = cli.run("delete-all-data", "--yes");

            assertEquals(1, result.code(), result.toString());
            assertTrue(result.err().contains("is being changed by the command 'restore' (PID " + restoring.pid() + ", since "),
                    result.toString());
            assertTrue(result.err().contains("wait for it to finish, then try again"), result.toString());
        }
    }
}
