package org.dwdiary.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window, headless: what a worker does with the mouse and keyboard, and what they see. */
@ExtendWith(ApplicationExtension.class)
class WeekViewGuiTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Wednesday 4 March 2026, noon: week 10 (Mon 2 – Sun 8 March). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-02T13:00", "2026-03-02T14:00", WorkKind.RECORDING, "Case notes"), RecordedVia.CLI);
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void addsABlockThroughTheDialogAndSeesItDrawnAndTheTotalsChange(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        assertEquals("0:00", text(robot, "#total-direct"));
        assertEquals("0%", text(robot, "#direct-share"));

        robot.clickOn("#add-block");
        fill(robot, "#block-start", "9:00");
        fill(robot, "#block-end", "10:30");
        robot.interact(() -> robot.lookup("#block-date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 3, 3)));
        robot.clickOn("#block-activity").write("Home visit");
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT); // the kind by its mnemonic
        assertEquals("", text(robot, "#block-problem"));
        assertEquals("1:30", text(robot, "#block-length"));
        robot.clickOn("#block-save");

        waitUntil(() -> blockLabels(robot).contains("Home visit"));
        assertEquals("1:30", text(robot, "#total-direct"));
        assertEquals("2:30", text(robot, "#total-all"));
        assertEquals("60%", text(robot, "#direct-share"));
        assertEquals("1:30", text(robot, "#day-total-2"), "Tuesday's header shows its hours");
    }

    @Test
    void navigatesWeeksWithButtonsAndKeys(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        assertTrue(text(robot, "#week-title").startsWith("Week 10 · Mon 2 Mar"));

        robot.clickOn("#next-week");
        waitUntil(() -> text(robot, "#week-title").startsWith("Week 11 · Mon 9 Mar"));
        waitUntil(() -> blockLabels(robot).isEmpty());
        assertEquals("0:00", text(robot, "#total-all"));

        robot.type(KeyCode.PAGE_UP);
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        robot.type(KeyCode.PAGE_UP);
        waitUntil(() -> text(robot, "#week-title").startsWith("Week 9 "));
        robot.press(KeyCode.ALT).type(KeyCode.HOME).release(KeyCode.ALT);
        waitUntil(() -> text(robot, "#week-title").startsWith("Week 10 "));
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        assertEquals("1:00", text(robot, "#total-recording"));
    }

    @Test
    void deletesWithTheDeleteKeyThenUndoesAndRedoes(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        robot.clickOn(blockNode(robot, "Case notes"));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> blockLabels(robot).isEmpty());
        assertEquals("0:00", text(robot, "#total-all"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        assertEquals("1:00", text(robot, "#total-all"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> blockLabels(robot).isEmpty());
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(0, diary.count(), "the redone delete is in the diary file");
        }
    }

    @Test
    void anOverlappingBlockIsRefusedAndCanBeTrimmedToFit(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#block-date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 3, 2)));
        fill(robot, "#block-start", "12:30");
        fill(robot, "#block-end", "13:30");
        robot.clickOn("#kind-meetings");
        robot.clickOn("#block-activity").write("Team meeting");
        robot.clickOn("#block-save");

        waitUntil(() -> robot.lookup("This block overlaps another").tryQuery().isPresent());
        robot.clickOn("Shorten this block to 12:30–13:00");
        waitUntil(() -> blockLabels(robot).contains("Team meeting"));
        assertEquals("0:30", text(robot, "#total-meetings"));
        assertEquals("1:00", text(robot, "#total-recording"), "the existing block is untouched");
    }

    @Test
    void doubleClickingABlockEditsIt(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        robot.doubleClickOn(blockNode(robot, "Case notes"));
        waitUntil(() -> robot.lookup("#block-end").tryQuery().isPresent());
        assertEquals("13:00", robot.lookup("#block-start").queryAs(TextField.class).getText());
        fill(robot, "#block-end", "14:45");
        robot.clickOn("#block-save");
        waitUntil(() -> "1:45".equals(text(robot, "#total-recording")));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(1, diary.count(), "an edit changes the block, it does not add one");
        }
    }

    @Test
    void aDialogWithBadTimesNamesTheFieldAndCannotBeSaved(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        fill(robot, "#block-start", "25:00");
        waitUntil(() -> text(robot, "#block-problem").startsWith("Start: \"25:00\" is not a time of day"));
        assertTrue(robot.lookup("#block-save").query().isDisabled());
        robot.clickOn("Cancel");
        assertEquals(List.of("Case notes"), blockLabels(robot));
    }

    @Test
    void draggingOnAnEmptyDayOpensTheDialogWithThoseTimes(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        Node thursday = robot.lookup(".day-column").nth(3).query();
        Point2D from = minutePoint(robot, thursday, 9 * 60 + 2);
        Point2D to = minutePoint(robot, thursday, 10 * 60 + 28);
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).dropTo(to);

        waitUntil(() -> robot.lookup("#block-start").tryQuery().isPresent());
        assertEquals("09:00", robot.lookup("#block-start").queryAs(TextField.class).getText());
        assertEquals("10:30", robot.lookup("#block-end").queryAs(TextField.class).getText());
        robot.clickOn("#kind-travel");
        robot.clickOn("#block-save");
        waitUntil(() -> "1:30".equals(text(robot, "#total-travel")));
        assertEquals("1:30", text(robot, "#day-total-4"));
    }

    private static Point2D minutePoint(FxRobot robot, Node column, int minute) {
        double[] point = new double[2];
        robot.interact(() -> {
            double y = minute * column.getLayoutBounds().getHeight() / 1440;
            Point2D screen = column.localToScreen(column.getLayoutBounds().getWidth() / 2, y);
            point[0] = screen.getX();
            point[1] = screen.getY();
        });
        return new Point2D(point[0], point[1]);
    }

    static Block block(String from, String to, WorkKind kind, String activity) {
        return Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, activity, null);
    }

    static void fill(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static List<String> blockLabels(FxRobot robot) {
        Set<Node> blocks = robot.lookup(".block .block-title").queryAll();
        return blocks.stream().map(node -> ((Label) node).getText()).toList();
    }

    static Node blockNode(FxRobot robot, String label) {
        return robot.lookup(".block").match(node -> node.lookup(".block-title") instanceof Label title
                && title.getText().equals(label)).query();
    }

    static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, () -> "");
    }

    /** As {@link #waitUntil(BooleanSupplier)}, saying what the window showed instead ({@code shown}) when it times out. */
    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            String instead = shown.get();
            throw new AssertionError("the window never reached the expected state"
                    + (instead.isEmpty() ? "" : "; it showed: " + instead), e);
        }
    }
}
