package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.PossibleBreach.Rule;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.WorkingRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.block;
import static org.dwdiary.domain.WorkKind.DIRECT;
import static org.dwdiary.domain.WorkKind.RECORDING;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-computed scenarios at each rule's boundary, in London. */
class WorkingTimeChecksTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");

    private static List<PossibleBreach> check(List<Block> blocks, LocalDate from, LocalDate to) {
        return WorkingTimeChecks.check(blocks, List.of(), ZONE, from, to, WorkingRules.DEFAULT);
    }

    private static List<PossibleBreach> of(Rule rule, List<PossibleBreach> breaches) {
        return breaches.stream().filter(b -> b.rule() == rule).toList();
    }

    /** 17 weeks ending with W10, each Monday to Friday {@code from}–{@code to} (same times every day). */
    private static List<Block> seventeenWeeks(String from, String to) {
        List<Block> blocks = new ArrayList<>();
        for (int w = 0; w < 17; w++) {
            for (int d = 0; d < 5; d++) {
                LocalDate day = W10.plusWeeks(-w).monday().plusDays(d);
                blocks.add(block(RECORDING, day + "T" + from, day + "T" + to));
            }
        }
        return blocks;
    }

    @Test
    void exactlyFortyEightHoursOnAverageIsNotABreachAndAMinuteMoreIs() {
        // 08:00–17:36 is 9:36 a day, 48:00 a week, for 17 weeks.
        List<Block> blocks = new ArrayList<>(seventeenWeeks("08:00", "17:36"));
        assertEquals(List.of(), of(Rule.WEEKLY_48H, check(blocks, W10.monday(), W10.sunday())));

        blocks.add(block(DIRECT, "2026-03-07T10:00", "2026-03-07T10:17")); // 17 more minutes: one a week on average
        List<PossibleBreach> breaches = of(Rule.WEEKLY_48H, check(blocks, W10.monday(), W10.sunday()));
        assertEquals(List.of(new PossibleBreach(Rule.WEEKLY_48H, W10.plusWeeks(-16).monday(), W10.sunday(), 48 * 60 + 1, 48 * 60)),
                breaches);
        assertEquals(List.of(), of(Rule.WEEKLY_48H, WorkingTimeChecks.check(blocks, List.of(), ZONE, W10.monday(), W10.sunday(),
                WorkingRules.DEFAULT.with(WorkingRules.Key.WTR_OPT_OUT, "yes"))), "opted out: not flagged");
    }

    @Test
    void daysOfLeaveAreLeftOutOfTheAverageAndHalfDaysCountHalf() {
        // 17 weeks of 45:00 (Mon-Fri 08:00-17:00) is under 48:00 on average. With eight days of leave
        // in the period and the same 45 hours worked in those weeks' other days, the average over the days
        // worked is 45:00 × 17 × 7 / (119 - 8) = 48:15.
        List<Block> blocks = new ArrayList<>(seventeenWeeks("08:00", "17:00"));
        List<DayMark> leave = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            leave.add(new DayMark(W10.plusWeeks(-5).monday().plusDays(d % 5).plusWeeks(d / 5), DayMark.Kind.LEAVE, false));
        }
        assertEquals(List.of(), of(Rule.WEEKLY_48H, check(blocks, W10.monday(), W10.sunday())));
        List<PossibleBreach> withLeave = of(Rule.WEEKLY_48H,
                WorkingTimeChecks.check(blocks, leave, ZONE, W10.monday(), W10.sunday(), WorkingRules.DEFAULT));
        assertEquals(List.of(new PossibleBreach(Rule.WEEKLY_48H, W10.plusWeeks(-16).monday(), W10.sunday(), 2895, 2880)), withLeave);
        // Sixteen half days off are the same eight days.
        List<DayMark> halves = new ArrayList<>();
        for (int d = 0; d < 16; d++) {
            halves.add(new DayMark(W10.plusWeeks(-8).monday().plusDays(d % 5).plusWeeks(d / 5), DayMark.Kind.SICK, true));
        }
        assertEquals(withLeave, of(Rule.WEEKLY_48H,
                WorkingTimeChecks.check(blocks, halves, ZONE, W10.monday(), W10.sunday(), WorkingRules.DEFAULT)));
    }

    @Test
    void exactlyElevenHoursRestIsEnoughAndTenFiftyNineIsNot() {
        List<Block> blocks = List.of(
                block(RECORDING, "2026-03-02T09:00", "2026-03-02T22:00"),
                block(DIRECT, "2026-03-03T09:00", "2026-03-03T12:00"),      // 11:00 after Monday 22:00
                block(RECORDING, "2026-03-03T20:00", "2026-03-03T22:01"),
                block(DIRECT, "2026-03-04T09:00", "2026-03-04T10:00"));     // 10:59 after Tuesday 22:01
        assertEquals(List.of(new PossibleBreach(Rule.DAILY_REST_11H, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), 659, 660)),
                of(Rule.DAILY_REST_11H, check(blocks, W10.monday(), W10.sunday())));
    }

    @Test
    void restIsMeasuredInElapsedTimeAcrossTheClockChangeNight() {
        // Sat 28 March 22:00 GMT to Sun 29 March 09:00 BST is 10 hours, though the wall clock says 11.
        List<Block> blocks = List.of(
                block(RECORDING, "2026-03-28T18:00", "2026-03-28T22:00"),
                block(DIRECT, "2026-03-29T09:00", "2026-03-29T10:00"));
        assertEquals(List.of(new PossibleBreach(Rule.DAILY_REST_11H, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), 600, 660)),
                of(Rule.DAILY_REST_11H, check(blocks, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29))));
        // In October the same wall-clock night is 12 hours: no breach.
        List<Block> autumn = List.of(
                block(RECORDING, "2026-10-24T18:00", "2026-10-24T22:00"),
                block(DIRECT, "2026-10-25T09:00", "2026-10-25T10:00"));
        assertEquals(List.of(), of(Rule.DAILY_REST_11H, check(autumn, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 25))));
    }

    @Test
    void aWorkingDayOverSixHoursNeedsAGapOfTwentyMinutes() {
        List<Block> blocks = List.of(
                // Monday: 7:00 of work with a 20-minute gap: fine.
                block(RECORDING, "2026-03-02T09:00", "2026-03-02T12:30"),
                block(DIRECT, "2026-03-02T12:50", "2026-03-02T16:20"),
                // Tuesday: 7:00 with only 19 minutes: a breach.
                block(RECORDING, "2026-03-03T09:00", "2026-03-03T12:30"),
                block(DIRECT, "2026-03-03T12:49", "2026-03-03T16:19"),
                // Wednesday: exactly 6:00 without a break: the rule does not apply.
                block(RECORDING, "2026-03-04T09:00", "2026-03-04T15:00"),
                // Thursday: a night shift 20:00-03:00 belongs to Thursday: 7:00 without a break.
                block(DIRECT, "2026-03-05T20:00", "2026-03-06T00:00"),
                block(RECORDING, "2026-03-06T00:00", "2026-03-06T03:00"));
        assertEquals(List.of(
                        new PossibleBreach(Rule.BREAK_20MIN, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), 19, 20),
                        new PossibleBreach(Rule.BREAK_20MIN, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), 0, 20)),
                of(Rule.BREAK_20MIN, check(blocks, W10.monday(), W10.sunday())));
    }

    @Test
    void aWeekWithoutTwentyFourHoursOffIsFlaggedAndExactlyTwentyFourIsEnough() {
        List<Block> blocks = new ArrayList<>();
        // Every day of W10 09:00-21:00, except Saturday off from 21:00 Friday to 20:59 Saturday (23:59 of rest).
        for (int d = 0; d < 7; d++) {
            LocalDate day = W10.monday().plusDays(d);
            if (d == 5) {
                blocks.add(block(RECORDING, day + "T20:59", day + "T21:00"));
            } else {
                blocks.add(block(RECORDING, day + "T09:00", day + "T21:00"));
            }
        }
        // The weeks either side are full too, so no long rest reaches into W10 from them.
        blocks.add(block(RECORDING, "2026-03-01T09:00", "2026-03-01T21:00"));
        blocks.add(block(RECORDING, "2026-03-09T09:00", "2026-03-09T21:00"));
        List<PossibleBreach> breaches = of(Rule.WEEKLY_REST_24H, check(blocks, W10.monday(), W10.sunday()));
        assertEquals(List.of(new PossibleBreach(Rule.WEEKLY_REST_24H, W10.monday(), W10.sunday(), 23 * 60 + 59, 24 * 60)), breaches);

        blocks.set(5, block(RECORDING, "2026-03-07T21:00", "2026-03-07T21:01")); // now 24:00 from Friday 21:00
        assertEquals(List.of(), of(Rule.WEEKLY_REST_24H, check(blocks, W10.monday(), W10.sunday())));
    }

    @Test
    void theFortnightlyOptionAcceptsTwoDaysOffInFourteen() {
        // The fortnight of W10 and W11 (Mon 2 – Sun 15 March): Wednesday and Thursday off in W10, every other
        // day 09:00-21:00. Counted per 7 days, W11 has no 24 hours off; per 14 days, the 60 hours off in W10 do.
        List<Block> blocks = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            LocalDate day = W10.monday().plusDays(d);
            if (d != 2 && d != 3) {
                blocks.add(block(RECORDING, day + "T09:00", day + "T21:00"));
            }
        }
        blocks.add(block(RECORDING, "2026-03-01T09:00", "2026-03-01T21:00"));
        blocks.add(block(RECORDING, "2026-03-16T09:00", "2026-03-16T21:00"));
        LocalDate from = W10.monday();
        LocalDate to = W10.plusWeeks(1).sunday();
        assertEquals(List.of(new PossibleBreach(Rule.WEEKLY_REST_24H, W10.plusWeeks(1).monday(), to, 12 * 60, 24 * 60)),
                of(Rule.WEEKLY_REST_24H, check(blocks, from, to)));
        WorkingRules fortnightly = WorkingRules.DEFAULT.with(WorkingRules.Key.WEEKLY_REST, "14");
        assertEquals(List.of(), of(Rule.WEEKLY_REST_24H,
                WorkingTimeChecks.check(blocks, List.of(), ZONE, from, to, fortnightly)));
        // Without those two days off, the fortnight has no 48 hours (nor two 24s) either.
        List<Block> noWeekend = new ArrayList<>(blocks);
        noWeekend.add(block(RECORDING, "2026-03-04T09:00", "2026-03-04T21:00"));
        noWeekend.add(block(RECORDING, "2026-03-05T09:00", "2026-03-05T21:00"));
        assertEquals(List.of(new PossibleBreach(Rule.WEEKLY_REST_24H, from, to, 12 * 60, 48 * 60)),
                of(Rule.WEEKLY_REST_24H, WorkingTimeChecks.check(noWeekend, List.of(), ZONE, from, to, fortnightly)));
    }

    @Test
    void nightWorkAveragingOverEightHoursIsFlaggedForANightWorker() {
        // 17 weeks of six nights a week, 22:00-08:00 (10:00, of which 7:00 at night): 60:00 a week,
        // 1,020 hours over 102 days = exactly 10:00 a day.
        List<Block> blocks = new ArrayList<>();
        for (int w = 0; w < 17; w++) {
            for (int d = 0; d < 6; d++) {
                LocalDate day = W10.plusWeeks(-w).monday().plusDays(d);
                blocks.add(block(DIRECT, day + "T22:00", day.plusDays(1) + "T08:00"));
            }
        }
        List<PossibleBreach> night = of(Rule.NIGHT_8H, check(blocks, W10.monday(), W10.sunday()));
        assertEquals(List.of(new PossibleBreach(Rule.NIGHT_8H, W10.plusWeeks(-16).monday(), W10.sunday(), 600, 480)), night);

        // A day worker with the same hours is not a night worker.
        assertEquals(List.of(), of(Rule.NIGHT_8H, check(seventeenWeeks("08:00", "20:00"), W10.monday(), W10.sunday())));
    }

    @Test
    void nightMinutesFollowTheWallClockOnTheNightTheClocksGoForward() {
        // 22:00 Sat 28 March to 08:00 Sun 29 March BST is 9 hours; 23:00 GMT to 06:00 BST is 6 of them.
        long[] stretch = WorkingTimeChecks.stretches(List.of(block(DIRECT, "2026-03-28T22:00", "2026-03-29T08:00"))).get(0);
        assertEquals(6 * 60, WorkingTimeChecks.nightMinutes(stretch, ZONE, LocalTime.of(23, 0), LocalTime.of(6, 0)));
    }

    @Test
    void anOrdinaryWeekWithALunchBreakHasNothingToFlag() {
        List<Block> blocks = new ArrayList<>(seventeenWeeks("09:00", "12:30"));
        blocks.addAll(seventeenWeeks("13:00", "17:30"));
        assertEquals(List.of(), check(blocks, W10.plusWeeks(-3).monday(), W10.sunday()));
        // Without the lunch break, each 8-hour day is a possible breach of the 20-minute rule, and only that.
        assertEquals(5, check(seventeenWeeks("09:00", "17:00"), W10.monday(), W10.sunday()).stream()
                .filter(b -> b.rule() == Rule.BREAK_20MIN).count());
        assertEquals(5, check(seventeenWeeks("09:00", "17:00"), W10.monday(), W10.sunday()).size());
    }
}
