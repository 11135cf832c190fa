package org.dwdiary.ui.week;

import org.dwdiary.domain.DayMark;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edit ▸ Mark day without a toolkit: the marks are looked up in a map, at once. */
class MarkDialogViewModelTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    final Map<LocalDate, DayMark> marks = new HashMap<>();

    MarkDialogViewModel dialog(LocalDate day) {
        return new MarkDialogViewModel(day, (LocalDate date, Consumer<Optional<DayMark>> show) ->
                show.accept(Optional.ofNullable(marks.get(date))));
    }

    @Test
    void anUnmarkedDayStartsAsAWholeDayOfAnnualLeave() {
        MarkDialogViewModel model = dialog(MONDAY);
        assertEquals("Mon 2 Mar 2026 has no mark.", model.currentTextProperty().get());
        assertEquals(DayMark.Kind.LEAVE, model.kindProperty().get());
        assertFalse(model.halfProperty().get());
        assertTrue(model.validProperty().get());
        assertEquals(new MarkDialogViewModel.Choice(MONDAY, new DayMark(MONDAY, DayMark.Kind.LEAVE, false)), model.result());
    }

    @Test
    void aMarkedDayStartsFromItsMarkAndRefusesToSaveItUnchanged() {
        marks.put(MONDAY, new DayMark(MONDAY, DayMark.Kind.SICK, true));
        MarkDialogViewModel model = dialog(MONDAY);
        assertEquals("Mon 2 Mar 2026 is marked: Sickness (half day).", model.currentTextProperty().get());
        assertEquals(DayMark.Kind.SICK, model.kindProperty().get());
        assertTrue(model.halfProperty().get());
        assertFalse(model.validProperty().get());
        assertEquals("Mon 2 Mar 2026 is already marked: Sickness (half day).", model.problemProperty().get());

        model.halfProperty().set(false);
        assertTrue(model.validProperty().get(), "a whole day instead of a half");
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void noMarkTakesTheDaysMarkOffButOnlyWhenItHasOne() {
        marks.put(MONDAY, new DayMark(MONDAY, DayMark.Kind.HOLIDAY, false));
        MarkDialogViewModel model = dialog(MONDAY);
        model.kindProperty().set(null);
        assertTrue(model.validProperty().get());
        assertNull(model.result().mark());
        assertEquals(MONDAY, model.result().day());

        model.dateProperty().set(TUESDAY);
        assertFalse(model.validProperty().get());
        assertEquals("Tue 3 Mar 2026 has no mark to remove.", model.problemProperty().get());
    }

    @Test
    void anotherDateKeepsTheChoiceAndSaysWhatThatDayHas() {
        marks.put(TUESDAY, new DayMark(TUESDAY, DayMark.Kind.LEAVE, false));
        MarkDialogViewModel model = dialog(MONDAY);
        model.kindProperty().set(DayMark.Kind.TOIL);
        model.halfProperty().set(true);
        model.dateProperty().set(TUESDAY);
        assertEquals("Tue 3 Mar 2026 is marked: Annual leave.", model.currentTextProperty().get());
        assertEquals(DayMark.Kind.TOIL, model.kindProperty().get(), "the user's choice is not reset");
        assertEquals(new DayMark(TUESDAY, DayMark.Kind.TOIL, true), model.result().mark());

        model.dateProperty().set(null);
        assertFalse(model.validProperty().get());
        assertEquals("Choose a date.", model.problemProperty().get());
    }

    @Test
    void cannotBeSavedUntilTheDaysMarkHasBeenRead() {
        Consumer<Optional<DayMark>>[] pending = new Consumer[1];
        MarkDialogViewModel model = new MarkDialogViewModel(MONDAY, (date, show) -> pending[0] = show);
        assertFalse(model.validProperty().get(), "the diary has not answered yet");
        pending[0].accept(Optional.empty());
        assertTrue(model.validProperty().get());
    }
}
