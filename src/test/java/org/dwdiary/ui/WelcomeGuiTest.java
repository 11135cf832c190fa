package org.dwdiary.ui;

import javafx.stage.Stage;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.blockLabels;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first run: the welcome, the sample diary kept apart, then the worker's own empty diary. */
@ExtendWith(ApplicationExtension.class)
class WelcomeGuiTest {
    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void sampleDataLivesApartFromTheWorkersOwnDiary(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("Welcome to your Direct Work Diary").tryQuery().isPresent());
        assertTrue(robot.lookup("Direct work").tryQuery().isPresent(), "the welcome explains the four kinds");

        robot.clickOn("#explore-sample");
        waitUntil(() -> !blockLabels(robot).isEmpty());
        assertTrue(robot.lookup("#banner-start-my-diary").tryQuery().isPresent(), "a banner says it is sample data");
        assertTrue(window.titleProperty().get().contains("sample data"));
        assertFalse(DiaryFolder.hasDiary(folder), "exploring creates no diary of the worker's own");
        try (Diary sample = Diary.open(DiaryFolder.demoFolder(folder), CLOCK)) {
            assertTrue(sample.count() > 100, "twelve weeks of sample blocks");
        }

        robot.clickOn("#banner-start-my-diary");
        waitUntil(() -> robot.lookup("#banner-start-my-diary").tryQuery().isEmpty()
                && robot.lookup("#week-title").tryQuery().isPresent());
        waitUntil(() -> blockLabels(robot).isEmpty());
        assertTrue(Files.isRegularFile(DiaryFolder.diaryFile(folder)));
        try (Diary own = Diary.open(folder, CLOCK)) {
            assertEquals(0, own.count(), "the worker's own diary starts empty");
        }
    }

    @Test
    void startMyDiaryOpensAnEmptyDiaryOnThisWeek(FxRobot robot) {
        robot.clickOn("#start-my-diary");
        // The totals sit in a scroll pane, whose content joins the scene at its first layout pass.
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent() && robot.lookup("#direct-share").tryQuery().isPresent());
        assertTrue(WeekViewGuiTest.text(robot, "#week-title").startsWith("Week 10 "));
        assertEquals("nothing logged", WeekViewGuiTest.text(robot, "#direct-share"));
        assertTrue(DiaryFolder.hasDiary(folder));
    }
}
