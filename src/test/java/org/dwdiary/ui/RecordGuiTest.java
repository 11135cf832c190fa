package org.dwdiary.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.Theme;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.dwdiary.ui.WeekViewGuiTest.blockLabels;
import static org.dwdiary.ui.WeekViewGuiTest.blockNode;
import static org.dwdiary.ui.WeekViewGuiTest.fill;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The record as evidence, in the window: the indicator at the foot says whether the diary matches its
 * history (and names what does not), and a block's history lists every change with its old and new values.
 */
@ExtendWith(ApplicationExtension.class)
class RecordGuiTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Wednesday 4 March 2026, 12:00 GMT; moved on as the worker makes changes. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, clock)) {
            diary.setZone("Europe/London");
            // Monday's case notes logged on Wednesday: 46 hours after they ended.
            add(diary, "2026-03-02T13:00", "2026-03-02T14:00", WorkKind.RECORDING, "Case notes", "Ring school re: plan");
            // Wednesday morning's visit, logged at noon the same day.
            add(diary, "2026-03-04T09:00", "2026-03-04T10:30", WorkKind.DIRECT, "Home visit", null);
        }
        ui = WindowUnderTest.show(stage, folder, clock);
        scene = stage.getScene();
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void theIndicatorSaysTheRecordIsIntactAndCountsTheChangesKept(FxRobot robot) {
        waitUntil(() -> indicator(robot).startsWith("Record intact"));
        assertEquals("Record intact · 2 changes kept", indicator(robot));
        String tip = robot.lookup("#record-integrity").queryAs(Button.class).getTooltip().getText();
        assertTrue(tip.contains("append-only history"), tip);
        assertTrue(tip.contains("A printed report that states this hash can be matched to this diary."), tip);

        // A change in the window is kept, and counted once things are quiet.
        robot.clickOn(blockNode(robot, "Home visit"));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> "Record intact · 3 changes kept".equals(indicator(robot)));

        robot.clickOn("#record-integrity");
        waitUntil(() -> robot.lookup("#integrity-details").tryQuery().isPresent());
        String details = robot.lookup("#integrity-details").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(details.startsWith("Your record is intact"), details);
        Snapshots.save(robot, robot.lookup("#integrity-details").query().getScene().getRoot(), "record-details");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aBlockChangedOutsideTheAppIsNamedWhenTheDiaryOpensAgain(FxRobot robot) throws Exception {
        waitUntil(() -> indicator(robot).startsWith("Record intact"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("diary.db"));
             Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE block SET end_at = end_at + 3600 WHERE id = 1"));
        }

        robot.interact(() -> ui.window.openOwnDiary());
        waitUntil(() -> indicator(robot).startsWith("Record NOT intact"));
        assertEquals("Record NOT intact: block 1 does not match its last history entry: it was changed outside the app",
                indicator(robot));
        assertTrue(robot.lookup("#record-integrity").query().getStyleClass().contains("integrity-state-not-intact"));
        assertEquals("2:00", text(robot, "#total-recording"), "the diary still opens, with the changed block");

        for (Theme theme : Theme.values()) {
            robot.interact(() -> Themes.apply(theme, scene));
            Snapshots.save(robot, robot.lookup(".week-footer").query(), "record-not-intact-" + theme.code());
        }
        robot.interact(() -> Themes.apply(Theme.LIGHT, scene));
    }

    @Test
    void theHistoryOfAnEditedBlockListsItsAddingAndEditingWithTheOldAndNewTimes(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        clock.advance(Duration.ofMinutes(14));
        robot.doubleClickOn(blockNode(robot, "Case notes"));
        waitUntil(() -> robot.lookup("#block-end").tryQuery().isPresent());
        fill(robot, "#block-end", "13:45");
        robot.clickOn("#block-save");
        waitUntil(() -> "0:45".equals(text(robot, "#total-recording")));

        robot.clickOn(blockNode(robot, "Case notes"), MouseButton.SECONDARY);
        waitUntil(() -> robot.lookup("#block-menu-history").tryQuery().isPresent());
        robot.clickOn("#block-menu-history");
        waitUntil(() -> robot.lookup("#history-entries").tryQuery().isPresent());

        assertEquals("Case notes", text(robot, "#history-title"));
        assertEquals("Mon 2 Mar 2026 13:00–13:45 · Recording · 0:45", text(robot, "#history-now"));
        assertEquals("First recorded Wed 4 Mar 2026 12:00 (46 hours after its end)", text(robot, "#history-first-recorded"));
        assertEquals("added", text(robot, "#history-what-1"));
        assertEquals("command line", text(robot, "#history-how-1"));
        assertEquals("Wed 4 Mar 2026 12:00", text(robot, "#history-when-1"));
        assertEquals("Mon 2 Mar 2026 13:00–14:00 · Recording · Case notes · with a note", text(robot, "#history-change-1"),
                "the note is not shown unless asked");
        assertEquals("edited", text(robot, "#history-what-2"));
        assertEquals("window", text(robot, "#history-how-2"));
        assertEquals("Wed 4 Mar 2026 12:14", text(robot, "#history-when-2"));
        assertEquals("13:00–14:00 → 13:00–13:45", text(robot, "#history-change-2"));
        Snapshots.save(robot, robot.lookup("#history-entries").query().getScene().getRoot(), "block-history");

        robot.clickOn("#history-show-notes");
        assertTrue(robot.lookup("#history-show-notes").queryAs(CheckBox.class).isSelected());
        waitUntil(() -> text(robot, "#history-change-1").endsWith("note \"Ring school re: plan\""),
                () -> text(robot, "#history-change-1"));
        robot.clickOn("#history-close");
        assertFalse(robot.lookup("#history-entries").tryQuery().isPresent());
    }

    @Test
    void theHistoryOpensFromTheEditMenuAndFromTheBlockDialog(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Home visit"));
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#message").startsWith("Select a block first"));

        robot.clickOn(blockNode(robot, "Home visit"));
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#history-first-recorded").tryQuery().isPresent());
        assertEquals("First recorded Wed 4 Mar 2026 12:00 (within 24 hours of its end)",
                text(robot, "#history-first-recorded"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#history-entries").tryQuery().isEmpty());

        // From the block dialog, which stays open behind the history.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#block-history").tryQuery().isPresent());
        robot.clickOn("#block-history");
        waitUntil(() -> robot.lookup("#history-what-1").tryQuery().isPresent());
        assertEquals("added", text(robot, "#history-what-1"));
        robot.clickOn("#history-close");
        assertTrue(robot.lookup("#block-save").tryQuery().isPresent(), "the block dialog is still open");
        robot.clickOn("Cancel");

        // The block's menu from the keyboard: Shift+F10, then Down to History… and Enter.
        robot.clickOn(blockNode(robot, "Home visit"));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#block-menu-history").tryQuery().isPresent());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the menu opens on its first item, Edit…
        waitUntil(() -> robot.lookup("#history-what-1").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theHistoryReadsTheSameInEveryTheme(FxRobot robot) {
        waitUntil(() -> blockLabels(robot).contains("Case notes"));
        robot.clickOn(blockNode(robot, "Case notes"));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> Themes.apply(theme, scene));
            robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#history-what-1").tryQuery().isPresent());
            assertEquals("added", text(robot, "#history-what-1"));
            Snapshots.save(robot, robot.lookup("#history-entries").query().getScene().getRoot(), "block-history-" + theme.code());
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup("#history-entries").tryQuery().isEmpty());
        }
        robot.interact(() -> Themes.apply(Theme.LIGHT, scene));
    }

    /** The indicator's text, or "" until the diary is open. */
    private static String indicator(FxRobot robot) {
        return robot.lookup("#record-integrity").tryQuery().map(node -> ((Button) node).getText()).orElse("");
    }

    private static void add(Diary diary, String from, String to, WorkKind kind, String activity, String note) {
        diary.add(Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, activity, note), RecordedVia.CLI);
    }
}
