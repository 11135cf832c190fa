package org.dwdiary.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ten years of realistic sample data: the evidence from the balance start comes quickly, the integrity check after it. */
@ExtendWith(ApplicationExtension.class)
class EvidenceSampleGuiTest {
    private static final int YEARS_OF_WEEKS = 520;

    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            SampleDiaryWriter.write(diary, YEARS_OF_WEEKS, 0, 2026, CLOCK);
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void tenYearsFromTheBalanceStartShowTheirFiguresQuicklyAndThisWeekInSight(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> window.evidenceView() != null && window.evidenceView().weeksTable().getItems().size() >= YEARS_OF_WEEKS);
        waitUntil(() -> text(robot, "#evidence-record").contains("record intact, final hash "));

        assertTrue(text(robot, "#evidence-balance").startsWith("+"), "a hard ten years: " + text(robot, "#evidence-balance"));
        assertTrue(text(robot, "#evidence-range-title").endsWith(window.evidenceView().weeksTable().getItems().size() + " weeks"));
        assertEquals("2026-W10", robot.lookup("#evidence-weeks .table-row-cell").match(node -> node.isVisible()
                && node instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == row.getTableView().getItems().size() - 1)
                .queryAs(javafx.scene.control.TableRow.class).getItem() instanceof org.dwdiary.ui.evidence.EvidenceViewModel.WeekRow row
                ? row.week().toString() : "", "the last week, this week, is in sight");
        Snapshots.save(robot, window.root(), "evidence-ten-years-sample");

        robot.clickOn("#evidence-range-26");
        waitUntil(() -> window.evidenceView().weeksTable().getItems().size() == 26);
        Snapshots.save(robot, window.root(), "evidence-26-weeks-sample");
    }
}
