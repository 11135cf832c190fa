package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.dwdiary.domain.London.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeekIdTest {

    @ParameterizedTest(name = "\"{0}\" is {1}-W{2}")
    @CsvSource({
            "2026-W10,   2026, 10",
            "2026-w10,   2026, 10",
            "2026W10,    2026, 10",
            "2026w10,    2026, 10",
            "'  2026-W10 ', 2026, 10",
            "2026-W1,    2026, 1",
            "2026-W01,   2026, 1",
            "2026-W53,   2026, 53",
            "2020-W53,   2020, 53",
            "2025-W52,   2025, 52",
    })
    void weekIsReadAsPeopleWriteIt(String text, int year, int week) {
        assertEquals(new WeekId(year, week), WeekId.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is not a week")
    @ValueSource(strings = {"", "   ", "2026", "2026-10", "W10", "2026-W", "26-W10", "2026-W100", "2026 W10",
            "2026-W10-1", "next week", "2026-X10"})
    void textThatIsNotAWeekIsRefusedQuotingIt(String text) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> WeekId.parse(text));

        assertTrue(refused.getMessage().contains("\"" + text + "\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("2026-W10"), refused.getMessage());
    }

    @Test
    void missingWeekTextIsRefused() {
        assertThrows(InputRefusedException.class, () -> WeekId.parse(null));
    }

    @ParameterizedTest(name = "{0} does not exist")
    @CsvSource(delimiter = '|', value = {
            "2025-W53 | week 53 does not exist in 2025 (it has 52 ISO weeks)",
            "2024-W53 | week 53 does not exist in 2024 (it has 52 ISO weeks)",
            "2026-W54 | week 54 does not exist in 2026 (it has 53 ISO weeks)",
            "2026-W00 | week 0 does not exist in 2026",
            "2026-W99 | week 99 does not exist in 2026",
    })
    void weekBeyondTheYearIsRefused(String text, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> WeekId.parse(text));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} has {1} ISO weeks")
    @CsvSource({"2015, 53", "2020, 53", "2024, 52", "2025, 52", "2026, 53", "2027, 52", "2032, 53"})
    void someYearsHaveFiftyThreeWeeks(int year, int weeks) {
        assertEquals(weeks, WeekId.weeksIn(year));
    }

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
            "2026-W10, 2026-03-02, 2026-03-08",
            "2026-W01, 2025-12-29, 2026-01-04",
            "2026-W53, 2026-12-28, 2027-01-03",
            "2027-W01, 2027-01-04, 2027-01-10",
            "2025-W01, 2024-12-30, 2025-01-05",
            "2020-W53, 2020-12-28, 2021-01-03",
            "2026-W13, 2026-03-23, 2026-03-29",
            "2026-W43, 2026-10-19, 2026-10-25",
    })
    void weekRunsFromMondayToSunday(String text, LocalDate monday, LocalDate sunday) {
        WeekId week = WeekId.parse(text);

        assertEquals(monday, week.monday());
        assertEquals(sunday, week.sunday());
        assertEquals(week, WeekId.of(monday));
        assertEquals(week, WeekId.of(sunday));
        assertTrue(week.contains(monday) && week.contains(sunday));
        assertFalse(week.contains(monday.minusDays(1)) || week.contains(sunday.plusDays(1)));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-01-01, 2026-W01",
            "2027-01-01, 2026-W53",
            "2027-01-03, 2026-W53",
            "2027-01-04, 2027-W01",
            "2025-12-29, 2026-W01",
            "2021-01-01, 2020-W53",
    })
    void daysNearNewYearBelongToTheirIsoWeek(LocalDate day, String week) {
        assertEquals(week, WeekId.of(day).toString());
    }

    @ParameterizedTest(name = "{0} plus {1} weeks is {2}")
    @CsvSource({
            "2026-W10,   1,  2026-W11",
            "2026-W10,  -1,  2026-W09",
            "2026-W52,   1,  2026-W53",
            "2026-W53,   1,  2027-W01",
            "2027-W01,  -1,  2026-W53",
            "2026-W01,  -1,  2025-W52",
            "2025-W52,   1,  2026-W01",
            "2026-W10,  52,  2027-W09",
            "2026-W10,   0,  2026-W10",
            "2026-W10, -11,  2025-W51",
    })
    void movingByWeeksCrossesYearsCorrectly(String from, long weeks, String expected) {
        assertEquals(WeekId.parse(expected), WeekId.parse(from).plusWeeks(weeks));
    }

    @ParameterizedTest(name = "({0}, {1}) is written {2}")
    @CsvSource({"2026, 1, 2026-W01", "2026, 10, 2026-W10", "2026, 53, 2026-W53", "999, 5, 0999-W05"})
    void weekIsWrittenWithTwoDigitsAndReadsBack(int year, int week, String text) {
        WeekId id = new WeekId(year, week);

        assertEquals(text, id.toString());
        assertEquals(id, WeekId.parse(text));
    }

    @ParameterizedTest(name = "{0} in London starts {1} and lasts {3} hours")
    @CsvSource({
            "2026-W10, 2026-03-02T00:00:00Z, 2026-03-09T00:00:00Z, 168",
            // the clocks go forward on Sunday 29 March
            "2026-W13, 2026-03-23T00:00:00Z, 2026-03-29T23:00:00Z, 167",
            "2026-W14, 2026-03-29T23:00:00Z, 2026-04-05T23:00:00Z, 168",
            // the clocks go back on Sunday 25 October
            "2026-W43, 2026-10-18T23:00:00Z, 2026-10-26T00:00:00Z, 169",
            "2026-W27, 2026-06-28T23:00:00Z, 2026-07-05T23:00:00Z, 168",
    })
    void weekStartsAndEndsAtLocalMidnightOnMonday(String text, Instant start, Instant end, long hours) {
        WeekId week = WeekId.parse(text);

        assertEquals(start, week.start(ZONE));
        assertEquals(end, week.end(ZONE));
        assertEquals(hours, Duration.between(week.start(ZONE), week.end(ZONE)).toHours());
        assertEquals(week.end(ZONE), week.plusWeeks(1).start(ZONE));
    }

    @Test
    void everyWeekOfTenYearsReadsBackAndFollowsTheOneBefore() {
        WeekId week = WeekId.parse("2020-W01");
        while (week.year() < 2031) {
            WeekId next = week.plusWeeks(1);

            assertEquals(week, WeekId.parse(week.toString()));
            assertEquals(week, WeekId.of(week.monday()));
            assertEquals(week.monday().plusDays(7), next.monday());
            assertTrue(week.compareTo(next) < 0);
            week = next;
        }
    }

    @Test
    void weeksSortInTimeOrderAcrossYears() {
        List<WeekId> weeks = new ArrayList<>(List.of(WeekId.parse("2027-W01"), WeekId.parse("2026-W53"),
                WeekId.parse("2026-W02"), WeekId.parse("2025-W52"), WeekId.parse("2026-W10")));

        weeks.sort(null);

        assertEquals("[2025-W52, 2026-W02, 2026-W10, 2026-W53, 2027-W01]", weeks.toString());
    }
}
