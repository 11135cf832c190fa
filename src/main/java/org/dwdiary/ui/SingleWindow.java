package org.dwdiary.ui;

import org.dwdiary.store.DiaryStorageException;
import org.dwdiary.store.WindowLock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * One window per data folder, decided before the window is built: this process takes the folder's
 * {@link WindowLock} and opens the window; or another window has it and comes to the front when asked (this
 * process then ends quietly); or it did not answer (hung), and this process explains. A restore or a deletion
 * of all data from the command line holds the lock for a moment: the window waits for it to finish.
 */
final class SingleWindow {
    /** What to do. */
    enum Outcome {
        /** This process holds the lock (or could not make one: then the diary's own checks stand alone). */
        OPEN,
        /** The window holding the lock came to the front: nothing more to do. */
        RAISED,
        /** The holder did not come forward in time: say so and how to go on. */
        EXPLAIN
    }

    /** The outcome, with the lock taken ({@link Outcome#OPEN}; null when none could be made) or who holds it. */
    record Decision(Outcome outcome, WindowLock lock, WindowLock.Holder holder) {
    }

    private static final Duration RETRY_EVERY = Duration.ofMillis(200);

    private SingleWindow() {
    }

    /**
     * @param raiseWait   how long the window holding the lock has to come to the front
     * @param commandWait how long to wait for a command (restore, delete-all-data) holding the lock to finish
     */
    static Decision decide(Path folder, Clock clock, Duration raiseWait, Duration commandWait) {
        WindowLock.Attempt attempt;
        long deadline = System.nanoTime() + commandWait.toNanos();
        try {
            attempt = WindowLock.forWindow(folder, clock);
            while (!attempt.taken() && !attempt.holder().isWindow() && System.nanoTime() < deadline) {
                Thread.sleep(RETRY_EVERY.toMillis());
                attempt = WindowLock.forWindow(folder, clock);
            }
        } catch (DiaryStorageException e) {
            // No lock file can be made (a read-only folder, say): the window opens and shows what the diary says.
            System.getLogger(SingleWindow.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
            return new Decision(Outcome.OPEN, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Decision(Outcome.OPEN, null, null);
        }
        if (attempt.taken()) {
            return new Decision(Outcome.OPEN, attempt.lock().get(), null);
        }
        WindowLock.Holder holder = attempt.holder();
        if (holder.isWindow() && WindowLock.askToRaise(folder, raiseWait)) {
            return new Decision(Outcome.RAISED, null, holder);
        }
        return new Decision(Outcome.EXPLAIN, null, holder);
    }

    /** The line on stderr when the other window came forward. */
    static String raisedNotice(Path folder, WindowLock.Holder holder, Clock clock) {
        String known = holder.processAndSince(clock.getZone(), clock.instant().atZone(clock.getZone()).toLocalDate());
        return "The diary in " + folder + " is already open in another Direct Work Diary window"
                + (known.isEmpty() ? "" : " (" + known + ")") + ": it has been brought to the front.";
    }
}
