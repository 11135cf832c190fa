package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `add "LINE"`, `start`, `stop` and `status`, on Wednesday 4 March 2026 at 12:00 in London. */
class QuickAddCommandsTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
        cli.add("2026-02-23T09:00", "2026-02-23T10:00", WorkKind.DIRECT, "Home visit", null);
    }

    @Test
    void aQuickAddLineAddsABlockWithTheRememberedKindAndSpelling() {
        Result result = cli.run("add", "9-10:30 home visit, went well");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Added #2: Wed 4 Mar 2026 09:00–10:30 (1:30) Direct work · Home visit (kind remembered)\n", result.out());
        Block added = cli.snapshot().blocks().get(1);
        assertEquals("went well", added.note());
    }

    @Test
    void aLineStartingWithADashIsTheLastMinutes() {
        Result result = cli.run("add", "-45m Case notes");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Added #2: Wed 4 Mar 2026 11:15–12:00 (0:45) Recording · Case notes (kind from a keyword)\n", result.out());
    }

    @Test
    void aLineWithoutAKindForANewActivityIsRefusedAndNothingIsWritten() {
        Result result = cli.run("add", "9-10 Duty");

        assertEquals(1, result.code());
        assertEquals("dwdiary add: say which kind \"Duty\" is: add @direct, @recording, @travel or @meetings\n", result.err());
        assertEquals(1, cli.snapshot().blocks().size());
    }

    @Test
    void aLineAndOptionsTogetherAreAUsageError() {
        assertEquals(2, cli.run("add", "9-10 Home visit", "--kind", "direct").code());
        assertEquals(2, cli.run("add").code());
    }

    @Test
    void startStatusAndStopRecordATimedBlock() {
        Result started = cli.run("start", "Case", "notes");
        assertEquals("Started Recording · Case notes (kind from a keyword) at 12:00. `dwdiary stop` ends it.\n", started.out());
        assertEquals("Running: \"Case notes\" (Recording) since Wed 4 Mar 2026 12:00 · 0:00\n", cli.run("status").out());
        assertEquals("{\"running\":true,\"activity\":\"Case notes\",\"kind\":\"recording\",\"start\":\"2026-03-04T12:00\",\"elapsedMinutes\":0}\n",
                cli.run("status", "--json").out());

        Result stopped = cli.run("stop", "--at", "13:15");
        assertEquals(0, stopped.code(), stopped::toString);
        assertEquals("Stopped \"Case notes\": Wed 4 Mar 2026 12:00–13:15 (1:15)\n", stopped.out());
        List<Block> blocks = cli.snapshot().blocks();
        assertEquals(75, blocks.get(1).minutes());
        assertEquals("No timer is running.\n", cli.run("status").out());
        assertEquals("{\"running\":false}\n", cli.run("status", "--json").out());
    }

    @Test
    void startingAnotherTimerStopsTheFirstAndNowLinesStartTimersToo() {
        cli.run("add", "now travel to visit @t");
        Result second = cli.run("start", "Home", "visit");
        // The clock stands still here: the first timer ran for no minute, so it stops without a block.
        assertEquals("Started Direct work · Home visit (kind remembered) at 12:00. `dwdiary stop` ends it.\n", second.out());
        assertEquals(1, cli.snapshot().blocks().size(), "the first timer recorded nothing");
        assertEquals("Running: \"Home visit\" (Direct work) since Wed 4 Mar 2026 12:00 · 0:00\n", cli.run("status").out());
        assertEquals("Discarded the timer for \"Home visit\": nothing recorded.\n", cli.run("stop", "--discard").out());
    }

    @Test
    void stopWithoutATimerAndStartWithTimesAreRefused() {
        Result stop = cli.run("stop");
        assertEquals(1, stop.code());
        assertEquals("dwdiary stop: no timer is running\n", stop.err());
        Result start = cli.run("start", "9-10", "Home", "visit");
        assertEquals(1, start.code(), start::toString);
    }
}
