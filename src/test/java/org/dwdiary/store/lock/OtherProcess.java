package org.dwdiary.store.lock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another Direct Work Diary process for the window-lock tests: a child JVM on the test class path running
 * {@link LockHolder}, as a second window or command would be (the lock is per process, so a thread will not do).
 */
public final class OtherProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private String first;

    private OtherProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the pipe closes when the child is killed
            }
        }, "lock-holder-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** A window holding {@code folder}'s lock, coming forward when asked ({@code answers}) or hung. */
    public static OtherProcess windowOn(Path folder, boolean answers) throws IOException, InterruptedException {
        return holding(folder, answers, "window");
    }

    /** A process holding {@code folder}'s lock as {@code heldBy} ("window", or a command such as "restore"). */
    public static OtherProcess holding(Path folder, boolean answers, String heldBy) throws IOException, InterruptedException {
        OtherProcess other = start(folder, answers, heldBy);
        if (!other.firstLine().startsWith("HELD ")) {
            other.close();
            throw new IllegalStateException("the other process did not take the lock: " + other.firstLine());
        }
        return other;
    }

    /** A window trying to take {@code folder}'s lock: its {@link #firstLine} says "HELD pid" or "REFUSED pid-of-holder". */
    public static OtherProcess holdingOrRefused(Path folder) throws IOException, InterruptedException {
        return start(folder, false, "window");
    }

    private static OtherProcess start(Path folder, boolean answers, String heldBy) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), folder.toString(),
                answers ? "answers" : "hung", heldBy)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        OtherProcess other = new OtherProcess(child);
        other.first = other.nextLine();
        return other;
    }

    /** What it said first: "HELD its-pid", or "REFUSED pid-of-the-holder". */
    public String firstLine() {
        return first;
    }

    /** The next line it printed (a generous wait: the machine may be busy). */
    public String nextLine() throws InterruptedException {
        String line = lines.poll(2, TimeUnit.MINUTES);
        if (line == null) {
            throw new IllegalStateException("the other process said nothing for two minutes (alive: " + process.isAlive() + ")");
        }
        return line;
    }

    public long pid() {
        return process.pid();
    }

    /** Ends it as SIGKILL does: no clean-up runs, the lock file stays. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
