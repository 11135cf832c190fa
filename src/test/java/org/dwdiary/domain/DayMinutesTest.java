package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.stream.Collectors;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DayMinutesTest {

    @ParameterizedTest(name = "{0} to {1} lasts {2} minutes")
    @CsvSource({
            // an ordinary morning
            "2026-03-02T09:00,       2026-03-02T10:30,       90",
            // the clocks go forward at 01:00: 00:30 GMT to 03:00 BST is an hour and a half
            "2026-03-29T00:30,       2026-03-29T03:00,       90",
            // the clocks go back at 02:00: 00:30 BST to 02:30 GMT is three hours
            "2026-10-25T00:30+01:00, 2026-10-25T02:30+00:00, 180",
            // the repeated hour itself: first 01:30 to second 01:30
            "2026-10-25T01:30+01:00, 2026-10-25T01:30+00:00, 60",
            // over midnight
            "2026-03-02T22:00,       2026-03-03T01:30,       210",
            // a whole summer working day
            "2026-07-01T09:00,       2026-07-01T17:00,       480",
    })
    void blockLengthIsTheTimeThatPassedWhateverTheClocksDid(String start, String end, long minutes) {
        Block block = London.block(WorkKind.RECORDING, start, end);

        assertEquals(minutes, block.minutes());
        assertEquals(minutes, DayMinutes.of(block, ZONE).values().stream().mapToLong(Long::longValue).sum());
    }

    @ParameterizedTest(name = "{0} to {1} gives {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-02T22:00       | 2026-03-03T01:30       | 2026-03-02=120 2026-03-03=90",
            "2026-03-02T09:00       | 2026-03-02T17:00       | 2026-03-02=480",
            // ending exactly at midnight gives nothing to the next day
            "2026-03-02T22:00       | 2026-03-03T00:00       | 2026-03-02=120",
            "2026-03-03T00:00       | 2026-03-03T01:00       | 2026-03-03=60",
            "2026-03-02T12:00       | 2026-03-03T12:00       | 2026-03-02=720 2026-03-03=720",
            // the night the clocks go forward: 00:00 to 03:00 BST on Sunday is two hours
            "2026-03-28T22:00       | 2026-03-29T03:00       | 2026-03-28=120 2026-03-29=120",
            // the night the clocks go back: 00:00 BST to 03:00 GMT on Sunday is four hours
            "2026-10-24T22:00       | 2026-10-25T03:00       | 2026-10-24=120 2026-10-25=240",
            // Sunday night into Monday, across a week boundary
            "2026-03-08T23:00       | 2026-03-09T02:00       | 2026-03-08=60 2026-03-09=120",
            // New Year's Eve into a new year
            "2026-12-31T23:30       | 2027-01-01T00:45       | 2026-12-31=30 2027-01-01=45",
    })
    void eachMinuteBelongsToTheDayInWhichItFalls(String start, String end, String expected) {
        SortedMap<LocalDate, Long> byDay = DayMinutes.of(at(start), at(end), ZONE);

        String actual = byDay.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    @Test
    void overnightBlockCountsForBothDays() {
        Block block = London.block(WorkKind.RECORDING, "2026-03-02T22:00", "2026-03-03T01:30");

        SortedMap<LocalDate, Long> byDay = DayMinutes.of(block, ZONE);

        assertEquals(120L, byDay.get(LocalDate.of(2026, 3, 2)));
        assertEquals(90L, byDay.get(LocalDate.of(2026, 3, 3)));
    }

    @ParameterizedTest(name = "{0} has {1} hours")
    @CsvSource({
            "2026-03-28, 24",
            "2026-03-29, 23",
            "2026-03-30, 24",
            "2026-10-24, 24",
            "2026-10-25, 25",
            "2026-10-26, 24",
    })
    void clockChangeDaysAreAnHourShorterOrLonger(LocalDate day, long hours) {
        SortedMap<LocalDate, Long> byDay = DayMinutes.of(
                day.atStartOfDay(ZONE).toInstant(), day.plusDays(1).atStartOfDay(ZONE).toInstant(), ZONE);

        assertEquals(1, byDay.size());
        assertEquals(hours * 60, byDay.get(day));
    }

    @ParameterizedTest(name = "between {0} and {1}: {2} minutes")
    @CsvSource({
            "2026-03-02T00:00, 2026-03-03T00:00, 120",   // the whole block inside
            "2026-03-02T10:00, 2026-03-02T11:00, 60",    // the middle hour
            "2026-03-02T08:00, 2026-03-02T09:30, 30",    // its start
            "2026-03-02T10:30, 2026-03-02T12:00, 30",    // its end
            "2026-03-02T11:00, 2026-03-02T12:00, 0",     // just after it
            "2026-03-02T06:00, 2026-03-02T09:00, 0",     // just before it
    })
    void onlyTheMinutesInsideAPeriodCountForIt(String from, String to, long minutes) {
        Block block = London.block(WorkKind.DIRECT, "2026-03-02T09:00", "2026-03-02T11:00");

        assertEquals(minutes, DayMinutes.within(block, at(from), at(to)));
    }
}
