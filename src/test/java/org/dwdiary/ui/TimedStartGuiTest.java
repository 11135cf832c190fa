package org.dwdiary.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.blockLabels;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start as DiaryApp makes it: the diary opened on its own thread before the window, handed to the window,
 * and (with --timings) one line once the week is drawn, naming every phase.
 */
@ExtendWith(ApplicationExtension.class)
class TimedStartGuiTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final List<String> startedWith = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService background;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            LocalDateTime nine = LocalDateTime.now(CLOCK).withHour(9).withMinute(0);
            diary.add(Block.create(nine.atZone(LONDON).toInstant(), nine.plusHours(1).atZone(LONDON).toInstant(), LONDON,
                    WorkKind.DIRECT, "Home visit", null), org.dwdiary.domain.RecordedVia.GUI);
        }
        CompletableFuture<Diary> opening = CompletableFuture.supplyAsync(() -> Diary.open(folder, CLOCK));
        StartupTimings timings = StartupTimings.ofThisProcess();
        background = Executors.newSingleThreadScheduledExecutor();
        window = new DiaryWindow(folder, CLOCK, background, Platform::runLater);
        window.timeStart(timings, () -> {
            startedWith.add(stage.getScene().getRoot().lookupAll(".block-title").stream()
                    .map(node -> ((javafx.scene.control.Label) node).getText()).toList().toString());
            timings.report(printed::add);
        });
        stage.setScene(DiaryApp.scene(window));
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
        window.start(opening);
    }

    @AfterEach
    void close() throws InterruptedException {
        window.closeDiary();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void theWeekOfTheDiaryOpenedBeforeTheWindowIsDrawnAndTheTimingsNameEveryPhase(FxRobot robot) {
        waitUntil(() -> !printed.isEmpty());

        assertEquals(1, printed.size());
        // fx-ready is DiaryApp's to mark: this test builds the window itself
        assertTrue(printed.get(0).matches("timings: (main \\d+ ms, )?first-window \\d+ ms, diary-open \\d+ ms, "
                + "week-drawn \\d+ ms, cpu \\d+ ms, jvm-started \\d+"), printed.get(0));
        assertTrue(startedWith.get(0).contains("Home visit"), "the week was drawn with its block when the start ended: "
                + startedWith);
        assertEquals(1, blockLabels(robot).size());
    }
}
