package org.dwdiary.ui;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The app's own start-up phases, for {@code dwdiary --timings}: anyone can see how long the window took on their
 * machine. Each phase is marked once, on whichever thread reaches it, as milliseconds since the JVM started; when
 * the start is over (the current week drawn, or the welcome shown), one line goes to stderr:
 * <pre>timings: main 70 ms, fx-ready 337 ms, first-window 628 ms, diary-open 354 ms, week-drawn 1071 ms, cpu 1610 ms, jvm-started 1765065600123</pre>
 * {@code jvm-started} is the JVM's start in milliseconds since 1970, so a script that noted when it launched the
 * app can add what came before the JVM (a launcher).
 *
 * <p>Plain Java: no JavaFX here, so a unit test can reach it. Marking costs a clock read; the JVM's start time is
 * only asked for when the line is written, after the start is over, so timing the start does not slow it.
 */
public final class StartupTimings {
    /** The phases, in the order the line gives them. */
    public enum Phase {
        /** {@code Main.main} entered: the JVM and the launcher are done. */
        MAIN("main"),
        /** JavaFX is up and {@code Application.start} is called. */
        FX_READY("fx-ready"),
        /** The window's first frame is laid out, saying the diary is opening. */
        FIRST_WINDOW("first-window"),
        /** The diary file is open and checked (on its own thread, while JavaFX starts). */
        DIARY_OPEN("diary-open"),
        /** The current week's blocks and totals are laid out in the window. */
        WEEK_DRAWN("week-drawn");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** When {@code Main.main} was entered (ms since 1970): it is marked before the command line says --timings. */
    private static volatile long mainEntered;

    private final boolean on;
    private final LongSupplier now;
    private final LongSupplier jvmStarted;
    private final LongSupplier cpuMillis;
    private final Map<Phase, Long> marks = new EnumMap<>(Phase.class);
    private boolean reported;

    StartupTimings(boolean on, LongSupplier now, LongSupplier jvmStarted, LongSupplier cpuMillis) {
        this.on = on;
        this.now = now;
        this.jvmStarted = jvmStarted;
        this.cpuMillis = cpuMillis;
    }

    /** Timings that mark nothing and never report: the normal start. */
    public static StartupTimings off() {
        return new StartupTimings(false, () -> 0, () -> 0, () -> 0);
    }

    /** Timings of this process, against the JVM's own start, with {@code Main.main}'s entry if it was noted. */
    public static StartupTimings ofThisProcess() {
        StartupTimings timings = new StartupTimings(true, System::currentTimeMillis,
                () -> ManagementFactory.getRuntimeMXBean().getStartTime(),
                () -> ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        if (mainEntered != 0) {
            timings.marks.put(Phase.MAIN, mainEntered);
        }
        return timings;
    }

    /** Notes that {@code Main.main} was entered (called first thing there; one clock read). */
    public static void mainEntered() {
        mainEntered = System.currentTimeMillis();
    }

    /** Marks {@code phase} now, unless it was marked already (a later reload is not the start). */
    public synchronized void mark(Phase phase) {
        if (on) {
            marks.putIfAbsent(phase, now.getAsLong());
        }
    }

    public synchronized boolean marked(Phase phase) {
        return marks.containsKey(phase);
    }

    /**
     * The line, once: the first call after the start is over gives it to {@code out} and returns true; later
     * calls, and calls while timings are off, give nothing and return false. Phases never reached are left out.
     */
    public boolean report(Consumer<String> out) {
        String line;
        synchronized (this) {
            if (!on || reported) {
                return false;
            }
            reported = true;
            line = line();
        }
        out.accept(line);
        return true;
    }

    /** The line as {@link #report} gives it. */
    synchronized String line() {
        long started = jvmStarted.getAsLong();
        StringJoiner line = new StringJoiner(", ", "timings: ", "");
        for (Phase phase : Phase.values()) {
            Long at = marks.get(phase);
            if (at != null) {
                line.add(phase.label() + " " + Math.max(0, at - started) + " ms");
            }
        }
        long cpu = cpuMillis.getAsLong();
        if (cpu >= 0) {
            line.add("cpu " + cpu + " ms");
        }
        line.add("jvm-started " + started);
        return line.toString();
    }
}
