package org.dwdiary.store;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.at;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User actions as changes: all or nothing, and each one undone by applying its inverse. */
class DiaryChangeTest {
    @TempDir Path dir;
    private Diary diary;

    @BeforeEach
    void open() {
        diary = Diary.open(dir, CLOCK);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void addReturnsTheBlockWithItsNewId() {
        Block added = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);

        assertTrue(added.isStored());
        assertEquals(Optional.of(added), diary.find(added.id()));
        assertEquals(1, diary.count());
    }

    @Test
    void undoOfAnAddTakesTheBlockOutAgain() {
        DiaryChange applied = diary.apply(DiaryChange.add(
                block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit")), RecordedVia.GUI);

        diary.apply(applied.inverse(), RecordedVia.GUI);

        assertEquals(List.of(), diary.all());
        assertEquals(0, diary.count());
    }

    @Test
    void undoOfAnEditRestoresTheOldTimesUnderTheSameId() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        Block moved = new Block(visit.id(), at("2026-03-02T13:00"), at("2026-03-02T14:30"), visit.zone(),
                WorkKind.MEETINGS, "Strategy discussion", "by video");
        DiaryChange applied = diary.apply(DiaryChange.edit(visit, moved), RecordedVia.GUI);
        assertEquals(List.of(moved), diary.all());

        diary.apply(applied.inverse(), RecordedVia.GUI);

        assertEquals(List.of(visit), diary.all());
    }

    @Test
    void undoOfADeleteBringsTheBlockBackWithItsId() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        Block other = diary.add(block("2026-03-02T11:00", "2026-03-02T12:00", WorkKind.RECORDING, "Case notes"),
                RecordedVia.GUI);
        DiaryChange applied = diary.apply(DiaryChange.delete(visit), RecordedVia.GUI);
        assertEquals(List.of(other), diary.all());

        diary.apply(applied.inverse(), RecordedVia.GUI);

        assertEquals(List.of(visit, other), diary.all());
        assertEquals(Optional.of(visit), diary.find(visit.id()));
    }

    @Test
    void redoAfterUndoOfAnAddKeepsTheSameId() {
        DiaryChange applied = diary.apply(DiaryChange.add(
                block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit")), RecordedVia.GUI);
        DiaryChange undone = diary.apply(applied.inverse(), RecordedVia.GUI);

        diary.apply(undone.inverse(), RecordedVia.GUI);

        assertEquals(applied.added(), diary.all());
    }

    @Test
    void undoIsRefusedWhenItWouldOverlapABlockAddedSince() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        DiaryChange deleted = diary.apply(DiaryChange.delete(visit), RecordedVia.GUI);
        Block since = diary.add(block("2026-03-02T09:30", "2026-03-02T10:30", WorkKind.RECORDING, "Emails"),
                RecordedVia.CLI);

        assertThrows(OverlapException.class, () -> diary.apply(deleted.inverse(), RecordedVia.GUI));

        assertEquals(List.of(since), diary.all());
    }

    @Test
    void changeRemovingABlockThatIsNoLongerThereIsRefused() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        diary.apply(DiaryChange.delete(visit), RecordedVia.CLI);
        Block newcomer = block("2026-03-02T12:00", "2026-03-02T13:00", WorkKind.TRAVEL, "Drive");

        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> diary.apply(
                new DiaryChange("replace", List.of(visit), List.of(newcomer)), RecordedVia.GUI));

