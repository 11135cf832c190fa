package org.dwdiary.ui.week;

import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.dwdiary.ui.week.WeekViewModelTest.CLOCK;
import static org.dwdiary.ui.week.WeekViewModelTest.LONDON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The week's notes in the week view, without a toolkit: same-thread executors, a real diary file. */
class WeekNoteViewModelTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");
    private static final WeekId W11 = WeekId.parse("2026-W11");

    @TempDir Path folder;
    private Diary diary;
    private WeekViewModel week;
    private WeekNoteViewModel notes;
    /** Every diary call the view-models make, counted, then run at once. */
    private final List<Runnable> diaryCalls = new ArrayList<>();

    @BeforeEach
    void open() {
        diary = Diary.open(folder, CLOCK);
        Executor counted = work -> {
            diaryCalls.add(work);
            work.run();
        };
        week = new WeekViewModel(diary, LONDON, CLOCK, counted, Runnable::run);
        notes = week.notes();
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void showsTheWeeksNoteAndFollowsTheWeek() {
        diary.saveWeekNote(new WeekNote(W10, 18, "Two long visits", "Court report"));
        diary.saveWeekNote(new WeekNote(W11, null, "Zoë's review went well", ""));

        week.reload();

        assertTrue(notes.readyProperty().get());
        assertEquals(W10, notes.weekProperty().get());
        assertEquals("18", notes.caseloadProperty().get());
        assertEquals("Two long visits", notes.wentWellProperty().get());
        assertEquals("Court report", notes.gotInTheWayProperty().get());
        week.nextWeek();
        assertEquals(W11, notes.weekProperty().get());
        assertEquals("", notes.caseloadProperty().get());
        assertEquals("Zoë's review went well", notes.wentWellProperty().get());
        assertEquals("", notes.gotInTheWayProperty().get());
    }

    @Test
    void aChangedFieldIsSavedWhenLeftAndSaysSo() {
        week.reload();
        notes.caseloadProperty().set(" 18 ");
        notes.wentWellProperty().set("Café visit with Zoë's family");

        notes.save();

        assertEquals(new WeekNote(W10, 18, "Café visit with Zoë's family", ""), diary.weekNote(W10));
        assertEquals("Saved", notes.statusProperty().get());
        assertFalse(notes.statusIsErrorProperty().get());
    }

    @Test
    void nothingIsWrittenWhenNothingChanged() {
        diary.saveWeekNote(new WeekNote(W10, 18, "Two long visits", ""));
        week.reload();
        int callsAfterLoading = diaryCalls.size();

        notes.save();
        notes.wentWellProperty().set("Two long visits  "); // spaces at the end are not a change
        notes.save();
        week.nextWeek();

        assertEquals(callsAfterLoading + 2, diaryCalls.size(), "only the next week's blocks and note are read");
        assertEquals("", notes.statusProperty().get());
    }

    @Test
    void movingToAnotherWeekSavesTheWeekLeft() {
        week.reload();
        notes.gotInTheWayProperty().set("Three days of court");

        week.nextWeek();

        assertEquals(new WeekNote(W10, null, "", "Three days of court"), diary.weekNote(W10));
        assertEquals("Saved the notes for week 10", notes.statusProperty().get());
        assertEquals("", notes.gotInTheWayProperty().get(), "week 11 has no note");
        week.previousWeek();
        assertEquals("Three days of court", notes.gotInTheWayProperty().get());
    }

    @Test
    void aRefusedCaseloadIsNamedAndNotSavedWhileTheOtherFieldsAre() {
        diary.saveWeekNote(new WeekNote(W10, 18, "", ""));
        week.reload();
        notes.caseloadProperty().set("eighteen");
        notes.wentWellProperty().set("Good visits");

        notes.save();

        assertEquals(new WeekNote(W10, 18, "Good visits", ""), diary.weekNote(W10));
        assertTrue(notes.statusIsErrorProperty().get());
        assertEquals("Caseload \"eighteen\" is not a whole number from 0 to 999: not saved; the rest is saved",
                notes.statusProperty().get());
        assertTrue(notes.caseloadRefusedProperty().get());
        assertEquals("eighteen", notes.caseloadProperty().get(), "what was typed stays, to be put right");

        notes.caseloadProperty().set("19");
        notes.save();
        assertEquals(new WeekNote(W10, 19, "Good visits", ""), diary.weekNote(W10));
        assertEquals("Saved", notes.statusProperty().get());
        assertFalse(notes.caseloadRefusedProperty().get());
    }

    @Test
    void anOverlongReflectionIsNamedAndNotSaved() {
        week.reload();
        notes.gotInTheWayProperty().set("x".repeat(WeekNote.MAX_REFLECTION + 1));

        notes.save();

        assertTrue(diary.weekNotes(W10, W10).isEmpty());
        assertEquals("\"What got in the way of direct work?\" is 501 characters; keep it to 500: not saved",
                notes.statusProperty().get());
        assertTrue(notes.statusIsErrorProperty().get());
    }

    @Test
    void clearingEveryFieldRemovesTheNote() {
        diary.saveWeekNote(new WeekNote(W10, 18, "Visits", ""));
        week.reload();
        notes.caseloadProperty().set("");
        notes.wentWellProperty().set("");

        notes.save();

        assertTrue(diary.weekNotes(W10, W10).isEmpty());
    }

    @Test
    void aChangeFromTheCommandLineShowsOnReloadUnlessTheFieldsAreBeingEdited() {
        week.reload();
        diary.saveWeekNote(new WeekNote(W10, 20, "From the command line", ""));

        week.reload();
        assertEquals("20", notes.caseloadProperty().get());

        notes.wentWellProperty().set("Typing this now");
        diary.saveWeekNote(new WeekNote(W10, 21, "From the command line again", ""));
        week.reload();
        assertEquals("Typing this now", notes.wentWellProperty().get(), "the words being typed are not thrown away");
    }

    @Test
    void whileOneFieldIsBeingTypedTheOthersTakeTheCommandLinesChangeAndTheSaveKeepsBoth() {
        week.reload();
        notes.wentWellProperty().set("Two visits done");
        diary.saveWeekNote(new WeekNote(W10, 21, "", "Court report"));

        week.reload(); // as the window does when it sees the command line's change

        assertEquals("Two visits done", notes.wentWellProperty().get());
        assertEquals("21", notes.caseloadProperty().get());
        assertEquals("Court report", notes.gotInTheWayProperty().get());
        notes.save();
        assertEquals(new WeekNote(W10, 21, "Two visits done", "Court report"), diary.weekNote(W10),
                "neither the words typed nor the command line's change is lost");
    }

    @Test
    void aReadUnderWayWhenTheFieldIsLeftDoesNotPutTheOldWordsBack() {
        List<Runnable> queued = new ArrayList<>();
        WeekViewModel later = new WeekViewModel(diary, LONDON, CLOCK, queued::add, Runnable::run);
        WeekNoteViewModel laterNotes = later.notes();
        later.reload();
        runAll(queued);
        laterNotes.wentWellProperty().set("Typed before the read came back");

        later.reload(); // a read starts (the window saw a change elsewhere)…
        laterNotes.save(); // …and the field is left before it is done
        runAll(queued);

        assertEquals("Typed before the read came back", laterNotes.wentWellProperty().get());
        assertEquals("Typed before the read came back", diary.weekNote(W10).wentWell());
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }
}
