package org.dwdiary.ui.week;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The week screen's logic without a toolkit: same-thread executors, a real diary file. */
class WeekViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path folder;
    Diary diary;
    WeekViewModel model;
    final List<OverlapException> clashes = new ArrayList<>();

    @BeforeEach
    void open() {
        diary = Diary.open(folder, CLOCK);
        model = new WeekViewModel(diary, LONDON, CLOCK, SAME_THREAD, SAME_THREAD);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void opensOnTheCurrentIsoWeek() {
        assertEquals(WeekId.parse("2026-W10"), model.weekProperty().get());
        assertEquals("Week 10 · Mon 2 Mar – Sun 8 Mar 2026", model.weekTitle());
    }

    @Test
    void navigatesAndShowsEachWeeksBlocks() {
        diary.add(block("2026-03-10T09:00", "2026-03-10T10:00", WorkKind.DIRECT), RecordedVia.CLI);
        model.reload();
        assertTrue(model.blocksProperty().get().isEmpty());
        model.nextWeek();
        assertEquals(1, model.blocksProperty().get().size());
        assertEquals(60, model.summaryProperty().get().minutes(WorkKind.DIRECT));
        model.thisWeek();
        assertEquals(WeekId.parse("2026-W10"), model.weekProperty().get());
        assertTrue(model.blocksProperty().get().isEmpty());
    }

    @Test
    void undoesAndRedoesAtLeastTheLastTwentyActions() {
        for (int i = 0; i < 25; i++) {
            LocalDateTime start = LocalDateTime.parse("2026-03-02T06:00").plusMinutes(30L * i);
            model.apply(DiaryChange.add(Block.create(start.atZone(LONDON).toInstant(),
                    start.plusMinutes(30).atZone(LONDON).toInstant(), LONDON, WorkKind.RECORDING, "Case notes", null)),
                    clashes::add);
        }
        assertEquals(25, diary.count());
        for (int i = 0; i < 25; i++) {
            model.undo();
        }
        assertEquals(0, diary.count());
        assertFalse(model.canUndoProperty().get());
        for (int i = 0; i < 25; i++) {
            model.redo();
        }
        assertEquals(25, diary.count());
        assertTrue(clashes.isEmpty());
    }

    @Test
    void undoOfAnEditRestoresTheOldTimesAndANewActionClearsRedo() {
        Block original = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT), RecordedVia.CLI);
        Block longer = original.withTimes(original.start(), original.end().plusSeconds(1800));
        model.apply(DiaryChange.edit(original, longer), clashes::add);
        assertEquals(90, diary.find(original.id()).orElseThrow().minutes());
        model.undo();
        assertEquals(60, diary.find(original.id()).orElseThrow().minutes());
        assertTrue(model.canRedoProperty().get());
        assertEquals("Redo edit \"Direct work\"", model.redoTextProperty().get());

        model.apply(DiaryChange.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL)), clashes::add);
        assertFalse(model.canRedoProperty().get(), "a new action ends the redo chain");
    }

    @Test
    void deletingTheSelectedBlockCanBeUndone() {
        Block block = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT), RecordedVia.CLI);
        model.reload();
        model.selectedProperty().set(block);
        model.deleteSelected();
        assertEquals(0, diary.count());
        assertNull(model.selectedProperty().get());
        model.undo();
        assertEquals(block, diary.find(block.id()).orElseThrow(), "the same block, with its id, comes back");
    }

    @Test
    void anOverlapOffersToShortenEitherBlock() {
        Block existing = diary.add(block("2026-03-02T09:00", "2026-03-02T11:00", WorkKind.RECORDING), RecordedVia.CLI);
        model.apply(DiaryChange.add(block("2026-03-02T10:00", "2026-03-02T12:00", WorkKind.DIRECT)), clashes::add);
        assertEquals(1, clashes.size());
        assertTrue(clashes.get(0).getMessage().contains("09:00–11:00"), clashes.get(0).getMessage());

        List<ClashChoice> choices = model.clashChoices(clashes.get(0), null);
        assertEquals(List.of("Shorten this block to 11:00–12:00", "Shorten \"Recording\" to make room"),
                choices.stream().map(ClashChoice::label).toList());

        model.apply(choices.get(1).change(), clashes::add);
        assertEquals(60, diary.find(existing.id()).orElseThrow().minutes(), "the recording now ends at 10:00");
        assertEquals(2, diary.count());
        model.undo();
        assertEquals(1, diary.count(), "one undo takes back the trim and the add together");
        assertEquals(120, diary.find(existing.id()).orElseThrow().minutes());
    }

    @Test
    void aFailedUndoIsReportedAndForgotten() {
        model.apply(DiaryChange.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT)), clashes::add);
        Block added = model.selectedProperty().get();
        assertNotNull(added);
        // The CLI deletes it behind the window's back.
        diary.apply(DiaryChange.delete(added), RecordedVia.CLI);
        model.undo();
        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Cannot undo add \"Direct work\""), model.messageProperty().get());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void markingADayKeepsTheMarkInTheWeekAndTakesItsShareOffTheContract() {
        model.reload();
        assertEquals(37 * 60, model.figuresProperty().get().contractMinutes());
        assertTrue(model.marksProperty().get().isEmpty());
        model.mark(new DayMark(MONDAY, DayMark.Kind.LEAVE, false));
        assertEquals(List.of(new DayMark(MONDAY, DayMark.Kind.LEAVE, false)), model.marksProperty().get());
        assertEquals(Optional.of(new DayMark(MONDAY, DayMark.Kind.LEAVE, false)), model.markOn(MONDAY));
        assertEquals(Optional.empty(), model.markOn(MONDAY.plusDays(1)));
        assertEquals(29 * 60 + 36, model.figuresProperty().get().contractMinutes(), "37:00 less 7:24");
        assertEquals(7 * 60 + 24, model.figuresProperty().get().markedMinutes());
        assertEquals("Marked Mon 2 Mar 2026: Annual leave. Undo with Ctrl+Z.", model.messageProperty().get());
        assertEquals("Undo mark Mon 2 Mar: Annual leave", model.undoTextProperty().get());

        model.mark(new DayMark(MONDAY, DayMark.Kind.SICK, true));
        assertEquals(33 * 60 + 18, model.figuresProperty().get().contractMinutes(), "a half day replaces the whole one");
        assertEquals("Undo mark Mon 2 Mar: Sickness (half day), was Annual leave", model.undoTextProperty().get());
    }

    @Test
    void aMarkIsOneUndoableActionAmongTheBlocks() {
        model.apply(DiaryChange.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT)), clashes::add);
        model.mark(new DayMark(MONDAY, DayMark.Kind.TOIL, true));
        model.unmark(MONDAY);
        assertTrue(diary.marks(MONDAY, MONDAY).isEmpty());
        assertEquals("Removed TOIL taken (half day) from Mon 2 Mar 2026. Undo with Ctrl+Z.", model.messageProperty().get());

        model.undo();
        assertEquals(List.of(new DayMark(MONDAY, DayMark.Kind.TOIL, true)), diary.marks(MONDAY, MONDAY));
        assertEquals("Undone: remove TOIL taken (half day) from Mon 2 Mar. Redo with Ctrl+Y.", model.messageProperty().get());
        model.undo();
        assertTrue(diary.marks(MONDAY, MONDAY).isEmpty(), "the mark was new: undoing it leaves no mark");
        assertEquals(37 * 60, model.figuresProperty().get().contractMinutes());
        model.undo();
        assertEquals(0, diary.count(), "then the block before it");

        model.redo();
        model.redo();
        assertEquals(1, diary.count());
        assertEquals(List.of(new DayMark(MONDAY, DayMark.Kind.TOIL, true)), diary.marks(MONDAY, MONDAY));
        assertEquals(33 * 60 + 18, model.figuresProperty().get().contractMinutes());
    }

    @Test
    void theSameMarkAgainChangesNothingAndAddsNothingToUndo() {
        model.mark(new DayMark(MONDAY, DayMark.Kind.HOLIDAY, false));
        model.mark(new DayMark(MONDAY, DayMark.Kind.HOLIDAY, false));
        assertEquals("Mon 2 Mar 2026 is already marked: Bank holiday.", model.messageProperty().get());
        model.unmark(MONDAY.plusDays(1));
        assertEquals("Tue 3 Mar 2026 has no mark to remove.", model.messageProperty().get());
        model.undo();
        assertFalse(model.canUndoProperty().get(), "one action only: the first mark");
        assertEquals(2, diary.history(HistoryEntry.markSubject(MONDAY)).size(), "added, then taken off by undo");
    }

    @Test
    void undoDoesNotOverwriteAMarkChangedElsewhere() {
        model.mark(new DayMark(MONDAY, DayMark.Kind.LEAVE, false));
        diary.mark(new DayMark(MONDAY, DayMark.Kind.SICK, false), RecordedVia.CLI); // the command line, meanwhile
        model.undo();
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals("Cannot undo mark Mon 2 Mar: Annual leave: the mark on Mon 2 Mar 2026 was changed elsewhere since; "
                + "nothing was changed", model.messageProperty().get());
        assertEquals(List.of(new DayMark(MONDAY, DayMark.Kind.SICK, false)), diary.marks(MONDAY, MONDAY));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void markingADayInAnotherWeekShowsThatWeek() {
        LocalDate later = LocalDate.of(2026, 3, 20);
        model.mark(new DayMark(later, DayMark.Kind.LEAVE, false));
        assertEquals(WeekId.parse("2026-W12"), model.weekProperty().get());
        assertEquals(Optional.of(new DayMark(later, DayMark.Kind.LEAVE, false)), model.markOn(later));
        model.thisWeek();
        assertTrue(model.marksProperty().get().isEmpty());
        model.undo();
        assertEquals(WeekId.parse("2026-W12"), model.weekProperty().get(), "undo shows the week it changes");
        assertTrue(model.marksProperty().get().isEmpty());
    }

    @Test
    void looksUpADaysMarkInTheShownWeekOrInTheDiary() {
        diary.mark(new DayMark(LocalDate.of(2026, 4, 1), DayMark.Kind.SICK, true), RecordedVia.CLI);
        List<Optional<DayMark>> found = new ArrayList<>();
        model.lookUpMark(LocalDate.of(2026, 4, 1), found::add);
        model.lookUpMark(MONDAY, found::add);
        assertEquals(List.of(Optional.of(new DayMark(LocalDate.of(2026, 4, 1), DayMark.Kind.SICK, true)), Optional.empty()),
                found);
    }

    @Test
    void aReloadTellsItsListenersButMovingBetweenWeeksDoesNot() {
        List<String> told = new ArrayList<>();
        model.onReload(() -> told.add("reload"));
        model.nextWeek();
        model.previousWeek();
        model.thisWeek();
        assertTrue(told.isEmpty());
        model.reload();
        model.apply(DiaryChange.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT)), clashes::add);
        model.mark(new DayMark(MONDAY, DayMark.Kind.LEAVE, false));
        assertEquals(3, told.size(), "F5, a block added, a day marked");
    }

    @Test
    void aBlocksHistoryIsReadForTheDialog() {
        model.apply(DiaryChange.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT)), clashes::add);
        Block added = model.selectedProperty().get();
        List<List<HistoryEntry>> read = new ArrayList<>();
        model.loadHistory(added, read::add);
        assertEquals(1, read.size());
        assertEquals(List.of("add"), read.get(0).stream().map(HistoryEntry::action).toList());
        assertEquals("gui", read.get(0).get(0).via());
    }

    @Test
    void aDaysTagSaysHalfWithASymbol() {
        assertEquals("Annual leave", WeekViewModel.markTag(new DayMark(MONDAY, DayMark.Kind.LEAVE, false)));
        assertEquals("½ TOIL taken", WeekViewModel.markTag(new DayMark(MONDAY, DayMark.Kind.TOIL, true)));
    }

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static Block block(String from, String to, WorkKind kind) {
        return Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, null, null);
    }
}
