package org.dwdiary.ui.team;

import org.dwdiary.report.MemberFile;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.trends.SmallDiary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.dwdiary.ui.team.TeamEvidenceViewModelTest.CLOCK;
import static org.dwdiary.ui.team.TeamEvidenceViewModelTest.SAME_THREAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export member file: {@link SmallDiary} (weeks 7 to 10 of 2026), seen on Wednesday 4 March 2026 (week 10). */
class MemberExportViewModelTest {
    @TempDir Path folder;
    Diary diary;
    MemberExportViewModel model;

    @BeforeEach
    void open() {
        diary = Diary.open(folder.resolve("diary"), CLOCK);
        SmallDiary.write(diary);
        model = new MemberExportViewModel(diary, CLOCK, SAME_THREAD, SAME_THREAD);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void theDefaultPeriodRunsFromTheFirstDayToTheLastCompleteWeek() {
        boolean[] shown = {false};
        model.load(() -> shown[0] = true);

        assertTrue(shown[0]);
        assertEquals(LocalDate.of(2026, 2, 9), model.fromProperty().get());
        assertEquals(LocalDate.of(2026, 3, 1), model.toProperty().get(), "week 10 is not over");
        assertEquals("2026-W07 to 2026-W09: 3 whole weeks, Mon 9 Feb 2026 – Sun 1 Mar 2026", model.summaryProperty().get());
        assertEquals("member-file-2026-W09.json", model.suggestedName());
    }

    @Test
    void aPeriodBackToFrontCannotBeSaved() {
        model.load(() -> { });
        model.fromProperty().set(LocalDate.of(2026, 3, 2));

        assertEquals("The first day is after the last.", model.problemProperty().get());
        assertFalse(model.canSaveProperty().get());
    }

    @Test
    void savingWritesTheFileAndSaysWhoseIdItCarries() {
        model.load(() -> { });
        Path file = folder.resolve("mine.json");

        model.save(file);

        String id = diary.memberId();
        assertEquals("Wrote mine.json: member " + id.substring(0, 8) + "…, 3 weeks. Send it to your representative.",
                model.messageProperty().get());
        assertEquals(3, MemberFile.read(file).export().weeks().size());
        assertTrue(model.canSaveProperty().get());
    }
}
