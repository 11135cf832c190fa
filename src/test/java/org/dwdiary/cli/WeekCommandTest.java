package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeekCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    /**
     * Week 2026-W10 (Mon 2 – Sun 8 March), by hand: direct 60 + 60 = 120; recording 30 (the part of
     * Sunday 1 March's block after midnight) + 150 = 180, of which Sunday 8 March's block gives only
     * its 60 minutes before midnight; travel 60; meetings 120. Total 480, direct share 120 / 480 = 0.25.
     * Against 37:00 over Mon–Fri, 08:00–18:00: contracted 2220, no overtime; outside hours 30 (Monday
     * 00:00–00:30) + 90 (Thursday evening) + 60 (Sunday night) = 180.
     */
    private void handComputedWeek() {
        cli.add("2026-03-01T23:00", "2026-03-02T00:30", WorkKind.RECORDING, "Emails", null);       // 30 in W10
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);      // 60
        cli.add("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.TRAVEL, "Drive back", null);      // 60
        cli.add("2026-03-03T13:00", "2026-03-03T15:00", WorkKind.MEETINGS, "Conference", null);    // 120
        cli.add("2026-03-04T09:00", "2026-03-04T10:00", WorkKind.DIRECT, "School visit", null);    // 60
        cli.add("2026-03-05T19:00", "2026-03-05T20:30", WorkKind.RECORDING, "Case notes", null);   // 90
        cli.add("2026-03-08T23:00", "2026-03-09T01:00", WorkKind.RECORDING, "Court statement", null); // 60 in W10
        cli.add("2026-03-09T09:00", "2026-03-09T10:00", WorkKind.DIRECT, "Next week", null);       // W11
    }

    @Test
    void jsonGivesTheWeeksFiguresExactly() {
        handComputedWeek();

        Result result = cli.run("week", "2026-W10", "--json");

        assertEquals(0, result.code(), result::toString);
        assertEquals("{\"week\":\"2026-W10\",\"from\":\"2026-03-02\",\"to\":\"2026-03-08\","
                + "\"minutes\":{\"direct\":120,\"recording\":180,\"travel\":60,\"meetings\":120},"
                + "\"totalMinutes\":480,\"directShare\":0.25,"
                + "\"contractMinutes\":2220,\"overtimeMinutes\":0,\"outsideHoursMinutes\":180}\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void withoutAWeekItIsThisWeek() {
        handComputedWeek();

        assertEquals(cli.run("week", "2026-W10", "--json").out(), cli.run("week", "--json").out());
    }

    @Test
    void emptyWeekHasNoDirectShare() {
        Result result = cli.run("week", "2026-W20", "--json");

        assertEquals(0, result.code(), result::toString);
        assertEquals("{\"week\":\"2026-W20\",\"from\":\"2026-05-11\",\"to\":\"2026-05-17\","
                + "\"minutes\":{\"direct\":0,\"recording\":0,\"travel\":0,\"meetings\":0},"
                + "\"totalMinutes\":0,\"directShare\":null,"
                + "\"contractMinutes\":2220,\"overtimeMinutes\":0,\"outsideHoursMinutes\":0}\n", result.out());
    }

    @Test
    void shareIsRoundedToFourPlaces() {
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        cli.add("2026-03-02T10:00", "2026-03-02T12:00", WorkKind.RECORDING, "Case notes", null);

        assertTrue(cli.run("week", "2026-W10", "--json").out().contains("\"totalMinutes\":180,\"directShare\":0.3333,"));
    }

    @Test
    void textShowsHoursPerKindShareAndDays() {
        handComputedWeek();

        Result result = cli.run("week", "2026-w10");

        assertEquals(0, result.code(), result::toString);
        assertEquals("""
                Week 2026-W10: Mon 2 Mar 2026 to Sun 8 Mar 2026
                  Direct work     2:00   25%
                  Recording       3:00   38%
                  Travel          1:00   13%
                  Meetings        2:00   25%
                  Total           8:00
                  Direct-work share: 25%
                  Contracted:     37:00
                  Overtime:        0:00
                  Outside hours:   3:00  (outside the window 2:00, non-working days 1:00)
                  By day:
                    Mon 2 Mar     2:30
                    Tue 3 Mar     2:00
                    Wed 4 Mar     1:00
                    Thu 5 Mar     1:30
                    Fri 6 Mar     0:00
                    Sat 7 Mar     0:00
                    Sun 8 Mar     1:00
                """, result.out());
    }

    @Test
    void overtimeAndOutsideHoursFollowTheContractInForceThatWeek() {
        handComputedWeek();
        // From Monday 2 March: 5:00 a week, Thursdays only. Eight hours is 3:00 over; Monday to Wednesday
        // and Sunday are now non-working days, and Thursday's block is in the evening: all 8:00 are outside hours.
        assertEquals(0, cli.run("settings", "set", "contract-hours", "5:00", "--from", "2026-03-02").code());
        assertEquals(0, cli.run("settings", "set", "working-days", "Thu", "--from", "2026-03-02").code());

        String json = cli.run("week", "2026-W10", "--json").out();
        assertTrue(json.endsWith("\"contractMinutes\":300,\"overtimeMinutes\":180,\"outsideHoursMinutes\":480}\n"), json);
        assertTrue(cli.run("week", "2026-W09", "--json").out().contains("\"contractMinutes\":2220,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-W54", "2026-W00", "last week", "2026-10"})
    void weekThatDoesNotExistIsRefused(String week) {
        Result result = cli.run("week", week, "--json");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("dwdiary week: "), result.err());
    }

    @Test
    void week54IsRefusedSayingHowManyWeeksTheYearHas() {
        assertEquals("dwdiary week: week 54 does not exist in 2026 (it has 53 ISO weeks)\n",
                cli.run("week", "2026-W54").err());
    }
}
