package org.dwdiary.ui;

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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.dwdiary.ui.WeekViewGuiTest.LONDON;
import static org.dwdiary.ui.WeekViewGuiTest.block;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging a whole day from the keyboard: the quick-add line and the timer. */
@ExtendWith(ApplicationExtension.class)
class QuickAddGuiTest {
    /** A realistic hard day, typed as a worker would, with activities the diary already knows. */
    static final List<String> DAY = List.of(
            "845-910 travel to visit",
            "910-1040 home visit",
            "1040-11 travel back to office",
            "11-1230 case notes",
            "13-14 team meeting",
            "14-1530 court statement",
            "1530-1645 emails",
            "1930-21 case notes");

    @TempDir
    Path folder;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-04T22:00:00Z"), LONDON);
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, clock)) {
            diary.setZone("Europe/London");
            // Last week's diary: the activities are known, with their kinds.
            String[][] known = {{"Travel to visit", "TRAVEL"}, {"Home visit", "DIRECT"}, {"Travel back to office", "TRAVEL"},
                    {"Case notes", "RECORDING"}, {"Team meeting", "MEETINGS"}, {"Court statement", "RECORDING"},
                    {"Emails", "RECORDING"}};
            for (int i = 0; i < known.length; i++) {
                String from = String.format("2026-02-23T%02d:00", 8 + i);
                String to = String.format("2026-02-23T%02d:45", 8 + i);
                diary.add(block(from, to, WorkKind.valueOf(known[i][1]), known[i][0]), RecordedVia.CLI);
            }
        }
        ui = WindowUnderTest.show(stage, folder, clock);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void aWholeDayIsLoggedThroughTheQuickAddLine(FxRobot robot) {
        waitUntil(() -> robot.lookup("#quick-add").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.interact(() -> { });
        int keystrokes = 2; // Ctrl+L
        for (String line : DAY) {
            robot.write(line);
            robot.type(KeyCode.ENTER);
            keystrokes += line.length() + 1;
            waitUntil(() -> quickAddText(robot).isEmpty());
        }
        waitUntil(() -> "9:00".equals(text(robot, "#day-total-3")));
        assertEquals("1:30", text(robot, "#total-direct"));
        assertEquals("0:45", text(robot, "#total-travel"));
        assertEquals("1:00", text(robot, "#total-meetings"));
        assertEquals("5:45", text(robot, "#total-recording"));
        double perBlock = (double) keystrokes / DAY.size();
        System.out.printf("Quick add: %d blocks in %d keystrokes, %.1f per block%n", DAY.size(), keystrokes, perBlock);
        assertTrue(perBlock <= 25, "keystrokes per block: " + perBlock);

        // Up recalls the lines typed before.
        robot.type(KeyCode.UP);
        assertEquals("1930-21 case notes", quickAddText(robot));
        robot.type(KeyCode.UP);
        assertEquals("1530-1645 emails", quickAddText(robot));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void thePreviewShowsTheBlockOrNamesTheBadWord(FxRobot robot) {
        waitUntil(() -> robot.lookup("#quick-add").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write("yesterday 9-1030 home visit");
        waitUntil(() -> text(robot, "#quick-add-preview").startsWith("Tue 3 Mar 2026 09:00–10:30 · 1:30 · Home visit · Direct work (remembered)"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("9:70-10 home visit");
        waitUntil(() -> text(robot, "#quick-add-preview").startsWith("\"9:70\" is not a time"));
        robot.type(KeyCode.ENTER);
        assertEquals("9:70-10 home visit", quickAddText(robot), "a refused line stays to be corrected");
    }

    @Test
    void ctrlEnterStartsATimerThatStopsIntoABlock(FxRobot robot) {
        waitUntil(() -> robot.lookup("#quick-add").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write("case notes");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#timer-text").equals("● Case notes · 0:00"));
        assertTrue(window.titleProperty().get().startsWith("● Case notes · 0:00"), window.titleProperty().get());

        clock.advance(Duration.ofMinutes(50));
        robot.interact(() -> window.weekView().model().tick());
        assertEquals("● Case notes · 0:50", text(robot, "#timer-text"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "0:50".equals(text(robot, "#total-recording")));
        assertTrue(robot.lookup("#timer-text").query().getParent().isVisible() == false, "the timer box is gone");
        try (Diary diary = Diary.open(folder, clock)) {
            Block recorded = diary.week(org.dwdiary.domain.WeekId.parse("2026-W10")).get(0);
            assertEquals(50, recorded.minutes());
        }
    }

    private static String quickAddText(FxRobot robot) {
        return robot.lookup("#quick-add").queryAs(TextField.class).getText();
    }
}
