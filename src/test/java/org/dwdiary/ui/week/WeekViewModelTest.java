package org.dwdiary.ui.week;

import org.dwdiary.domain.Block;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    static Block block(String from, String to, WorkKind kind) {
        return Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, null, null);
    }
}
