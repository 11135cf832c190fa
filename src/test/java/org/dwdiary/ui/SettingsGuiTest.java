package org.dwdiary.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.store.Diary;
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

/** Edit ▸ Settings: a keyword the worker adds decides the kind of a new activity in the quick-add line. */
@ExtendWith(ApplicationExtension.class)
class SettingsGuiTest {
    @TempDir
    Path folder;
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void anAddedKeywordClassifiesANewActivityAndABadOneCannotBeSaved(FxRobot robot) {
        waitUntil(() -> robot.lookup("#quick-add").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL).write("9-10 duty calls");
        waitUntil(() -> text(robot, "#quick-add-preview").startsWith("Say which kind \"duty calls\" is"));
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settings-tab-zone").tryQuery().isPresent());
        robot.clickOn("#settings-tab-zone");
        TextArea keywords = robot.lookup("#settings-keywords").queryAs(TextArea.class);
        assertTrue(keywords.getText().startsWith("direct: visit, contact, session\n"), keywords.getText());
        robot.clickOn("#settings-keywords").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("lunch: sandwich");
        waitUntil(() -> text(robot, "#settings-problem").startsWith("Keywords:"));
        assertTrue(robot.lookup("#settings-save").query().isDisabled());
        robot.interact(() -> keywords.setText(keywords.getText().replace("lunch: sandwich", "direct: visit, duty")));
        waitUntil(() -> text(robot, "#settings-problem").isEmpty());
        Snapshots.save(robot, keywords.getScene().getRoot(), "settings-keywords");
        robot.clickOn("#settings-save");

        waitUntil(() -> "Settings saved.".equals(text(robot, "#message")));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL).write("9-10 duty calls");
        waitUntil(() -> text(robot, "#quick-add-preview").endsWith("duty calls · Direct work (keyword)"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "1:00".equals(text(robot, "#total-direct")));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals("direct: visit, duty", diary.kindRules().format());
        }
    }
}
