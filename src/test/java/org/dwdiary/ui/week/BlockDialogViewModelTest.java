package org.dwdiary.ui.week;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockDialogViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final List<Activity> KNOWN = List.of(new Activity("Home visit", WorkKind.DIRECT),
            new Activity("Case notes", WorkKind.RECORDING));

    private BlockDialogViewModel newBlock() {
        return BlockDialogViewModel.forNew(LONDON, KNOWN, LocalDate.of(2026, 3, 2), LocalTime.of(9, 0), LocalTime.of(10, 30));
    }

    @Test
    void aNewBlockNeedsAKindBeforeItCanBeSaved() {
        BlockDialogViewModel model = newBlock();
        assertFalse(model.validProperty().get());
        assertTrue(model.problemProperty().get().startsWith("Kind:"));
        assertEquals("1:30", model.lengthTextProperty().get());
        model.chooseKind(WorkKind.TRAVEL);
        assertTrue(model.validProperty().get());
        assertEquals(90, model.result().minutes());
    }

    @Test
    void aKnownActivityFillsInItsKindUntilTheUserChoosesOne() {
        BlockDialogViewModel model = newBlock();
        model.activityProperty().set("home visit");
        assertEquals(WorkKind.DIRECT, model.kindProperty().get());
        model.chooseKind(WorkKind.MEETINGS);
        model.activityProperty().set("Case notes");
        assertEquals(WorkKind.MEETINGS, model.kindProperty().get(), "the user's choice wins");
        assertEquals(List.of("Home visit", "Case notes"), model.suggestions());
    }

    @Test
    void anEndBeforeTheStartRunsIntoTheNextDay() {
        BlockDialogViewModel model = newBlock();
        model.chooseKind(WorkKind.RECORDING);
        model.startProperty().set("22:00");
        model.endProperty().set("1:30");
        assertEquals("3:30, ends the next day", model.lengthTextProperty().get());
        assertEquals(210, model.result().minutes());
    }

    @Test
    void badInputNamesTheFieldAndGivesNoBlock() {
        BlockDialogViewModel model = newBlock();
        model.chooseKind(WorkKind.DIRECT);
        model.endProperty().set("half ten");
        assertFalse(model.validProperty().get());
        assertEquals("End: \"half ten\" is not a time of day; write it like 9:30, 14:00 or 2pm", model.problemProperty().get());
        assertNull(model.result());
        model.endProperty().set("9:00");
        assertTrue(model.problemProperty().get().contains("no length"), model.problemProperty().get());
        model.dateProperty().set(LocalDate.of(2026, 3, 29));
        model.startProperty().set("1:30");
        model.endProperty().set("2:00");
        assertTrue(model.problemProperty().get().contains("does not exist in Europe/London"), model.problemProperty().get());
    }

    @Test
    void editingKeepsTheBlocksIdAndKind() {
        Block block = new Block(42, LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(LONDON).toInstant(),
                LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(LONDON).toInstant(), LONDON, WorkKind.MEETINGS,
                "Home visit", "ran over");
        BlockDialogViewModel model = BlockDialogViewModel.forEdit(LONDON, KNOWN, block);
        assertEquals("Edit block", model.title());
        assertEquals("09:00", model.startProperty().get());
        model.activityProperty().set("Home visit ");
        assertEquals(WorkKind.MEETINGS, model.kindProperty().get());
        model.endProperty().set("10:15");
        assertEquals(42, model.result().id());
        assertEquals("ran over", model.result().note());
        assertEquals(75, model.result().minutes());
    }
}
