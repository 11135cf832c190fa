package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.London;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.dwdiary.domain.London.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WeekSummaryTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");

    /** "direct 2026-03-02T09:00 2026-03-02T10:30, travel …": blocks by kind code and times. */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] parts = item.trim().split("\\s+");
            blocks.add(London.block(WorkKind.fromText(parts[0]).orElseThrow(), parts[1], parts[2]));
        }
        return blocks;
    }

    private static String byKind(WeekSummary summary) {
        return summary.minutesByKind().entrySet().stream()
                .map(e -> e.getKey().code() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String byDay(WeekSummary summary) {
        return summary.minutesByDay().values().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // one of each kind on Monday to Wednesday
            "2026-W10 | direct 2026-03-02T09:00 2026-03-02T10:30, recording 2026-03-02T11:00 2026-03-02T12:00,"
                    + " travel 2026-03-03T08:30 2026-03-03T09:00, meetings 2026-03-04T14:00 2026-03-04T16:00"
                    + " | direct=90 recording=60 travel=30 meetings=120 | 150 30 120 0 0 0 0 | 300",
            // blocks in other weeks do not count
            "2026-W10 | direct 2026-03-01T09:00 2026-03-01T10:00, direct 2026-03-09T09:00 2026-03-09T10:00,"
                    + " recording 2026-03-07T10:00 2026-03-07T11:30"
                    + " | direct=0 recording=90 travel=0 meetings=0 | 0 0 0 0 0 90 0 | 90",
            // Sunday night into Monday: the after-midnight part belongs to the next week only
            "2026-W10 | recording 2026-03-08T22:00 2026-03-09T01:30"
                    + " | direct=0 recording=120 travel=0 meetings=0 | 0 0 0 0 0 0 120 | 120",
            "2026-W11 | recording 2026-03-08T22:00 2026-03-09T01:30"
                    + " | direct=0 recording=90 travel=0 meetings=0 | 90 0 0 0 0 0 0 | 90",
            // the night the clocks go forward: 23:00 GMT to 03:00 BST is three hours
            "2026-W13 | recording 2026-03-28T23:00 2026-03-29T03:00"
                    + " | direct=0 recording=180 travel=0 meetings=0 | 0 0 0 0 0 60 120 | 180",
            // the night the clocks go back: 23:00 BST to 03:00 GMT is five hours
            "2026-W43 | recording 2026-10-24T23:00 2026-10-25T03:00"
                    + " | direct=0 recording=300 travel=0 meetings=0 | 0 0 0 0 0 60 240 | 300",
    })
    void weekCountsTheMinutesThatFallInsideIt(String week, String blocks, String kinds, String days, long total) {
        WeekSummary summary = WeekSummary.of(WeekId.parse(week), blocks(blocks), ZONE);

        assertEquals(kinds, byKind(summary));
        assertEquals(days, byDay(summary));
        assertEquals(total, summary.totalMinutes());
    }

    @Test
    void directShareIsDirectMinutesOverAllMinutes() {
        WeekSummary summary = WeekSummary.of(W10, blocks("direct 2026-03-02T09:00 2026-03-02T10:30,"
                + " recording 2026-03-02T11:00 2026-03-02T12:00, travel 2026-03-03T08:30 2026-03-03T09:00,"
                + " meetings 2026-03-04T14:00 2026-03-04T16:00"), ZONE);

        assertEquals(0.3, summary.directShare(), 1e-9);
        assertEquals(0.3, summary.share(WorkKind.DIRECT), 1e-9);
        assertEquals(0.2, summary.share(WorkKind.RECORDING), 1e-9);
        assertEquals(0.1, summary.share(WorkKind.TRAVEL), 1e-9);
        assertEquals(0.4, summary.share(WorkKind.MEETINGS), 1e-9);
    }

    @Test
    void emptyWeekHasNoShareAndZeroEverywhere() {
        WeekSummary summary = WeekSummary.of(W10, List.of(), ZONE);

        assertNull(summary.directShare());
        assertNull(summary.share(WorkKind.RECORDING));
        assertEquals(0, summary.totalMinutes());
        assertEquals("direct=0 recording=0 travel=0 meetings=0", byKind(summary));
        assertEquals("0 0 0 0 0 0 0", byDay(summary));
    }

    @Test
    void weekWithOnlyOtherWeeksBlocksHasNoShare() {
        WeekSummary summary = WeekSummary.of(W10, blocks("direct 2026-03-09T09:00 2026-03-09T10:00"), ZONE);

        assertNull(summary.directShare());
    }

    @Test
    void daysRunFromMondayToSundayInOrder() {
        WeekSummary summary = WeekSummary.of(WeekId.parse("2026-W53"), List.of(), ZONE);

        assertEquals(LocalDate.of(2026, 12, 28), summary.from());
        assertEquals(LocalDate.of(2027, 1, 3), summary.to());
        assertEquals(List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 3)), List.copyOf(summary.minutesByDay().keySet()));
    }

    @Test
    void totalIsTheSumOfTheDaysAndOfTheKinds() {
        WeekSummary summary = WeekSummary.of(W10, blocks("direct 2026-03-02T09:00 2026-03-02T10:30,"
                + " recording 2026-03-04T21:00 2026-03-05T00:15, meetings 2026-03-08T23:00 2026-03-09T01:00"), ZONE);

        long days = summary.minutesByDay().values().stream().mapToLong(Long::longValue).sum();
        long kinds = summary.minutesByKind().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(90 + 195 + 60, summary.totalMinutes());
        assertEquals(summary.totalMinutes(), days);
        assertEquals(summary.totalMinutes(), kinds);
    }
}
