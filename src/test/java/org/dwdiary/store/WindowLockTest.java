package org.dwdiary.store;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.lock.OtherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One window per data folder: the lock is per process (another JVM is refused and told who holds it), ends
 * with its holder however it ends, and carries a second window's request to come to the front.
 */
class WindowLockTest {
    /** Long enough for a busy machine; the tests never depend on how long it takes. */
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    void aWindowInAnotherProcessKeepsTheLockAndIsNamedByItsProcessAndStart() throws Exception {
        Path folder = dir.resolve("diary");
        Instant before = Instant.now();
        try (OtherProcess window = OtherProcess.windowOn(folder, false)) {
            WindowLock.Attempt attempt = WindowLock.forWindow(folder, CLOCK);

            assertFalse(attempt.taken(), "a second window on the same folder does not get the lock");
            WindowLock.Holder holder = attempt.holder();
            assertEquals(window.pid(), holder.pid());
            assertTrue(holder.isWindow());
            assertFalse(holder.since().isBefore(before.minusSeconds(1)), "since " + holder.since());
            assertTrue(holder.describe(ZoneId.of("UTC"), LocalDate.now(ZoneId.of("UTC")))
                    .startsWith("a Direct Work Diary window (PID " + window.pid() + ", since "), holder.toString());
        }
    }

    @Test
    void aKilledWindowLeavesItsFileButNotItsLock() throws Exception {
        Path folder = dir.resolve("diary");
        OtherProcess window = OtherProcess.windowOn(folder, false);
        window.kill();

        assertTrue(Files.exists(folder.resolve(WindowLock.FILE)), "SIGKILL leaves the file behind");
        WindowLock.Attempt attempt = WindowLock.forWindow(folder, CLOCK);
        try {
            assertTrue(attempt.taken(), "the stale file does not block the next window");
            assertEquals(ProcessHandle.current().pid(), attempt.holder().pid());
        } finally {
            attempt.lock().ifPresent(WindowLock::close);
        }
    }

    @Test
    void theWindowThatHoldsTheLockSeesTheRequestToComeForwardAndAnswersIt() throws Exception {
        Path folder = dir.resolve("diary");
        try (OtherProcess window = OtherProcess.windowOn(folder, true)) {
            assertTrue(WindowLock.askToRaise(folder, PATIENCE), "the request was acknowledged");
            assertEquals("RAISED", window.nextLine());
            assertFalse(Files.exists(folder.resolve(WindowLock.RAISE_FILE)), "the request is gone once answered");
        }
    }

    @Test
    void aHungWindowDoesNotAnswerAndTheRequestIsWithdrawn() throws Exception {
        Path folder = dir.resolve("diary");
        try (OtherProcess window = OtherProcess.windowOn(folder, false)) {
            assertFalse(WindowLock.askToRaise(folder, Duration.ofMillis(300)));
            assertFalse(Files.exists(folder.resolve(WindowLock.RAISE_FILE)), "no stale request brings it forward later");
        }
    }

    @Test
    void aLockAlreadyHeldInThisProcessCountsAsOursAndStaysHeldWhenTheInnerOneEnds() throws Exception {
        Path folder = dir.resolve("diary");
        WindowLock window = WindowLock.forWindow(folder, CLOCK).lock().orElseThrow();
        try {
            // The window's own File ▸ Restore: allowed, and closing its handle must not drop the window's lock
            // (on POSIX systems, closing any descriptor of the file would).
            try (WindowLock restore = WindowLock.forChange(folder, "restore", CLOCK, "Nothing was changed.")) {
                assertFalse(restore.owning());
            }
            assertFalse(WindowLock.forWindow(folder, CLOCK).lock().orElseThrow().owning());
            try (OtherProcess other = OtherProcess.holdingOrRefused(folder)) {
                assertEquals("REFUSED " + ProcessHandle.current().pid(), other.firstLine(),
                        "another process is still refused, and told this one holds it");
            }
        } finally {
            window.close();
        }
    }

    @Test
    void twoFoldersAreTwoLocks() throws Exception {
        try (OtherProcess window = OtherProcess.windowOn(dir.resolve("mine"), false)) {
            WindowLock.Attempt sample = WindowLock.forWindow(dir.resolve("other"), CLOCK);
            try {
                assertTrue(sample.taken(), "a window on another folder is not held up");
            } finally {
                sample.lock().ifPresent(WindowLock::close);
            }
        }
    }

    @Test
    void aChangeIsRefusedWhileAWindowOfAnotherProcessHoldsTheFolderAndTheRefusalNamesIt() throws Exception {
        Path folder = dir.resolve("diary");
        try (OtherProcess window = OtherProcess.windowOn(folder, false)) {
            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> WindowLock.forChange(folder, "restore", CLOCK, "Nothing was changed."));
            assertTrue(refused.getMessage().startsWith("The diary in " + folder + " is open in a Direct Work Diary window (PID "
                    + window.pid() + ", since "), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("close that window, then try again. Nothing was changed."), refused.getMessage());
        }
    }

    @Test
    void aWindowTakesTheLockAgainAfterDeleteAllDataTookItsFile() throws Exception {
        Path folder = dir.resolve("diary");
        WindowLock window = WindowLock.forWindow(folder, CLOCK).lock().orElseThrow();
        try {
            try (Diary diary = Diary.open(folder, CLOCK)) {
                diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
            }
            DataDeletion.AllData deleted = DataDeletion.deleteAll(folder); // the window's own File ▸ Delete all my data
            assertTrue(deleted.folderRemoved(), "the lock file went with the rest: " + deleted.kept());
            assertFalse(Files.exists(folder));

            assertTrue(window.keep().isEmpty(), "taken again before the diary opens again");
            assertTrue(Files.exists(folder.resolve(WindowLock.FILE)));
            try (OtherProcess other = OtherProcess.holdingOrRefused(folder)) {
                assertEquals("REFUSED " + ProcessHandle.current().pid(), other.firstLine());
            }
        } finally {
            window.close();
        }
    }

    @Test
    void theHolderIsDescribedInTheWordsOfTheMessages() {
        Instant since = LocalDate.of(2026, 3, 4).atTime(9, 14).atZone(LONDON).toInstant();
        LocalDate today = LocalDate.of(2026, 3, 4);
        assertEquals("a Direct Work Diary window (PID 4242, since 09:14)",
                new WindowLock.Holder(4242, since, WindowLock.WINDOW).describe(LONDON, today));
        assertEquals("the command 'restore' (PID 77, since Wed 4 Mar 09:14)",
                new WindowLock.Holder(77, since, "restore").describe(LONDON, today.plusDays(1)));
        assertEquals("a Direct Work Diary window", new WindowLock.Holder(-1, null, null).describe(LONDON, today));
    }
}
