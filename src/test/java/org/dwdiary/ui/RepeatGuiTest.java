package org.dwdiary.ui;

import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

import java.nio.file.Path;
import java.time.LocalDate;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.block;
import static org.dwdiary.ui.WeekViewGuiTest.blockNode;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Repeating what recurs from the keyboard: copy the previous day, templates. */
@ExtendWith(ApplicationExtension.class)
class RepeatGuiTest {
    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.MEETINGS, "Team meeting"), RecordedVia.CLI);
            diary.add(block("2026-03-03T10:00", "2026-03-03T11:00", WorkKind.RECORDING, "Case notes"), RecordedVia.CLI);
            diary.add(block("2026-03-04T09:30", "2026-03-04T09:45", WorkKind.DIRECT, "Phone call with family"), RecordedVia.CLI);
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void copyingThePreviousDaySkipsWhatWouldOverlap(FxRobot robot) {
        waitUntil(() -> "2:15".equals(text(robot, "#total-all")));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#repeat-summary").tryQuery().isPresent());
        assertEquals("1 block will be added; 1 overlaps a block already there and will be skipped.",
                text(robot, "#repeat-summary"));
        Snapshots.save(robot, robot.lookup("#repeat-summary").query().getScene().getRoot(), "copy-previous-day");
        robot.clickOn("#repeat-add");
        waitUntil(() -> "3:15".equals(text(robot, "#total-all")));
        assertEquals("1:15", text(robot, "#day-total-3"), "Wednesday: the call plus the copied case notes");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> "2:15".equals(text(robot, "#total-all")));
    }

    @Test
    void aBlockSavedAsATemplateIsAppliedOnAnotherDay(FxRobot robot) {
        waitUntil(() -> "2:15".equals(text(robot, "#total-all")));
        robot.clickOn(blockNode(robot, "Team meeting"));
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#template-name").tryQuery().isPresent());
        robot.clickOn("#template-name").write("Tuesday team meeting");
        robot.clickOn("#template-save");
        waitUntil(() -> robot.lookup("#template-list").queryListView().getItems().size() == 1);
        Snapshots.save(robot, robot.lookup("#template-list").query().getScene().getRoot(), "templates");

        robot.interact(() -> robot.lookup("#template-day").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 5)));
        robot.clickOn("#template-apply");
        waitUntil(() -> robot.lookup("#repeat-summary").tryQuery().isPresent());
        assertEquals("1 block will be added.", text(robot, "#repeat-summary"));
        robot.clickOn("#repeat-add");
        waitUntil(() -> "1:00".equals(text(robot, "#day-total-4")));
        assertEquals("2:00", text(robot, "#total-meetings"));
    }
}
