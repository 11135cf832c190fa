package org.dwdiary.ui;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Day marks in the window: a day's header sets and removes leave, sickness, bank holidays and TOIL taken;
 * the tag shows under the day's name and the week's contracted hours drop by the day's share (7:24 of a
 * 37:00 Mon–Fri contract, 3:42 for a half day); Edit ▸ Mark day does the same from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class DayMarksGuiTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Wednesday 4 March 2026, noon: week 10 (Mon 2 – Sun 8 March). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            add(diary, "2026-03-02T09:00", "2026-03-02T11:00", WorkKind.DIRECT, "Home visit");
            add(diary, "2026-03-03T09:00", "2026-03-03T12:30", WorkKind.RECORDING, "Assessment");
            add(diary, "2026-03-03T13:00", "2026-03-03T14:00", WorkKind.MEETINGS, "Team meeting");
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        scene = stage.getScene();
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void markingMondayAsAnnualLeaveFromItsHeaderShowsTheTagAndTakesADayOffTheContract(FxRobot robot) {
        waitUntil(() -> "6:30".equals(text(robot, "#total-all")));
        assertEquals("37:00", text(robot, "#week-contract"));
        assertFalse(tag(robot, 1).isVisible(), "no mark yet");
        assertFalse(robot.lookup("#week-marked").query().isVisible(), "no days off, no line for them");

        robot.clickOn("#day-header-1");
        robot.clickOn("#mark-leave");

        waitUntil(() -> "29:36".equals(text(robot, "#week-contract")));
        assertTrue(tag(robot, 1).isVisible());
        assertEquals("Annual leave", tag(robot, 1).getText());
        assertFalse(tag(robot, 2).isVisible(), "Tuesday has no mark");
        assertEquals("(7:24 off)", text(robot, "#week-marked"), "the day's share of 37:00 over five days");
        assertTrue(robot.lookup("#week-marked").query().isVisible());
        assertEquals("-23:06", text(robot, "#week-difference"), "6:30 worked against 29:36");
        assertTrue(text(robot, "#message").startsWith("Marked Mon 2 Mar 2026: Annual leave."), text(robot, "#message"));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(List.of(new DayMark(LocalDate.of(2026, 3, 2), DayMark.Kind.LEAVE, false)),
                    diary.marks(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)));
        }

        for (Theme theme : Theme.values()) {
            robot.interact(() -> Themes.apply(theme, scene));
            Snapshots.save(robot, scene.getRoot(), "marks-week-" + theme.code());
        }
        robot.interact(() -> Themes.apply(Theme.LIGHT, scene));
    }

    @Test
    void aHalfDayOfSicknessFromTheContextMenuTakesHalfADayOff(FxRobot robot) {
        waitUntil(() -> "6:30".equals(text(robot, "#total-all")));
        robot.clickOn("#day-header-1", MouseButton.SECONDARY);
        waitUntil(() -> robot.lookup("#mark-sick-half").tryQuery().isPresent());
        Snapshots.save(robot, robot.lookup("#mark-sick-half").query().getScene().getRoot(), "marks-menu");
        robot.clickOn("#mark-sick-half");

        waitUntil(() -> "33:18".equals(text(robot, "#week-contract")));
        assertEquals("½ Sickness", tag(robot, 1).getText());
        assertEquals("(3:42 off)", text(robot, "#week-marked"));
    }

    @Test
    void removingTheMarkRestoresTheContractAndUndoBringsItBack(FxRobot robot) {
        waitUntil(() -> "6:30".equals(text(robot, "#total-all")));
        robot.clickOn("#day-header-1");
        robot.clickOn("#mark-leave");
        waitUntil(() -> "29:36".equals(text(robot, "#week-contract")));

        robot.clickOn("#day-header-1");
        robot.clickOn("#mark-remove");
        waitUntil(() -> "37:00".equals(text(robot, "#week-contract")));
        assertFalse(tag(robot, 1).isVisible(), "the tag goes with the mark");
        assertFalse(robot.lookup("#week-marked").query().isVisible());
        assertEquals("Removed Annual leave from Mon 2 Mar 2026. Undo with Ctrl+Z.", text(robot, "#message"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> "29:36".equals(text(robot, "#week-contract")));
        assertEquals("Annual leave", tag(robot, 1).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> "37:00".equals(text(robot, "#week-contract")));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertTrue(diary.marks(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).isEmpty(), "redone: no mark");
        }
    }

    @Test
    void theMarkSurvivesReopeningTheWindow(FxRobot robot) {
        waitUntil(() -> "6:30".equals(text(robot, "#total-all")));
        robot.clickOn("#day-header-1");
        robot.clickOn("#mark-holiday");
        waitUntil(() -> "29:36".equals(text(robot, "#week-contract")));

        robot.interact(() -> ui.window.openOwnDiary());
        waitUntil(() -> robot.lookup("#day-mark-1").tryQuery().isPresent()
                && "Bank holiday".equals(text(robot, "#day-mark-1")));
        assertTrue(tag(robot, 1).isVisible());
        assertEquals("29:36", text(robot, "#week-contract"));
    }

    @Test
    void editMarkDayMarksAnyDayFromTheKeyboard(FxRobot robot) {
        waitUntil(() -> "6:30".equals(text(robot, "#total-all")));
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#mark-date").tryQuery().isPresent());
        assertEquals(LocalDate.of(2026, 3, 4), robot.lookup("#mark-date").queryAs(DatePicker.class).getValue(),
                "today, in this week");
        assertEquals("Wed 4 Mar 2026 has no mark.", text(robot, "#mark-current"));
        robot.interact(() -> robot.lookup("#mark-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 3)));
        robot.clickOn("#mark-kind-toil");
        robot.clickOn("#mark-half");
        Snapshots.save(robot, robot.lookup("#mark-date").query().getScene().getRoot(), "marks-dialog");
        robot.clickOn("#mark-save");

        waitUntil(() -> "33:18".equals(text(robot, "#week-contract")));
        assertEquals("½ TOIL taken", tag(robot, 2).getText());

        // The dialog starts from the day's mark; choosing "No mark" takes it off.
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#mark-date").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#mark-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 3)));
        waitUntil(() -> "Tue 3 Mar 2026 is marked: TOIL taken (half day).".equals(text(robot, "#mark-current")));
        robot.clickOn("#mark-kind-none");
        robot.clickOn("#mark-save");
        waitUntil(() -> "37:00".equals(text(robot, "#week-contract")));
        assertFalse(tag(robot, 2).isVisible());
    }

    @Test
    void theMenuAndTheDialogReadTheSameInEveryTheme(FxRobot robot) {
        waitUntil(() -> "6:30".equals(text(robot, "#total-all")));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> Themes.apply(theme, scene));
            robot.clickOn("#day-header-2");
            waitUntil(() -> robot.lookup("#mark-remove").tryQuery().isPresent());
            assertTrue(robot.lookup("#mark-remove").query().getPseudoClassStates()
                    .contains(javafx.css.PseudoClass.getPseudoClass("disabled")), "Tuesday has no mark to remove");
            Snapshots.save(robot, robot.lookup("#mark-remove").query().getScene().getRoot(), "marks-menu-" + theme.code());
            robot.type(KeyCode.ESCAPE);
            robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#mark-current").tryQuery().isPresent());
            assertEquals("Wed 4 Mar 2026 has no mark.", text(robot, "#mark-current"));
            Snapshots.save(robot, robot.lookup("#mark-current").query().getScene().getRoot(), "marks-dialog-" + theme.code());
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup("#mark-current").tryQuery().isEmpty());
        }
        robot.interact(() -> Themes.apply(Theme.LIGHT, scene));
    }

    private static Label tag(FxRobot robot, int day) {
        return robot.lookup("#day-mark-" + day).queryAs(Label.class);
    }

    static void add(Diary diary, String from, String to, WorkKind kind, String activity) {
        diary.add(Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, activity, null), RecordedVia.CLI);
    }

}
