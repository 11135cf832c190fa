package org.dwdiary.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SettingsTimelineTest {
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

    @Test
    void withNothingSetEveryDayHasTheDefaultContract() {
        SettingsTimeline timeline = SettingsTimeline.defaults();
        assertEquals(Contract.DEFAULT, timeline.on(LocalDate.of(2020, 1, 1)));
        assertEquals("37:00 (the default)", timeline.describe(FigureSetting.CONTRACT_HOURS));
    }

    @Test
    void goingPartTimeFromADateChangesThatDayOnAndNeverTheDaysBefore() {
        SettingsTimeline timeline = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SEP_1, "22:30"),
                new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, SEP_1, "Mon-Wed")));
        assertEquals(37 * 60, timeline.on(SEP_1.minusDays(1)).weeklyMinutes());
        assertEquals(5, timeline.on(SEP_1.minusDays(1)).workingDays().size());
        assertEquals(22 * 60 + 30, timeline.on(SEP_1).weeklyMinutes());
        assertEquals(3, timeline.on(SEP_1.plusYears(3)).workingDays().size());
        assertEquals("37:00 (the default) until Mon 31 Aug 2026, 22:30 from Tue 1 Sept 2026",
                timeline.describe(FigureSetting.CONTRACT_HOURS));
        assertEquals(List.of(SEP_1), timeline.changeDays());
    }

    @Test
    void aValueFromTheStartReplacesTheDefaultForEveryWeek() {
        SettingsTimeline timeline = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SettingsTimeline.BEGINNING, "35"),
                new SettingsTimeline.Change(FigureSetting.DIRECT_TARGET, SEP_1, "30%")));
        assertEquals(35 * 60, timeline.on(LocalDate.of(1999, 1, 1)).weeklyMinutes());
        assertNull(timeline.on(SEP_1.minusDays(1)).directTarget());
        assertEquals(0.30, timeline.on(SEP_1).directTarget());
        assertEquals("35:00 from the start", timeline.describe(FigureSetting.CONTRACT_HOURS));
        assertEquals("35:00", timeline.valuesOn(SEP_1).get(FigureSetting.CONTRACT_HOURS));
    }

    @Test
    void aNewValueOnTheSameDateReplacesTheOldOneAndLaterChangesStay() {
        SettingsTimeline timeline = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SEP_1, "22:30"),
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SEP_1.plusMonths(6), "30:00")))
                .with(new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SEP_1, "18:30"));
        assertEquals(18 * 60 + 30, timeline.on(SEP_1.plusDays(10)).weeklyMinutes());
        assertEquals(30 * 60, timeline.on(SEP_1.plusMonths(7)).weeklyMinutes());
        assertEquals(2, timeline.history(FigureSetting.CONTRACT_HOURS).size());
    }

    @Test
    void withNoDateGivenAFirstValueHoldsFromTheStartAndALaterOneFromThisWeeksMonday() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        SettingsTimeline empty = SettingsTimeline.defaults();
        assertEquals(SettingsTimeline.BEGINNING, empty.defaultFrom(FigureSetting.CONTRACT_HOURS, wednesday));
        SettingsTimeline set = empty.with(new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SettingsTimeline.BEGINNING, "35"));
        assertEquals(LocalDate.of(2026, 11, 23), set.defaultFrom(FigureSetting.CONTRACT_HOURS, wednesday));
        assertEquals(SettingsTimeline.BEGINNING, set.defaultFrom(FigureSetting.WORKING_DAYS, wednesday));
    }
}
