package org.dwdiary.ui.settings;

import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.Theme;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings dialog's logic on a real diary file: same-thread executors, no toolkit. */
class SettingsViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Wednesday 4 March 2026, noon: this week starts Monday 2 March. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    static final Executor SAME_THREAD = Runnable::run;
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate FIRST_OF_SEPTEMBER = LocalDate.of(2026, 9, 1);

    @TempDir Path folder;
    Diary diary;
    SettingsViewModel model;
    final List<SettingsViewModel.Outcome> outcomes = new ArrayList<>();

    @BeforeEach
    void open() {
        diary = Diary.open(folder, CLOCK);
        diary.setZone("Europe/London");
        model = new SettingsViewModel(diary, CLOCK, SAME_THREAD, SAME_THREAD);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void aNewDiaryShowsTheDefaultsAndAppliesChangesToEveryWeek() {
        model.load(() -> { });
        assertTrue(model.everyWeekProperty().get(), "nothing set yet: a correction is for every week");
        assertEquals(MONDAY, model.fromDateProperty().get(), "the date offered is Monday of this week");
        assertEquals(SettingsTimeline.BEGINNING, model.effectiveDate());
        assertEquals("37:00", model.contractHoursProperty().get());
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(day.getValue() <= 5, model.workingDayProperty(day).get(), day.toString());
        }
        assertEquals("08:00", model.windowStartProperty().get());
        assertEquals("18:00", model.windowEndProperty().get());
        assertEquals("", model.directTargetProperty().get(), "no target");
        assertEquals("37:00 (the default)", model.historyProperty(FigureSetting.CONTRACT_HOURS).get());
        assertTrue(model.validProperty().get());
        assertEquals("", model.pendingProperty().get(), "nothing to change yet");
    }

    @Test
    void onceASettingHasBeenSetChangesApplyFromMondayOfThisWeek() {
        diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "36:00", null);
        model.load(() -> { });
        assertFalse(model.everyWeekProperty().get());
        assertEquals(MONDAY, model.effectiveDate());
        assertEquals("36:00", model.contractHoursProperty().get());
        assertEquals("36:00 from the start", model.historyProperty(FigureSetting.CONTRACT_HOURS).get());
        assertEquals("08:00-18:00 (the default)", model.historyProperty(FigureSetting.STANDARD_WINDOW).get());
    }

    @Test
    void changingContractHoursFromADateWritesOneDatedChange() {
        model.load(() -> { });
        model.everyWeekProperty().set(false);
        model.fromDateProperty().set(FIRST_OF_SEPTEMBER);
        model.contractHoursProperty().set("22.5");
        assertEquals(List.of(new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, FIRST_OF_SEPTEMBER, "22:30")),
                model.changes());
        assertEquals("From Tue 1 Sept 2026: contracted hours 22:30.", model.pendingProperty().get());

        model.save(outcomes::add);

        assertEquals(List.of(new SettingsViewModel.Outcome(true,
                "Settings saved. From Tue 1 Sept 2026: contracted hours 22:30.", Theme.LIGHT)), outcomes);
        SettingsTimeline saved = diary.settingsTimeline();
        assertEquals(1, saved.changes().size(), "only the setting that changed is written");
        assertEquals(37 * 60, saved.on(FIRST_OF_SEPTEMBER.minusDays(1)).weeklyMinutes(), "the weeks before keep 37:00");
        assertEquals(22 * 60 + 30, saved.on(FIRST_OF_SEPTEMBER).weeklyMinutes());
        assertEquals("37:00 (the default) until Mon 31 Aug 2026, 22:30 from Tue 1 Sept 2026",
                saved.describe(FigureSetting.CONTRACT_HOURS));
    }

    @Test
    void valuesEqualToTheOnesInForceWriteNothing() {
        model.load(() -> { });
        model.contractHoursProperty().set("37");
        model.windowStartProperty().set("8");
        model.windowEndProperty().set("6pm");
        model.directTargetProperty().set("none");
        assertEquals(List.of(), model.changes());

        model.save(outcomes::add);

        assertEquals("Settings saved.", outcomes.get(0).message());
        assertEquals(List.of(), diary.settingsTimeline().changes());
    }

    @Test
    void aDatedValueAlreadyInForceOnTheChosenDateIsNotWrittenAgain() {
        diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "22:30", FIRST_OF_SEPTEMBER);
        model.load(() -> { });
        model.fromDateProperty().set(LocalDate.of(2026, 10, 5));
        model.contractHoursProperty().set("22:30");
        assertEquals(List.of(), model.changes());
        model.save(outcomes::add);
        assertEquals(1, diary.settingsTimeline().changes().size());
    }

    @Test
    void untouchedFieldsShowTheValuesInForceOnTheChosenDateAndEditedOnesKeepTheEdit() {
        diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "22:30", FIRST_OF_SEPTEMBER);
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "25%", FIRST_OF_SEPTEMBER);
        model.load(() -> { });
        assertEquals("37:00", model.contractHoursProperty().get(), "in force this week");
        assertEquals("", model.directTargetProperty().get());

        model.directTargetProperty().set("30%");
        model.fromDateProperty().set(LocalDate.of(2026, 10, 5));

        assertEquals("22:30", model.contractHoursProperty().get(), "untouched: follows the date");
        assertEquals("30%", model.directTargetProperty().get(), "edited: kept");
        assertEquals(List.of(new SettingsTimeline.Change(FigureSetting.DIRECT_TARGET, LocalDate.of(2026, 10, 5), "30%")),
                model.changes());
    }

    @Test
    void workingDaysAndATargetForEveryWeek() {
        model.load(() -> { });
        model.workingDayProperty(DayOfWeek.FRIDAY).set(false);
        model.directTargetProperty().set("30");
        assertEquals("For every week: working days Mon-Thu, direct-work target 30%.", model.pendingProperty().get());

        model.save(outcomes::add);

        SettingsTimeline saved = diary.settingsTimeline();
        assertEquals(List.of(new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, SettingsTimeline.BEGINNING, "Mon-Thu"),
                new SettingsTimeline.Change(FigureSetting.DIRECT_TARGET, SettingsTimeline.BEGINNING, "30%")), saved.changes());
        assertEquals(9 * 60 + 15, saved.on(MONDAY).dailyMinutes(DayOfWeek.MONDAY), "37:00 over four days is 9:15 a day");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            hours        | abc    | Contracted hours: "abc" is not a number of hours; write it like 37:00, 22:30 or 30
            hours        | 37:75  | Contracted hours: "37:75" has more than 59 minutes; write it like 37:30
            hours        | 120    | Contracted hours: "120" is more than 100 hours a week
            window-end   | 07:00  | Standard working window: "08:00-07:00" ends before it starts
            window-start | soon   | Standard working window: "soon-18:00" is not a window
            target       | 150%   | Direct-work target: "150%" is not between 1% and 100%
            target       | lots   | Direct-work target: "lots" is not a percentage; write it like 30% (or none)
            zone         | Mars/Base | Time zone: "Mars/Base" is not a time zone
            """)
    void aBadValueIsRefusedWithAMessageNamingTheField(String field, String value, String message) {
        model.load(() -> { });
        switch (field) {
            case "hours" -> model.contractHoursProperty().set(value);
            case "window-start" -> model.windowStartProperty().set(value);
            case "window-end" -> model.windowEndProperty().set(value);
            case "target" -> model.directTargetProperty().set(value);
            case "zone" -> model.zoneProperty().set(value);
            default -> throw new IllegalArgumentException(field);
        }
        assertTrue(model.problemProperty().get().startsWith(message), model.problemProperty().get());
        assertFalse(model.validProperty().get());
        model.save(outcomes::add);
        assertEquals(List.of(), outcomes, "Save does nothing while a field is wrong");
        assertEquals(List.of(), diary.settingsTimeline().changes());
    }

    @Test
    void noWorkingDayOrNoDateIsRefused() {
        model.load(() -> { });
        for (DayOfWeek day : DayOfWeek.values()) {
            model.workingDayProperty(day).set(false);
        }
        assertEquals("Working days: tick at least one day", model.problemProperty().get());
        model.workingDayProperty(DayOfWeek.MONDAY).set(true);
        assertTrue(model.validProperty().get());

        model.everyWeekProperty().set(false);
        model.fromDateProperty().set(null);
        assertEquals("Apply from: choose a date, or apply the changes to every week", model.problemProperty().get());
        assertFalse(model.validProperty().get());
    }

    @Test
    void theThemeIsSavedWithTheRest() {
        model.load(() -> { });
        assertEquals(Theme.LIGHT, model.themeProperty().get());
        model.themeProperty().set(Theme.HIGH_CONTRAST);
        model.save(outcomes::add);
        assertEquals(Theme.HIGH_CONTRAST, outcomes.get(0).theme());
        assertEquals(Theme.HIGH_CONTRAST, diary.theme());

        SettingsViewModel again = new SettingsViewModel(diary, CLOCK, SAME_THREAD, SAME_THREAD);
        again.load(() -> { });
        assertEquals(Theme.HIGH_CONTRAST, again.themeProperty().get());
    }
}
