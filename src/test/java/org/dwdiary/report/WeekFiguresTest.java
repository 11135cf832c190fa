package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.block;
import static org.dwdiary.domain.WorkKind.DIRECT;
import static org.dwdiary.domain.WorkKind.MEETINGS;
import static org.dwdiary.domain.WorkKind.RECORDING;
import static org.dwdiary.domain.WorkKind.TRAVEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weeks worked out by hand, against the default contract (37:00, Mon–Fri, 08:00–18:00) unless said. */
class WeekFiguresTest {
    private static final SettingsTimeline DEFAULTS = SettingsTimeline.defaults();

    /** Mon 2 – Fri 6 March 2026: 09:00–11:00 direct and 11:00–17:00 recording each day (40:00). */
    private static List<Block> ordinaryWeek() {
        List<Block> blocks = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            String date = "2026-03-0" + day;
            blocks.add(block(DIRECT, date + "T09:00", date + "T11:00"));
            blocks.add(block(RECORDING, date + "T11:00", date + "T17:00"));
        }
        return blocks;
    }

    @Test
    void aWeekWithEveningAndSaturdayWork() {
        List<Block> blocks = ordinaryWeek();
        blocks.add(block(RECORDING, "2026-03-03T19:00", "2026-03-03T21:00")); // Tuesday evening: 2:00 outside
        blocks.add(block(TRAVEL, "2026-03-04T07:30", "2026-03-04T09:00"));    // Wednesday early: 0:30 before 08:00
        blocks.add(block(RECORDING, "2026-03-07T10:00", "2026-03-07T12:15")); // Saturday catch-up: 2:15
        blocks.add(block(MEETINGS, "2026-03-05T17:00", "2026-03-05T18:30"));  // Thursday: 0:30 after 18:00

        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W10"), blocks, ZONE, DEFAULTS);

        assertEquals(40 * 60 + 120 + 90 + 135 + 90, week.totalMinutes());     // 47:15
        assertEquals(37 * 60, week.contractMinutes());
        assertEquals(10 * 60 + 15, week.overtimeMinutes());
        assertEquals(120 + 30 + 30, week.outsideWindowMinutes());            // evenings and early mornings: 3:00
        assertEquals(135, week.nonWorkingDayMinutes());                      // Saturday: 2:15
        assertEquals(5 * 60 + 15, week.outsideHoursMinutes());
        assertEquals(600.0 / (47 * 60 + 15), week.directShare(), 1e-9);
    }

    @Test
    void anEmptyWeekHasItsContractButNoShareAndNoOvertime() {
        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W11"), ordinaryWeek(), ZONE, DEFAULTS);
        assertTrue(week.isEmpty());
        assertNull(week.directShare());
        assertEquals(37 * 60, week.contractMinutes());
        assertEquals(0, week.overtimeMinutes());
        assertEquals(-37 * 60, week.differenceMinutes());
        assertEquals(0, week.outsideHoursMinutes());
    }

    @Test
    void aShortWeekHasNoOvertime() {
        List<Block> blocks = ordinaryWeek().subList(0, 6); // Monday to Wednesday: 24:00
        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W10"), blocks, ZONE, DEFAULTS);
        assertEquals(24 * 60, week.totalMinutes());
        assertEquals(0, week.overtimeMinutes());
        assertEquals(-13 * 60, week.differenceMinutes());
    }

    @Test
    void goingPartTimeMidWeekCountsEachDayWithItsOwnContract() {
        // From Wednesday 2 September 2026: 22:30 over Mon-Wed. Week 36 is Mon 31 Aug – Sun 6 Sep.
        LocalDate wednesday = LocalDate.of(2026, 9, 2);
        SettingsTimeline settings = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, wednesday, "22:30"),
                new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, wednesday, "Mon-Wed")));
        List<Block> blocks = List.of(
                block(RECORDING, "2026-09-03T10:00", "2026-09-03T12:00")); // Thursday: now a non-working day

        WeekFigures before = WeekFigures.of(WeekId.parse("2026-W35"), blocks, ZONE, settings);
        WeekFigures changing = WeekFigures.of(WeekId.parse("2026-W36"), blocks, ZONE, settings);
        WeekFigures after = WeekFigures.of(WeekId.parse("2026-W37"), blocks, ZONE, settings);

        assertEquals(37 * 60, before.contractMinutes());
        assertEquals(444 + 444 + 450, changing.contractMinutes()); // Mon, Tue at 7:24; Wed at 7:30; Thu, Fri none
        assertEquals(22 * 60 + 30, after.contractMinutes());
        assertEquals(120, changing.nonWorkingDayMinutes());
        assertEquals(0, changing.outsideWindowMinutes());
    }

    @Test
    void theWindowFollowsTheWallClockAcrossTheSpringClockChange() {
        // Clocks go forward at 01:00 GMT on Sunday 29 March 2026. Week 13 is Mon 23 – Sun 29 March.
        List<Block> blocks = List.of(
                block(RECORDING, "2026-03-28T22:00", "2026-03-29T03:00"), // 22:00 GMT to 03:00 BST: 4:00 elapsed
                block(DIRECT, "2026-03-27T17:00", "2026-03-27T19:00"));    // Friday: 1:00 after 18:00
        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W13"), blocks, ZONE, DEFAULTS);
        assertEquals(6 * 60, week.totalMinutes());
        assertEquals(4 * 60, week.nonWorkingDayMinutes());
        assertEquals(60, week.outsideWindowMinutes());
        assertEquals(List.of(0L, 0L, 0L, 0L, 120L, 120L, 120L), List.copyOf(week.summary().minutesByDay().values()));

        // The Monday after, in BST: 07:00–09:00 has one hour before the 08:00 window.
        WeekFigures next = WeekFigures.of(WeekId.parse("2026-W14"),
                List.of(block(TRAVEL, "2026-03-30T07:00", "2026-03-30T09:00")), ZONE, DEFAULTS);
        assertEquals(60, next.outsideWindowMinutes());
    }

    @Test
    void theAutumnClockChangeNightCountsItsExtraHour() {
        // Clocks go back at 02:00 BST on Sunday 25 October 2026: 00:30–02:30 on the wall is 3:00 elapsed.
        List<Block> blocks = List.of(block(RECORDING, "2026-10-25T00:30", "2026-10-25T02:30+00:00"));
        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W43"), blocks, ZONE, DEFAULTS);
        assertEquals(3 * 60, week.totalMinutes());
        assertEquals(3 * 60, week.nonWorkingDayMinutes());
        assertEquals(0, week.outsideWindowMinutes());
    }

    @Test
    void aNightBlockFromAWorkingDayIntoTheNextCountsOutsideOnBoth() {
        // Thursday 22:00 to Friday 01:30: all of it outside 08:00-18:00.
        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W10"),
                List.of(block(DIRECT, "2026-03-05T22:00", "2026-03-06T01:30")), ZONE, DEFAULTS);
        assertEquals(210, week.outsideWindowMinutes());
        assertEquals(0, week.nonWorkingDayMinutes());
    }

    @Test
    void theTargetIsTheOneInForceOnTheWeeksMonday() {
        SettingsTimeline settings = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.DIRECT_TARGET, LocalDate.of(2026, 3, 2), "30%")));
        assertNull(WeekFigures.of(WeekId.parse("2026-W09"), List.of(), ZONE, settings).directTarget());
        assertEquals(0.30, WeekFigures.of(WeekId.parse("2026-W10"), List.of(), ZONE, settings).directTarget());
    }

    @Test
    void aWiderWindowMeansFewerOutsideHours() {
        SettingsTimeline settings = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.STANDARD_WINDOW, SettingsTimeline.BEGINNING, "07:00-20:00")));
        WeekFigures week = WeekFigures.of(WeekId.parse("2026-W10"),
                List.of(block(RECORDING, "2026-03-03T19:00", "2026-03-03T21:00")), ZONE, settings);
        assertEquals(60, week.outsideWindowMinutes());
    }
}
