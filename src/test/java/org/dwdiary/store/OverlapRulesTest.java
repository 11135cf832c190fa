package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.at;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks never overlap: the diary refuses any add or edit that would make two share a minute. */
class OverlapRulesTest {
    @TempDir Path dir;
    private Diary diary;
    private Block visit;

    @BeforeEach
    void openDiaryWithAVisit() {
        diary = Diary.open(dir, CLOCK);
        visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void addOverlappingABlockIsRefusedNamingTheClash() {
        Block notes = block("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.RECORDING, "Case notes");

        OverlapException refused = assertThrows(OverlapException.class, () -> diary.add(notes, RecordedVia.GUI));

        assertEquals(List.of(visit), refused.clashes());
        assertTrue(refused.getMessage().contains("\"Home visit\", Mon 2 Mar 2026 09:00–10:30"), refused.getMessage());
        assertEquals(List.of(visit), diary.all());
    }

    @Test
    void addInsideABlockAndAroundABlockAreBothRefused() {
        assertThrows(OverlapException.class, () -> diary.add(
                block("2026-03-02T09:30", "2026-03-02T09:45", WorkKind.RECORDING, "Call"), RecordedVia.GUI));
        assertThrows(OverlapException.class, () -> diary.add(
                block("2026-03-02T08:00", "2026-03-02T12:00", WorkKind.RECORDING, "Emails"), RecordedVia.GUI));
        assertEquals(List.of(visit), diary.all());
    }

    @Test
    void overlapWithSeveralBlocksNamesEveryOne() {
        Block travel = diary.add(block("2026-03-02T10:30", "2026-03-02T11:00", WorkKind.TRAVEL, "Drive back"),
                RecordedVia.GUI);

        OverlapException refused = assertThrows(OverlapException.class, () -> diary.add(
                block("2026-03-02T10:00", "2026-03-02T10:45", WorkKind.RECORDING, "Emails"), RecordedVia.GUI));

        assertEquals(List.of(visit, travel), refused.clashes());
        assertTrue(refused.getMessage().contains("Drive back"), refused.getMessage());
    }

    @Test
    void blocksThatOnlyTouchAreAllowed() {
        Block before = diary.add(block("2026-03-02T08:30", "2026-03-02T09:00", WorkKind.TRAVEL, "Drive"), RecordedVia.GUI);
        Block after = diary.add(block("2026-03-02T10:30", "2026-03-02T11:00", WorkKind.TRAVEL, "Drive back"),
                RecordedVia.GUI);

        assertEquals(List.of(before, visit, after), diary.all());
    }

    @Test
    void overnightBlockClashesWithABlockNextMorning() {
        Block late = diary.add(block("2026-03-02T22:00", "2026-03-03T01:30", WorkKind.RECORDING, "Court statement"),
                RecordedVia.GUI);

        OverlapException refused = assertThrows(OverlapException.class, () -> diary.add(
                block("2026-03-03T01:00", "2026-03-03T02:00", WorkKind.RECORDING, "Emails"), RecordedVia.GUI));

        assertEquals(List.of(late), refused.clashes());
    }

    @Test
    void editThatRunsIntoAnotherBlockIsRefusedAndChangesNothing() {
        Block notes = diary.add(block("2026-03-02T11:00", "2026-03-02T12:00", WorkKind.RECORDING, "Case notes"),
                RecordedVia.GUI);
        Block earlier = notes.withTimes(at("2026-03-02T10:00"), at("2026-03-02T12:00"));

        OverlapException refused = assertThrows(OverlapException.class,
                () -> diary.apply(DiaryChange.edit(notes, earlier), RecordedVia.GUI));

        assertEquals(List.of(visit), refused.clashes());
        assertEquals(List.of(visit, notes), diary.all());
    }

    @Test
    void editThatOverlapsOnlyItsOwnOldTimesIsAllowed() {
        Block longer = visit.withTimes(at("2026-03-02T09:15"), at("2026-03-02T11:00"));

        DiaryChange applied = diary.apply(DiaryChange.edit(visit, longer), RecordedVia.GUI);

        assertEquals(List.of(longer), applied.added());
        assertEquals(List.of(longer), diary.all());
        assertEquals(visit.id(), diary.all().get(0).id());
    }

    @Test
    void deletedBlockNoLongerClashes() {
        diary.apply(DiaryChange.delete(visit), RecordedVia.GUI);

        Block notes = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.RECORDING, "Case notes"),
                RecordedVia.GUI);

        assertEquals(List.of(notes), diary.all());
    }
}
