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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
    private ExecutorService background;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        window = new DiaryWindow(folder, CLOCK, background, javafx.application.Platform::runLater);
        stage.setScene(DiaryApp.scene(window));
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
        window.start();
    }

    @AfterEach
    void closeDiary() throws Exception {
        window.closeDiary();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
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
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        assertTrue(WeekViewGuiTest.text(robot, "#week-title").startsWith("Week 10 "));
        assertEquals("nothing logged", WeekViewGuiTest.text(robot, "#direct-share"));
        assertTrue(DiaryFolder.hasDiary(folder));
    }
}
