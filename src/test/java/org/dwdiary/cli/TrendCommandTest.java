package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Today is Wednesday 4 March 2026 (2026-W10). */
class TrendCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    @Test
    void jsonHasOneObjectPerWeekWithTheWeeksFiguresAndGapsForEmptyWeeks() {
        // W08: a long week with a Saturday; W09: nothing; W10: a short one.
        for (int day = 16; day <= 20; day++) {
            cli.add("2026-02-" + day + "T08:00", "2026-02-" + day + "T17:00", WorkKind.RECORDING, "Case notes", null);
        }
        cli.add("2026-02-21T10:00", "2026-02-21T12:00", WorkKind.DIRECT, "Family time", null);
        cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", null);
        cli.add("2026-03-02T17:00", "2026-03-02T19:00", WorkKind.RECORDING, "Case notes", null);

        Result result = cli.run("trend", "--from", "2026-02-18", "--to", "2026-03-04", "--json");

        assertEquals(0, result.code(), result::toString);
        assertEquals("["
                + "{\"week\":\"2026-W08\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\","
                + "\"minutes\":{\"direct\":120,\"recording\":2700,\"travel\":0,\"meetings\":0},\"totalMinutes\":2820,"
                + "\"directShare\":0.0426,\"contractMinutes\":2220,\"overtimeMinutes\":600,\"outsideHoursMinutes\":120},"
                + "{\"week\":\"2026-W09\",\"from\":\"2026-02-23\",\"to\":\"2026-03-01\","
                + "\"minutes\":{\"direct\":0,\"recording\":0,\"travel\":0,\"meetings\":0},\"totalMinutes\":0,"
                + "\"directShare\":null,\"contractMinutes\":2220,\"overtimeMinutes\":0,\"outsideHoursMinutes\":0},"
                + "{\"week\":\"2026-W10\",\"from\":\"2026-03-02\",\"to\":\"2026-03-08\","
                + "\"minutes\":{\"direct\":90,\"recording\":120,\"travel\":0,\"meetings\":0},\"totalMinutes\":210,"
                + "\"directShare\":0.4286,\"contractMinutes\":2220,\"overtimeMinutes\":0,\"outsideHoursMinutes\":60}"
                + "]\n", result.out());
    }

    @Test
    void eachWeekMatchesWhatWeekSaysAboutIt() {
        cli.add("2026-02-24T09:00", "2026-02-24T11:00", WorkKind.DIRECT, "Home visit", null);
        String trend = cli.run("trend", "--from", "2026-02-23", "--to", "2026-03-01", "--json").out();
        assertEquals("[" + cli.run("week", "2026-W09", "--json").out().strip() + "]\n", trend);
    }

    @Test
    void byDefaultItIsTheThirteenWeeksUpToThisOne() {
        Result result = cli.run("trend", "--json");
        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().startsWith("[{\"week\":\"2025-W50\","), result.out());
        assertTrue(result.out().contains("{\"week\":\"2026-W10\","));
        assertEquals(13, result.out().split("\"week\"").length - 1);
    }

    @Test
    void textIsATableWithTotals() {
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        cli.add("2026-03-02T10:00", "2026-03-02T13:00", WorkKind.RECORDING, "Case notes", null);

        Result result = cli.run("trend", "--from", "2026-02-23");

        assertEquals(0, result.code(), result::toString);
        assertEquals("""
                Weeks 2026-W09 to 2026-W10 (Mon 23 Feb 2026 to Sun 8 Mar 2026)
                Week       Direct Recording  Travel Meetings   Total Share  4-wk Contract Overtime Outside
                2026-W09     0:00      0:00    0:00     0:00    0:00     –     –    37:00     0:00    0:00
                2026-W10     1:00      3:00    0:00     0:00    4:00   25%   25%    37:00     0:00    0:00
                Total        1:00      3:00    0:00     0:00    4:00   25%          74:00     0:00    0:00
                Over contract in 0 of 2 weeks; outside hours: 0:00 outside the window on working days, 0:00 on non-working days.
                """, result.out());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Result result = cli.run("trend", "--from", "2026-03-04", "--to", "2026-01-01");
        assertEquals(1, result.code());
        assertEquals("dwdiary trend: --from 2026-03-04 is after --to 2026-01-01\n", result.err());
        assertEquals(2, cli.run("trend", "--from", "yesterday").code());
    }
}
