package org.dwdiary.ui;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.trends.ChartKind;
import org.dwdiary.ui.trends.SmallDiary;
import org.dwdiary.ui.trends.TrendChart;
import org.dwdiary.ui.trends.TrendsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.blockLabels;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trends view, driven as a worker would: Ctrl+2, the range buttons, hovering and clicking a week,
 * exporting a chart. The diary is {@link SmallDiary}, worked out by hand; "now" is Wednesday 4 March 2026.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsGuiTest {
    @TempDir
    Path folder;
    @TempDir
    Path exports;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            SmallDiary.write(diary);
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    private TrendsView openTrends(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> window.trendsView() != null && chart(ChartKind.SHARE).bandCount() > 0);
        return window.trendsView();
    }

    private TrendChart chart(ChartKind kind) {
        return window.trendsView().chart(kind);
    }

    private void chooseRange(FxRobot robot, String id, int weeks) {
        robot.clickOn(id);
        waitUntil(() -> chart(ChartKind.KINDS).bandCount() == weeks);
    }

    @Test
    void ctrlTwoShowsTheTrendsWithTheTilesWorkedOutByHand(FxRobot robot) {
        assertEquals(null, window.trendsView(), "the trends view is built only when first shown");
        openTrends(robot);

        waitUntil(() -> "29%".equals(text(robot, "#tile-this-week-share")));
        assertEquals("2026-W10 · 1:15 of 4:15 · target 25%", text(robot, "#tile-this-week-share-detail"));
        assertEquals("32%", text(robot, "#tile-average-share"));
        assertEquals("2:15", text(robot, "#tile-overtime"));
        assertEquals("in 2 of 13 weeks · contracted 39:00", text(robot, "#tile-overtime-detail"));
        assertEquals("2:30", text(robot, "#tile-outside"));
        assertEquals("in 13 weeks: 1:30 outside the window on working days · 1:00 on non-working days",
                text(robot, "#tile-outside-detail"));
        assertEquals("2025-W50 to 2026-W10 · Mon 8 Dec – Sun 8 Mar 2026 · 13 weeks", text(robot, "#trends-range-title"));
        assertTrue(robot.lookup("#view-trends").queryAs(ToggleButton.class).isSelected(), "the switch shows where you are");
        assertTrue(robot.lookup("#trends-range-13").queryAs(ToggleButton.class).isSelected(), "13 weeks is the default");
        for (ChartKind kind : ChartKind.values()) {
            assertEquals(13, chart(kind).bandCount(), kind + ": one band per week");
            assertTrue(robot.lookup("#" + kind.id()).tryQuery().isPresent());
        }
        Snapshots.save(robot, window.root(), "trends-13-weeks");
    }

    @Test
    void aWeekWithNothingLoggedBreaksTheShareLine(FxRobot robot) {
        openTrends(robot);
        chooseRange(robot, "#trends-range-4", 4);

        TrendChart share = chart(ChartKind.SHARE);
        assertEquals(2, share.lineSegments("series-share"), "W07–W08, then a gap for W09, then W10");
        assertEquals(null, share.data().lines().get(0).value(2), "no point at all for W09, not 0%");
        assertEquals(1, share.lineSegments("series-average"), "the 4-week average has figures every week");
        assertEquals(1, share.lineSegments("series-target"), "the target holds throughout");
        Snapshots.save(robot, window.trendsView().card(ChartKind.SHARE), "trends-share-4-weeks");
    }

    @Test
    void theRangeButtonsChangeTheWeeksShownByMouseAndKeyboard(FxRobot robot) {
        openTrends(robot);
        assertEquals(13, chart(ChartKind.CONTRACT).bandCount());

        chooseRange(robot, "#trends-range-26", 26);
        assertEquals("in 2 of 26 weeks · contracted 78:00", text(robot, "#tile-overtime-detail"));
        assertEquals("32%", text(robot, "#tile-average-share"), "the average tile keeps to the last 13 weeks");

        chooseRange(robot, "#trends-range-all", 4); // from the first block's week, W07, to this week
        assertTrue(text(robot, "#trends-range-title").startsWith("2026-W07 to 2026-W10"));

        robot.clickOn("#trends-range-52");
        waitUntil(() -> chart(ChartKind.KINDS).bandCount() == 52);
        robot.type(KeyCode.LEFT); // arrow keys move between the range buttons
        robot.type(KeyCode.SPACE);
        waitUntil(() -> chart(ChartKind.KINDS).bandCount() == 26);
        assertTrue(robot.lookup("#trends-range-26").queryAs(ToggleButton.class).isSelected());
        Snapshots.save(robot, window.root(), "trends-26-weeks");
    }

    @Test
    void hoveringAWeekGivesItsExactFigures(FxRobot robot) {
        openTrends(robot);
        chooseRange(robot, "#trends-range-4", 4);

        TrendChart share = chart(ChartKind.SHARE);
        robot.moveTo(share.bandCentreOnScreen(1));
        waitUntil(() -> share.tooltip().isShowing());
        assertEquals("2026-W08 · Mon 16 Feb – Sun 22 Feb 2026\n"
                + "Direct-work share 25% (1:00 of 4:00) · 4-week average 33% · target 25%", share.tooltip().getText());
        assertEquals(1, share.hoveredWeek(), "the hovered week's band is highlighted");

        robot.moveTo(share.bandCentreOnScreen(2));
        waitUntil(() -> share.tooltip().getText().startsWith("2026-W09"));
        assertEquals("2026-W09 · Mon 23 Feb – Sun 1 Mar 2026\nNothing logged · 4-week average 33% · target 25%",
                share.tooltip().getText(), "the text follows the mouse from week to week");
        Snapshots.save(robot, window.trendsView().card(ChartKind.SHARE), "trends-share-hover");

        TrendChart contract = chart(ChartKind.CONTRACT);
        robot.moveTo(contract.bandCentreOnScreen(3));
        waitUntil(() -> contract.tooltip().getText().startsWith("2026-W10"));
        assertEquals("2026-W10 · Mon 2 Mar – Sun 8 Mar 2026\nWorked 4:15 · contracted 3:00 · over by 1:15",
                contract.tooltip().getText());
        assertFalse(share.tooltip().isShowing(), "one tooltip at a time: the share chart's went when the mouse left");

        TrendChart outside = chart(ChartKind.OUTSIDE);
        robot.moveTo(outside.bandCentreOnScreen(0));
        waitUntil(() -> outside.tooltip().getText().startsWith("2026-W07"));
        assertEquals("2026-W07 · Mon 9 Feb – Sun 15 Feb 2026\nEvenings 0:00 · weekends 1:00 · together 1:00",
                outside.tooltip().getText());
    }

    @Test
    void clickingAWeekOpensItInTheWeekView(FxRobot robot) {
        openTrends(robot);
        chooseRange(robot, "#trends-range-4", 4);

        robot.clickOn(chart(ChartKind.KINDS).bandCentreOnScreen(1));

        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent()
                && text(robot, "#week-title").startsWith("Week 8 · Mon 16 Feb"));
        waitUntil(() -> blockLabels(robot).contains("Recording"));
        assertEquals("4:00", text(robot, "#total-all"));
        assertTrue(robot.lookup("#view-week").queryAs(ToggleButton.class).isSelected());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#tile-overtime").tryQuery().isPresent());
        assertTrue(robot.lookup("#trends-range-4").queryAs(ToggleButton.class).isSelected(), "the trends keep their range");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.type(KeyCode.PAGE_DOWN); // the week view's keys work as before
        waitUntil(() -> text(robot, "#week-title").startsWith("Week 9 "));
    }

    @Test
    void aChartsContextMenuOpensTheWeekUnderTheMouse(FxRobot robot) {
        openTrends(robot);
        chooseRange(robot, "#trends-range-4", 4);

        robot.moveTo(chart(ChartKind.OUTSIDE).bandCentreOnScreen(0)).clickOn(javafx.scene.input.MouseButton.SECONDARY);
        waitUntil(() -> robot.lookup("#context-open-week").tryQuery().isPresent());
        robot.clickOn("#context-open-week");

        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent()
                && text(robot, "#week-title").startsWith("Week 7 · Mon 9 Feb"));
    }

    @Test
    void theKeyboardMovesBetweenWeeksOnAChartAndEnterOpensOne(FxRobot robot) {
        openTrends(robot);
        chooseRange(robot, "#trends-range-4", 4);
        TrendChart share = chart(ChartKind.SHARE);
        robot.interact(share::requestFocus);

        robot.type(KeyCode.LEFT); // from nothing chosen: this week
        waitUntil(() -> share.hoveredWeek() == 3);
        robot.type(KeyCode.LEFT);
        waitUntil(() -> share.hoveredWeek() == 2);
        assertTrue(share.tooltip().getText().startsWith("2026-W09"), share.tooltip().getText());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent()
                && text(robot, "#week-title").startsWith("Week 9 · Mon 23 Feb"));
    }

    @Test
    void exportsAChartAsAPngTwiceItsSizeOnScreen(FxRobot robot) throws IOException {
        TrendsView trends = openTrends(robot);
        Path target = exports.resolve("chart.png");
        AtomicReference<String> suggested = new AtomicReference<>();
        trends.setSaveChooser((title, name) -> {
            suggested.set(name);
            return target;
        });

        robot.clickOn("#export-chart");
        robot.clickOn("#export-chart-kinds");

        waitUntil(() -> text(robot, "#trends-message").startsWith("Saved the chart"));
        assertEquals("hours-per-kind-2025-W50-to-2026-W10.png", suggested.get());
        BufferedImage image = ImageIO.read(target.toFile());
        double width = trends.card(ChartKind.KINDS).getLayoutBounds().getWidth();
        double height = trends.card(ChartKind.KINDS).getLayoutBounds().getHeight();
        assertEquals(Math.ceil(width * 2), image.getWidth(), 1, "twice the chart's width on screen (" + width + ")");
        assertEquals(Math.ceil(height * 2), image.getHeight(), 1);
        assertTrue(image.getWidth() > 800, "a chart worth printing: " + image.getWidth());
        try (var files = Files.list(exports)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
        Files.copy(target, Path.of("target", "gui-snapshots").resolve("trends-export-kinds.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void customDatesShowWholeWeeksAndAnEmptyRangeSaysSo(FxRobot robot) {
        openTrends(robot);
        robot.clickOn("#trends-range-custom");
        waitUntil(() -> robot.lookup("#trends-custom-from").queryAs(DatePicker.class).isVisible());

        robot.interact(() -> {
            robot.lookup("#trends-custom-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 9));
            robot.lookup("#trends-custom-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 2));
        });
        robot.clickOn("#trends-custom-apply");
        waitUntil(() -> text(robot, "#trends-message").startsWith("The first day (Mon 9 Mar 2026) is after the last day"));
        assertEquals(13, chart(ChartKind.SHARE).bandCount(), "the weeks shown stay until the dates make sense");

        robot.interact(() -> {
            robot.lookup("#trends-custom-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 1, 7));
            robot.lookup("#trends-custom-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 1, 20));
        });
        robot.clickOn("#trends-custom-apply");
        waitUntil(() -> text(robot, "#trends-range-title").startsWith("2026-W02 to 2026-W04"));
        assertEquals("", text(robot, "#trends-message"));
        for (ChartKind kind : ChartKind.values()) {
            assertTrue(chart(kind).showsEmptyMessage(), kind + " says there is nothing to draw");
        }
        assertEquals("Nothing logged in these weeks",
                robot.from(chart(ChartKind.SHARE)).lookup(".trend-empty").queryAs(Label.class).getText());
        assertEquals("0:00", text(robot, "#tile-overtime"));
        assertEquals("29%", text(robot, "#tile-this-week-share"), "this week's tile is this week whatever the range");
        Snapshots.save(robot, window.root(), "trends-empty-range");
    }

    @Test
    void focusingTheWindowAgainShowsChangesMadeElsewhere(FxRobot robot) {
        openTrends(robot);
        waitUntil(() -> "2:30".equals(text(robot, "#tile-outside")));
        try (Diary other = Diary.open(folder, CLOCK)) { // the CLI, say, while the window is open
            other.add(SmallDiary.block("2026-03-04T19:00", "2026-03-04T20:00", WorkKind.RECORDING), RecordedVia.CLI);
        }

        robot.interact(window::refresh); // what the stage does when it regains focus

        waitUntil(() -> "3:30".equals(text(robot, "#tile-outside")));
        assertEquals("in 13 weeks: 2:30 outside the window on working days · 1:00 on non-working days", text(robot, "#tile-outside-detail"));
    }

    @Test
    void theTrendsButtonSwitchesAndDeleteNeverActsOnAnUnseenBlock(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Direct work"));
        robot.clickOn(WeekViewGuiTest.blockNode(robot, "Direct work")); // selected in the week view
        robot.clickOn("#view-trends");
        waitUntil(() -> window.trendsView() != null && chart(ChartKind.SHARE).bandCount() == 13);

        robot.type(KeyCode.DELETE);
        robot.clickOn("#view-week");

        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        assertTrue(blockLabels(robot).contains("Direct work"), "Delete on the trends deleted nothing");
    }
}
