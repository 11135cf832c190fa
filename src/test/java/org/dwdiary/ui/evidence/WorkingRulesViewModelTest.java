package org.dwdiary.ui.evidence;

import org.dwdiary.domain.WorkingRules;
import org.dwdiary.domain.WorkingRules.Key;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.dwdiary.ui.evidence.EvidenceViewModelTest.CLOCK;
import static org.dwdiary.ui.evidence.EvidenceViewModelTest.SAME_THREAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The working rules dialog's fields, checked as the command line checks them, and saved off the FX thread. */
class WorkingRulesViewModelTest {
    @TempDir Path folder;
    Diary diary;
    WorkingRulesViewModel model;
    final List<WorkingRulesViewModel.Outcome> outcomes = new ArrayList<>();

    @BeforeEach
    void open() {
        diary = Diary.open(folder, CLOCK);
        model = new WorkingRulesViewModel(diary, diary.workingRules(), Optional.of(LocalDate.of(2026, 2, 9)), SAME_THREAD, SAME_THREAD);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void startsFromTheRulesInForceWithNothingToSave() {
        assertFalse(model.optedOutProperty().get());
        assertFalse(model.fortnightlyRestProperty().get());
        assertEquals("23:00", model.nightStartProperty().get());
        assertEquals("06:00", model.nightEndProperty().get());
        assertEquals(WorkingRules.Scheme.FLEXI, model.schemeProperty().get());
        assertTrue(model.fromFirstDayProperty().get());
        assertEquals(LocalDate.of(2026, 2, 9), model.balanceFromProperty().get(), "the date picker offers the first block's day");
        assertEquals("your first block (Mon 9 Feb 2026)", model.firstDayText());
        assertEquals("4", model.flexiWeeksProperty().get());
        assertEquals("10:00", model.creditLimitProperty().get());
        assertEquals("5:00", model.debitLimitProperty().get());
        assertTrue(model.validProperty().get());
        assertEquals(Map.of(), model.changes());
        assertEquals("", model.pendingProperty().get());
    }

    @Test
    void savesOnlyTheRulesThatChanged() {
        model.optedOutProperty().set(true);
        model.fortnightlyRestProperty().set(true);
        model.nightStartProperty().set("22:00");
        model.schemeProperty().set(WorkingRules.Scheme.TOIL);
        model.fromFirstDayProperty().set(false);
        model.balanceFromProperty().set(LocalDate.of(2026, 3, 2));
        model.creditLimitProperty().set("12");

        assertEquals("Opted out of the 48-hour average: yes; weekly rest: 14; night time: 22:00-06:00; overtime scheme: toil; "
                + "balances count from: 2026-03-02; most hours over carried: 12:00.", model.pendingProperty().get());
        model.save(outcomes::add);

        assertEquals(List.of(new WorkingRulesViewModel.Outcome(true, "Working rules saved. " + model.pendingProperty().get())), outcomes);
        WorkingRules saved = diary.workingRules();
        assertEquals(new WorkingRules(true, true, LocalTime.of(22, 0), LocalTime.of(6, 0), WorkingRules.Scheme.TOIL,
                LocalDate.of(2026, 3, 2), 4, 12 * 60, 5 * 60), saved);
    }

    @Test
    void countingFromTheFirstBlockAgainClearsTheDate() {
        diary.setWorkingRule(Key.BALANCE_FROM, "2026-03-02");
        WorkingRulesViewModel dated = new WorkingRulesViewModel(diary, diary.workingRules(), Optional.empty(), SAME_THREAD, SAME_THREAD);
        assertFalse(dated.fromFirstDayProperty().get());
        assertEquals(LocalDate.of(2026, 3, 2), dated.balanceFromProperty().get());

        dated.fromFirstDayProperty().set(true);
        dated.save(outcomes::add);

        assertEquals("Working rules saved. Balances count from: start.", outcomes.get(0).message());
        assertEquals(null, diary.workingRules().balanceFrom());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            night start  | 25:00 | Night time: "25:00-06:00" is not a span of night:
            night end    | 23:00 | Night time: "23:00-23:00" has no length
            flexi period | 0     | Flexi period: "0" is not from 1 to 52 weeks
            flexi period | four  | Flexi period: "four" is not a number of weeks, e.g. 4
            credit       | lots  | Most hours over carried: "lots" is not a number of hours; write it like 10:00 or 12
            debit        | -3    | Most hours under carried: "-3" is not a number of hours; write it like 10:00 or 12
            """)
    void aValueThatCannotBeReadIsRefusedNamingItsField(String field, String typed, String message) {
        switch (field) {
            case "night start" -> model.nightStartProperty().set(typed);
            case "night end" -> model.nightEndProperty().set(typed);
            case "flexi period" -> model.flexiWeeksProperty().set(typed);
            case "credit" -> model.creditLimitProperty().set(typed);
            default -> model.debitLimitProperty().set(typed);
        }

        assertFalse(model.validProperty().get());
        assertTrue(model.problemProperty().get().startsWith(message), model.problemProperty().get());
        model.save(outcomes::add);
        assertTrue(outcomes.isEmpty(), "nothing saved");
        assertEquals(WorkingRules.DEFAULT, diary.workingRules());
    }

    @Test
    void aBalanceStartNeedsADate() {
        WorkingRulesViewModel empty = new WorkingRulesViewModel(diary, diary.workingRules(), Optional.empty(), SAME_THREAD, SAME_THREAD);
        empty.fromFirstDayProperty().set(false);

        assertFalse(empty.validProperty().get());
        assertEquals("Balances count from: choose a date, or count from your first block", empty.problemProperty().get());
        assertEquals("your first block (none yet)", empty.firstDayText());
    }

    @Test
    void theFlexiFieldsApplyOnlyToFlexiTime() {
        assertTrue(model.flexiProperty().get());
        model.schemeProperty().set(WorkingRules.Scheme.PAID);
        assertFalse(model.flexiProperty().get());
    }
}
