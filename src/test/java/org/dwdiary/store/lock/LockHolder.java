package org.dwdiary.store.lock;

import org.dwdiary.store.WindowLock;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The other process of the window-lock tests: takes the window lock of the folder {@code args[0]} as
 * {@code args[2]} ("window", or a command's name) and prints {@code HELD <pid>}, or {@code REFUSED <pid of the
 * holder>}. With {@code args[1]} "answers" it then comes to the front when asked, as a window does (prints
 * {@code RAISED} and acknowledges); with "hung" it never answers. It holds the lock until it is killed.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path folder = Path.of(args[0]);
        boolean answers = args[1].equals("answers");
        WindowLock.Attempt attempt = args[2].equals(WindowLock.WINDOW)
                ? WindowLock.forWindow(folder, Clock.systemDefaultZone())
                : new WindowLock.Attempt(java.util.Optional.of(
                        WindowLock.forChange(folder, args[2], Clock.systemDefaultZone(), "")), null);
        if (!attempt.taken()) {
            out.println("REFUSED " + attempt.holder().pid());
            return;
        }
        WindowLock lock = attempt.lock().get();
        if (!lock.owning()) {
            out.println("NOTHING-HELD (is there a folder " + folder + "?)");
            return;
        }
        out.println("HELD " + ProcessHandle.current().pid());
        while (true) {
            if (answers && lock.raiseRequested()) {
                out.println("RAISED");
                lock.acknowledgeRaise();
            }
            Thread.sleep(50);
        }
    }
}
