package org.dwdiary.ui;

import org.dwdiary.store.WindowLock;
import org.dwdiary.store.lock.OtherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starting the window on a folder another window already has: that one comes forward and this one ends, or
 * (hung) this one explains; a restore from the command line is waited for. The other window is another JVM.
 */
class SingleWindowTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.system(LONDON);
    /** Generous: the machine may be busy; nothing here depends on how long it takes. */
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    void theFirstWindowOnAFolderTakesItsLock() {
        Path folder = dir.resolve("diary");
        SingleWindow.Decision decision = SingleWindow.decide(folder, CLOCK, PATIENCE, PATIENCE);
        try {
            assertEquals(SingleWindow.Outcome.OPEN, decision.outcome());
            assertNotNull(decision.lock());
            assertTrue(decision.lock().owning());
        } finally {
            decision.lock().close();
        }
    }

    @Test
    void aSecondWindowBringsTheFirstForwardAndEndsSayingSo() throws Exception {
        Path folder = dir.resolve("diary");
        try (OtherProcess first = OtherProcess.windowOn(folder, true)) {
            SingleWindow.Decision decision = SingleWindow.decide(folder, CLOCK, PATIENCE, PATIENCE);

            assertEquals(SingleWindow.Outcome.RAISED, decision.outcome());
            assertEquals("RAISED", first.nextLine(), "the first window was asked and came forward");
            String notice = SingleWindow.raisedNotice(folder, decision.holder(), CLOCK);
            assertTrue(notice.startsWith("The diary in " + folder + " is already open in another Direct Work Diary window (PID "
                    + first.pid() + ", since ") && notice.endsWith(": it has been brought to the front."), notice);
        }
    }

    @Test
    void whenTheFirstWindowDoesNotAnswerTheSecondExplainsNamingItsProcess() throws Exception {
        Path folder = dir.resolve("diary");
        try (OtherProcess hung = OtherProcess.windowOn(folder, false)) {
            SingleWindow.Decision decision = SingleWindow.decide(folder, CLOCK, Duration.ofMillis(300), PATIENCE);

            assertEquals(SingleWindow.Outcome.EXPLAIN, decision.outcome());
            assertEquals(hung.pid(), decision.holder().pid());
            String text = AlreadyOpenView.message(folder, decision.holder(), LONDON, LocalDate.now(LONDON));
            assertTrue(text.startsWith("The diary in " + folder + " is already open in another Direct Work Diary window (PID "
                    + hung.pid() + ", since "), text);
            assertTrue(text.contains("Close that window") && text.contains("kill " + hung.pid())
                    && text.contains("Your diary is safe: every change is saved the moment it is made."), text);
        }
    }

    @Test
    void aWindowStartedDuringARestoreFromTheCommandLineWaitsForItAndThenOpens() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("diary"));
        OtherProcess restore = OtherProcess.holding(folder, false, "restore");
        Thread finishing = new Thread(() -> {
            try {
                Thread.sleep(500);
                restore.kill(); // the restore ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        finishing.start();
        SingleWindow.Decision decision = SingleWindow.decide(folder, CLOCK, PATIENCE, PATIENCE);
        finishing.join();
        try {
            assertEquals(SingleWindow.Outcome.OPEN, decision.outcome(), "it waited for the restore instead of opening the diary half way");
        } finally {
            if (decision.lock() != null) {
                decision.lock().close();
            }
        }
    }

    @Test
    void aRestoreThatGoesOnIsExplainedAsACommand() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("diary"));
        try (OtherProcess restore = OtherProcess.holding(folder, false, "restore")) {
            SingleWindow.Decision decision = SingleWindow.decide(folder, CLOCK, PATIENCE, Duration.ZERO);

            assertEquals(SingleWindow.Outcome.EXPLAIN, decision.outcome());
            String text = AlreadyOpenView.message(folder, decision.holder(), LONDON, LocalDate.now(LONDON));
            assertTrue(text.startsWith("The diary in " + folder + " is being changed by the command 'restore' (PID "
                    + restore.pid() + ", since ") && text.endsWith("Wait for it to finish, then press Try again."), text);
        }
    }

    @Test
    void theExplanationSaysWhenTheOtherWindowStartedInTheWorkersOwnTime() {
        Instant since = LocalDate.of(2026, 3, 4).atTime(9, 14).atZone(LONDON).toInstant();
        String text = AlreadyOpenView.message(Path.of("/home/sam/.local/share/direct-work-diary"),
                new WindowLock.Holder(4242, since, WindowLock.WINDOW), LONDON, LocalDate.of(2026, 3, 4));
        assertEquals("The diary in /home/sam/.local/share/direct-work-diary is already open in another Direct Work Diary "
                + "window (PID 4242, since 09:14), and that window did not come to the front when asked.\n\n"
                + "Close that window, then press Try again.\n\n"
                + "If it is stuck and will not close, end it: process 4242 in the Task Manager (Windows), Activity Monitor "
                + "(macOS) or System Monitor (Linux), or kill 4242 in a terminal. Your diary is safe: every change is saved "
                + "the moment it is made.", text);
    }
}
