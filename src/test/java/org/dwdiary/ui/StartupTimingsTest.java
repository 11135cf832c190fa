package org.dwdiary.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line {@code dwdiary --timings} prints: each phase once, in ms since the JVM started, in a fixed order. */
class StartupTimingsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final StartupTimings timings = new StartupTimings(true, now::get, () -> 1_000_000 - 70, () -> 1610);

    @Test
    void phasesAreGivenInTheirOrderInMillisecondsSinceTheJvmStarted() {
        timings.mark(StartupTimings.Phase.MAIN);
        now.set(1_000_284);
        timings.mark(StartupTimings.Phase.DIARY_OPEN); // on its own thread, before JavaFX is ready
        now.set(1_000_267);
        timings.mark(StartupTimings.Phase.FX_READY);
        now.set(1_000_558);
        timings.mark(StartupTimings.Phase.FIRST_WINDOW);
        now.set(1_001_001);
        timings.mark(StartupTimings.Phase.WEEK_DRAWN);

        List<String> printed = new ArrayList<>();
        assertTrue(timings.report(printed::add));

        assertEquals(List.of("timings: main 70 ms, fx-ready 337 ms, first-window 628 ms, diary-open 354 ms, "
                + "week-drawn 1071 ms, cpu 1610 ms, jvm-started 999930"), printed);
    }

    @Test
    void aPhaseCountsTheFirstTimeItIsReachedAndTheLineIsPrintedOnce() {
        now.set(1_000_100);
        timings.mark(StartupTimings.Phase.WEEK_DRAWN);
        now.set(1_005_000); // the user moved to another week: not the start any more
        timings.mark(StartupTimings.Phase.WEEK_DRAWN);

        List<String> printed = new ArrayList<>();
        timings.report(printed::add);
        assertFalse(timings.report(printed::add), "a second report prints nothing");

        assertEquals(List.of("timings: week-drawn 170 ms, cpu 1610 ms, jvm-started 999930"), printed);
    }

    @Test
    void withoutTimingsNothingIsMarkedOrPrinted() {
        StartupTimings off = StartupTimings.off();
        off.mark(StartupTimings.Phase.FIRST_WINDOW);

        List<String> printed = new ArrayList<>();
        assertFalse(off.report(printed::add));
        assertFalse(off.marked(StartupTimings.Phase.FIRST_WINDOW));
        assertEquals(List.of(), printed);
    }

    @Test
    void theTimingsOfThisProcessAreCountedFromItsOwnStart() {
        StartupTimings mine = StartupTimings.ofThisProcess();
        mine.mark(StartupTimings.Phase.FIRST_WINDOW);

        List<String> printed = new ArrayList<>();
        mine.report(printed::add);

        assertTrue(printed.get(0).matches("timings: (main \\d+ ms, )?first-window \\d+ ms, cpu \\d+ ms, jvm-started \\d{13}"),
                printed.get(0));
    }
}
