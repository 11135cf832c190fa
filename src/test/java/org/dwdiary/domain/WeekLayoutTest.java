package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.dwdiary.domain.London.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeekLayoutTest {

    /** "2026-03-03 <0-90>": the day, then "<" when it continues from the day before, ">" to the next. */
    private static String written(List<DaySegment> segments) {
        return segments.stream()
                .map(s -> s.day() + " " + (s.continuesFromDayBefore() ? "<" : "") + s.fromMinute() + "-"
                        + s.toMinute() + (s.continuesToNextDay() ? ">" : ""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}: {1} to {2} is drawn as {3}")
    @CsvSource(delimiter = ';', value = {
            "2026-W10; 2026-03-02T09:00;       2026-03-02T10:30;       2026-03-02 540-630",
            // crossing midnight: two segments, each knowing it continues
            "2026-W10; 2026-03-02T22:00;       2026-03-03T01:30;       2026-03-02 1320-1440> | 2026-03-03 <0-90",
            // ending exactly at midnight: down to the bottom of the day, nothing on the next
            "2026-W10; 2026-03-02T22:00;       2026-03-03T00:00;       2026-03-02 1320-1440",
            "2026-W10; 2026-03-03T00:00;       2026-03-03T01:00;       2026-03-03 0-60",
            "2026-W10; 2026-03-02T12:00;       2026-03-03T12:00;       2026-03-02 720-1440> | 2026-03-03 <0-720",
            "2026-W10; 2026-03-02T00:00;       2026-03-03T00:00;       2026-03-02 0-1440",
            // Sunday night: each week draws only its own part
            "2026-W10; 2026-03-08T22:00;       2026-03-09T02:00;       2026-03-08 1320-1440>",
            "2026-W11; 2026-03-08T22:00;       2026-03-09T02:00;       2026-03-09 <0-120",
            // a block in another week is not drawn
            "2026-W11; 2026-03-02T09:00;       2026-03-02T10:30;       ''",
            // the clocks go forward: positions follow the wall clock, not elapsed time
            "2026-W13; 2026-03-29T00:30;       2026-03-29T03:00;       2026-03-29 30-180",
            "2026-W13; 2026-03-28T23:00;       2026-03-29T03:00;       2026-03-28 1380-1440> | 2026-03-29 <0-180",
            "2026-W13; 2026-03-29T22:00;       2026-03-30T00:00;       2026-03-29 1320-1440",
            // the short day: a block to midnight still reaches the bottom, though only 22 h 30 passed
            "2026-W13; 2026-03-29T00:30;       2026-03-30T00:00;       2026-03-29 30-1440",
            // the clocks go back
            "2026-W43; 2026-10-25T00:30+01:00; 2026-10-25T02:30+00:00; 2026-10-25 30-150",
            "2026-W43; 2026-10-25T01:00+00:00; 2026-10-25T02:00+00:00; 2026-10-25 60-120",
            "2026-W43; 2026-10-25T23:00;       2026-10-26T00:00;       2026-10-25 1380-1440",
            // inside the repeated hour the wall clock runs backwards: the block keeps its elapsed height
            "2026-W43; 2026-10-25T01:30+01:00; 2026-10-25T01:15+00:00; 2026-10-25 90-135",
    })
    void blockIsDrawnInEachDayItTouchesAtItsWallClockTimes(String week, String start, String end, String expected) {
        Block block = London.block(WorkKind.RECORDING, start, end);

        List<DaySegment> segments = WeekLayout.segments(WeekId.parse(week), List.of(block), ZONE);

        assertEquals(expected, written(segments));
        assertTrue(segments.stream().allMatch(s -> s.block() == block));
    }

    @Test
    void everySegmentHasRoomToBeSeen() {
        Block tiny = London.block(WorkKind.DIRECT, "2026-10-25T01:59+01:00", "2026-10-25T01:00+00:00");

        DaySegment segment = WeekLayout.segments(WeekId.parse("2026-W43"), List.of(tiny), ZONE).get(0);

        assertTrue(segment.toMinute() > segment.fromMinute());
        assertTrue(segment.toMinute() <= WeekLayout.MINUTES_PER_DAY);
    }

    @Test
    void severalBlocksEachGetTheirSegments() {
        Block morning = London.block(WorkKind.DIRECT, "2026-03-02T09:00", "2026-03-02T10:00");
        Block night = London.block(WorkKind.RECORDING, "2026-03-04T23:00", "2026-03-05T00:30");

        List<DaySegment> segments = WeekLayout.segments(WeekId.parse("2026-W10"), List.of(morning, night), ZONE);

        assertEquals("2026-03-02 540-600 | 2026-03-04 1380-1440> | 2026-03-05 <0-30", written(segments));
    }
}
