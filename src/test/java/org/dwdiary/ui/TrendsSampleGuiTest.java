package org.dwdiary.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;
import org.dwdiary.ui.trends.ChartKind;
import org.dwdiary.ui.trends.TrendChart;
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

/** Ten years of realistic sample data: one band a week, few nodes (the speed is measured by the bench, TrendsViewTiming). */
@ExtendWith(ApplicationExtension.class)
class TrendsSampleGuiTest {
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

    private TrendChart chart(ChartKind kind) {
        return window.trendsView().chart(kind);
    }

    private static int count(Node node) {
        int nodes = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes += count(child);
            }
        }
        return nodes;
    }

    @Test
    void fiftyTwoWeeksThenTenYearsDrawQuicklyWithFewNodes(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> window.trendsView() != null && chart(ChartKind.KINDS).bandCount() == 13);
        robot.clickOn("#trends-range-52");
        waitUntil(() -> chart(ChartKind.KINDS).bandCount() == 52);
        assertTrue(text(robot, "#tile-average-share").endsWith("%"));
        Snapshots.save(robot, window.root(), "trends-52-weeks-sample");
        robot.clickOn("#trends-range-all");
        waitUntil(() -> chart(ChartKind.KINDS).bandCount() >= YEARS_OF_WEEKS);
        int nodes = count(window.trendsView().card(ChartKind.KINDS));
        assertTrue(nodes < 80, "a path per series, not a node per week: " + nodes + " nodes");
        assertEquals(1, chart(ChartKind.SHARE).lineSegments("series-average"), "ten years with no empty stretch of four weeks");

        robot.moveTo(chart(ChartKind.CONTRACT).bandCentreOnScreen(chart(ChartKind.CONTRACT).bandCount() - 1));
        waitUntil(() -> chart(ChartKind.CONTRACT).tooltip().getText().startsWith("2026-W10"));
        Snapshots.save(robot, window.root(), "trends-all-ten-years-sample");
    }
}
