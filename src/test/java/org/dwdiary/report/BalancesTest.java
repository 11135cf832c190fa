package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkingRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.block;
import static org.dwdiary.domain.WorkKind.RECORDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A contract of 10:00 a week, all on Mondays, so each week's difference is easy to see. */
class BalancesTest {
    private static final WeekId FIRST = WeekId.parse("2026-W10");
    private static final SettingsTimeline MONDAYS = new SettingsTimeline(List.of(
            new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SettingsTimeline.BEGINNING, "10:00"),
            new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, SettingsTimeline.BEGINNING, "Mon")));

    /** One Monday block per week of {@code hours[i]} hours from 06:00 (0: nothing that week). */
    private static List<Block> mondays(int... hours) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            if (hours[i] > 0) {
                LocalDate monday = FIRST.plusWeeks(i).monday();
                blocks.add(block(RECORDING, monday + "T06:00", monday + "T" + String.format("%02d", 6 + hours[i]) + ":00"));
            }
        }
        return blocks;
    }

    private static Trend trend(int weeks, List<Block> blocks, List<DayMark> marks) {
        return Trend.of(FIRST, FIRST.plusWeeks(weeks - 1), blocks, ZONE, MONDAYS, marks);
    }

    @Test
    void flexiPeriodsCarryWithinTheLimitsAndLoseTheHoursAboveTheCredit() {
        // +5 +4 +3 0 | -2 -4 -5 -6 | +1 +1 (still running)
        Trend trend = trend(10, mondays(15, 14, 13, 10, 8, 6, 5, 4, 11, 11), List.of());
        Balances balances = Balances.of(trend, WorkingRules.DEFAULT); // flexi, 4 weeks, +10:00 / -5:00

        assertEquals(3, balances.flexi().size());
        Balances.FlexiPeriod first = balances.flexi().get(0);
        assertEquals(new Balances.FlexiPeriod(FIRST.monday(), FIRST.plusWeeks(3).sunday(), true, 0, 12 * 60, 12 * 60,
                10 * 60, 2 * 60, 0), first);
        assertEquals(new Balances.FlexiPeriod(FIRST.plusWeeks(4).monday(), FIRST.plusWeeks(7).sunday(), true, 10 * 60,
                -17 * 60, -7 * 60, -5 * 60, 0, 2 * 60), balances.flexi().get(1));
        Balances.FlexiPeriod running = balances.flexi().get(2);
        assertFalse(running.complete());
        assertEquals(-3 * 60, running.endMinutes());
        assertEquals(0, running.lostMinutes());

        assertEquals(2 * 60, balances.lostMinutes());
        assertEquals(-3 * 60, balances.balanceMinutes(), "the running balance is the plain sum of differences");
        assertEquals(14 * 60, balances.overtimeMinutes());
        assertEquals(List.of(300L, 540L, 720L, 720L, 600L, 360L, 60L, -300L, -240L, -180L),
                balances.weeks().stream().map(Balances.Week::balanceMinutes).toList());
    }

    @Test
    void anEightWeekPeriodWithSixteenHoursCredit() {
        WorkingRules eightWeeks = WorkingRules.DEFAULT.with(WorkingRules.Key.FLEXI_PERIOD, "8")
                .with(WorkingRules.Key.FLEXI_CREDIT_LIMIT, "16").with(WorkingRules.Key.FLEXI_DEBIT_LIMIT, "8:00");
        Balances balances = Balances.of(trend(8, mondays(15, 14, 13, 10, 15, 14, 13, 10), List.of()), eightWeeks);
        assertEquals(1, balances.flexi().size());
        assertEquals(24 * 60, balances.flexi().get(0).endMinutes());
        assertEquals(16 * 60, balances.flexi().get(0).carriedForwardMinutes());
        assertEquals(8 * 60, balances.lostMinutes());
    }

    @Test
    void theToilLedgerEarnsTheOvertimeAndTakesTheToilDays() {
        WorkingRules toil = WorkingRules.DEFAULT.with(WorkingRules.Key.OVERTIME_SCHEME, "toil");
        // W10 +5, W11 +3, W12 a whole Monday of TOIL (its 10:00 is not owed, and comes off the balance), W13 a half day
        List<DayMark> marks = List.of(new DayMark(FIRST.plusWeeks(2).monday(), DayMark.Kind.TOIL, false),
                new DayMark(FIRST.plusWeeks(3).monday(), DayMark.Kind.TOIL, true));
        Balances balances = Balances.of(trend(4, mondays(15, 13, 0, 5), marks), toil);

        assertEquals(new Balances.Toil(8 * 60, 15 * 60), balances.toil());
        assertEquals(-7 * 60, balances.toil().balanceMinutes());
        assertEquals(List.of(), balances.flexi());
        assertEquals(List.of(10 * 60L, 10 * 60L, 0L, 5 * 60L),
                balances.weeks().stream().map(Balances.Week::contractMinutes).toList());
    }

    @Test
    void leaveTakesTheDayOffTheContractWithoutTouchingTheToilBalance() {
        WorkingRules toil = WorkingRules.DEFAULT.with(WorkingRules.Key.OVERTIME_SCHEME, "toil");
        Balances balances = Balances.of(trend(1, mondays(0), List.of(new DayMark(FIRST.monday(), DayMark.Kind.LEAVE, true))), toil);
        assertEquals(5 * 60, balances.weeks().get(0).contractMinutes());
        assertEquals(new Balances.Toil(0, 0), balances.toil());
        assertEquals(-5 * 60, balances.balanceMinutes());
    }
}