        assertTrue(refused.getMessage().contains("no longer in the diary"), refused.getMessage());
        assertEquals(List.of(), diary.all(), "the block put in alongside was not added either");
    }

    @Test
    void bringingBackABlockThatIsAlreadyBackIsRefused() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        DiaryChange deleted = diary.apply(DiaryChange.delete(visit), RecordedVia.GUI);
        diary.apply(deleted.inverse(), RecordedVia.GUI);

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.apply(deleted.inverse(), RecordedVia.GUI));

        assertTrue(refused.getMessage().contains("is already in the diary"), refused.getMessage());
        assertEquals(List.of(visit), diary.all());
    }

    @Test
    void editOfABlockDeletedElsewhereIsRefused() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        diary.apply(DiaryChange.delete(visit), RecordedVia.CLI);

        assertThrows(InputRefusedException.class, () -> diary.apply(
                DiaryChange.edit(visit, visit.withTimes(at("2026-03-02T09:00"), at("2026-03-02T11:00"))),
                RecordedVia.GUI));

        assertEquals(List.of(), diary.all());
    }

    @Test
    void refusedChangeLeavesEveryBlockAsItWas() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T11:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        Block meeting = diary.add(block("2026-03-02T12:00", "2026-03-02T13:00", WorkKind.MEETINGS, "Team meeting"),
                RecordedVia.GUI);
        List<Activity> activitiesBefore = diary.activities();
        // Shorten the visit to make room for notes at 10:00, but the notes run on into the meeting.
        Block shortened = visit.withTimes(at("2026-03-02T09:00"), at("2026-03-02T10:00"));
        Block notes = block("2026-03-02T10:00", "2026-03-02T12:30", WorkKind.RECORDING, "Case notes");
        DiaryChange change = new DiaryChange("add notes and shorten the visit", List.of(visit), List.of(shortened, notes));

        OverlapException refused = assertThrows(OverlapException.class, () -> diary.apply(change, RecordedVia.GUI));

        assertEquals(List.of(meeting), refused.clashes());
        assertEquals(List.of(visit, meeting), diary.all(), "the visit keeps its old end: nothing half-written");
        assertEquals(activitiesBefore, diary.activities(), "the refused activity is not remembered");
        assertEquals(Optional.empty(), diary.kindOf("Case notes"));
    }

    @Test
    void importWithOneBadRowAddsNothing() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        ImportBatch batch = new ImportBatch("work.csv", List.of(
                new ImportRow(2, block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.RECORDING, "Case notes")),
                new ImportRow(3, block("2026-03-02T09:30", "2026-03-02T10:30", WorkKind.TRAVEL, "Drive")),
                new ImportRow(4, block("2026-03-04T09:00", "2026-03-04T10:00", WorkKind.MEETINGS, "Panel"))),
                List.of());

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importBatch(batch, RecordedVia.IMPORT));

        assertTrue(refused.getMessage().startsWith("Nothing was imported from work.csv: 1 line has a problem."),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("line 3: overlaps \"Home visit\""), refused.getMessage());
        assertEquals(List.of(visit), diary.all());
        assertEquals(Optional.empty(), diary.kindOf("Panel"));
    }

    @Test
    void importWithAProblemFoundWhileReadingAddsNothing() {
        ImportBatch batch = new ImportBatch("work.csv", List.of(
                new ImportRow(2, block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.RECORDING, "Case notes"))),
                List.of(new LineProblem(3, "kind \"lunch\" is not one of direct, recording, travel or meetings")));

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importBatch(batch, RecordedVia.IMPORT));

        assertTrue(refused.getMessage().contains("line 3: kind \"lunch\""), refused.getMessage());
        assertEquals(0, diary.count());
    }

    @Test
    void goodImportAddsEveryRowWithNewIds() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                RecordedVia.GUI);
        ImportBatch batch = new ImportBatch("work.csv", List.of(
                new ImportRow(2, block("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.RECORDING, "Case notes")),
                new ImportRow(3, block("2026-03-02T11:00", "2026-03-02T11:30", WorkKind.TRAVEL, "Drive"))),
                List.of());

        assertEquals(2, diary.importBatch(batch, RecordedVia.IMPORT));

        List<Block> all = diary.all();
        assertEquals(3, all.size());
        assertEquals(visit, all.get(0));
        assertNotEquals(all.get(1).id(), all.get(2).id());
        assertEquals(Optional.of(WorkKind.TRAVEL), diary.kindOf("Drive"));
    }
}
