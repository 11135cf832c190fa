package org.dwdiary.store;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A week's caseload and reflections are kept in the diary file, one note a week. */
class WeekNoteStoreTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");

    @TempDir Path folder;

    @Test
    void aNoteSurvivesClosingTheDiaryAndReplacesTheWeeksEarlierNote() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.saveWeekNote(new WeekNote(W10, 18, "Two good visits", "Court report"));
            diary.saveWeekNote(new WeekNote(W10, 19, "Two good visits — café with Zoë's team", "Court report"));
        }
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(new WeekNote(W10, 19, "Two good visits — café with Zoë's team", "Court report"), diary.weekNote(W10));
            assertEquals(WeekNote.empty(W10.plusWeeks(1)), diary.weekNote(W10.plusWeeks(1)));
        }
    }

    @Test
    void notesOfARunOfWeeksComeInWeekOrderAcrossTheYearEnd() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.saveWeekNote(new WeekNote(WeekId.parse("2027-W01"), 20, "", ""));
            diary.saveWeekNote(new WeekNote(WeekId.parse("2026-W53"), 21, "", ""));
            diary.saveWeekNote(new WeekNote(WeekId.parse("2026-W09"), 17, "", ""));
            List<WeekNote> notes = diary.weekNotes(W10, WeekId.parse("2027-W01"));
            assertEquals(List.of(21, 20), notes.stream().map(WeekNote::caseload).toList());
        }
    }

    @Test
    void aNoteWithoutACaseloadKeepsItUngivenNotZero() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.saveWeekNote(new WeekNote(W10, null, "Two good visits", ""));
            assertEquals(new WeekNote(W10, null, "Two good visits", ""), diary.weekNote(W10));
        }
    }

    @Test
    void clearingEveryFieldRemovesTheNote() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.saveWeekNote(new WeekNote(W10, 18, "", ""));
            diary.saveWeekNote(WeekNote.empty(W10));
            assertTrue(diary.weekNotes(W10, W10).isEmpty());
        }
    }

    @Test
    void anOverlongReflectionOrImpossibleCaseloadIsRefusedNamingIt() {
        InputRefusedException longText = assertThrows(InputRefusedException.class,
                () -> new WeekNote(W10, 18, "x".repeat(WeekNote.MAX_REFLECTION + 1), ""));
        assertTrue(longText.getMessage().contains("What went well?"), longText.getMessage());
        InputRefusedException caseload = assertThrows(InputRefusedException.class, () -> WeekNote.parseCaseload("eighteen"));
        assertTrue(caseload.getMessage().contains("\"eighteen\""), caseload.getMessage());
        assertThrows(InputRefusedException.class, () -> WeekNote.parseCaseload("-1"));
        assertEquals(null, WeekNote.parseCaseload("  "));
    }
}
