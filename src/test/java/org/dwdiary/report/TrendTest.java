package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.block;
import static org.dwdiary.domain.WorkKind.DIRECT;
import static org.dwdiary.domain.WorkKind.RECORDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrendTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");

    /** One Monday in the week: {@code direct} hours of direct work then {@code recording} hours of recording. */
    private static List<Block> monday(WeekId week, int direct, int recording) {
        LocalDate day = week.monday();
        List<Block> blocks = new ArrayList<>();
        if (direct > 0) {
            blocks.add(block(DIRECT, day + "T08:00", day + "T" + String.format("%02d", 8 + direct) + ":00"));
        }
        if (recording > 0) {
            blocks.add(block(RECORDING, day + "T" + String.format("%02d", 8 + direct) + ":00",
                    day + "T" + String.format("%02d", 8 + direct + recording) + ":00"));
        }
        return blocks;
    }

    @Test
    void everyWeekOfTheRangeIsThereAndEmptyWeeksAreGapsNotZero() {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(monday(W10, 2, 6));
        blocks.addAll(monday(W10.plusWeeks(2), 1, 3));
        Trend trend = Trend.of(W10, W10.plusWeeks(3), blocks, ZONE, SettingsTimeline.defaults());

        assertEquals(4, trend.weeks().size());
        assertEquals(W10, trend.from());
        assertEquals(W10.plusWeeks(3), trend.to());
        assertEquals(Arrays.asList(0.25, null, 0.25, null),
                trend.weeks().stream().map(WeekFigures::directShare).toList());
        assertEquals(2, trend.loggedWeeks());
        assertEquals(4 * 37 * 60, trend.contractMinutes());
        assertEquals(0.25, trend.directShare());
    }

    @Test
    void theMovingAverageWeighsTheLastFourWeeksByTheirMinutesAndLooksBackBeforeTheRange() {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(monday(W10.plusWeeks(-2), 4, 0));  // before the range: 4:00, all direct
        blocks.addAll(monday(W10, 1, 7));                 // 1 of 8
        blocks.addAll(monday(W10.plusWeeks(4), 2, 2));    // 2 of 4, four weeks after the first ones
        Trend trend = Trend.of(W10, W10.plusWeeks(5), blocks, ZONE, SettingsTimeline.defaults());

        assertEquals(5.0 / 12, trend.movingShares().get(0), 1e-9);   // W7–W10: (4 + 1) / (4 + 8)
        assertEquals(5.0 / 12, trend.movingShares().get(1), 1e-9);   // W8–W11
        assertEquals(1.0 / 8, trend.movingShares().get(2), 1e-9);    // W9–W12
        assertEquals(1.0 / 8, trend.movingShares().get(3), 1e-9);    // W10–W13
        assertEquals(2.0 / 4, trend.movingShares().get(4), 1e-9);    // W11–W14
        assertEquals(2.0 / 4, trend.movingShares().get(5), 1e-9);
        assertEquals(6, trend.movingShares().size());

        Trend quiet = Trend.of(W10.plusWeeks(20), W10.plusWeeks(21), blocks, ZONE, SettingsTimeline.defaults());
        assertNull(quiet.movingShares().get(0));
    }

    @Test
    void overtimeIsAddedUpWeekByWeekSoAShortWeekDoesNotCancelALongOne() {
        List<Block> blocks = new ArrayList<>();
        for (int day = 0; day < 5; day++) { // W10: five 9-hour days = 45:00, 8:00 over
            LocalDate date = W10.monday().plusDays(day);
            blocks.add(block(RECORDING, date + "T08:00", date + "T17:00"));
        }
        blocks.addAll(monday(W10.plusWeeks(1), 2, 2)); // W11: 4:00, well under
        Trend trend = Trend.of(W10, W10.plusWeeks(1), blocks, ZONE, SettingsTimeline.defaults());

        assertEquals(8 * 60, trend.overtimeMinutes());
        assertEquals(1, trend.weeksOverContract());
        assertEquals(49 * 60, trend.totalMinutes());
        assertEquals(0, trend.outsideHoursMinutes()); // 08:00-17:00 is inside the 08:00-18:00 window
    }

    @Test
    void aPartTimeChangeMidRangeChangesOnlyTheWeeksFromItsDate() {
        SettingsTimeline settings = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, W10.plusWeeks(2).monday(), "22:30")));
        Trend trend = Trend.of(W10, W10.plusWeeks(3), List.of(), ZONE, settings);
        assertEquals(List.of(2220L, 2220L, 1350L, 1350L),
                trend.weeks().stream().map(WeekFigures::contractMinutes).toList());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Trend.of(W10, W10.plusWeeks(-1), List.of(), ZONE, SettingsTimeline.defaults()));
    }
}
