package org.dwdiary.report;

import org.dwdiary.domain.WeekId;
import org.dwdiary.report.PossibleBreach.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of a possible breach, the same in the command line and the window, and the week it belongs to. */
class PossibleBreachTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WEEKLY_48H      | 2025-11-10 | 2026-03-08 | 2952 | 2880 | Mon 10 Nov 2025 to Sun 8 Mar 2026 | average 49:12 a week, limit 48:00      | 2026-W10
            DAILY_REST_11H  | 2026-03-08 | 2026-03-09 | 480  | 660  | Sun 8 Mar 2026 to Mon 9 Mar 2026   | rest 8:00, at least 11:00              | 2026-W10
            WEEKLY_REST_24H | 2026-03-02 | 2026-03-08 | 1290 | 1440 | Mon 2 Mar 2026 to Sun 8 Mar 2026   | longest rest 21:30, at least 24:00     | 2026-W10
            WEEKLY_REST_24H | 2026-02-23 | 2026-03-08 | 2000 | 2880 | Mon 23 Feb 2026 to Sun 8 Mar 2026  | longest rest 33:20, at least 48:00     | 2026-W09
            BREAK_20MIN     | 2026-03-04 | 2026-03-04 | 0    | 20   | Wed 4 Mar 2026                     | no break, at least 20 min             | 2026-W10
            BREAK_20MIN     | 2026-03-05 | 2026-03-05 | 15   | 20   | Thu 5 Mar 2026                     | longest break 15 min, at least 20 min  | 2026-W10
            NIGHT_8H        | 2025-11-10 | 2026-03-08 | 490  | 480  | Mon 10 Nov 2025 to Sun 8 Mar 2026  | average 8:10 a day, limit 8:00         | 2026-W10
            """)
    void wordsTheDaysAndTheFigureAgainstTheLimit(Rule rule, LocalDate from, LocalDate to, long value, long limit,
                                                  String days, String figure, String week) {
        PossibleBreach breach = new PossibleBreach(rule, from, to, value, limit);

        assertEquals(days, breach.days());
        assertEquals(figure, breach.figure());
        assertEquals(days + ": " + rule.description() + ": " + figure, breach.describe());
        assertEquals(WeekId.parse(week), breach.week(), "a short span is its first day's week; a 17-week average, its last week");
    }
}
