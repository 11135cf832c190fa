package org.dwdiary.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;

import static org.dwdiary.ui.WeekViewGuiTest.LONDON;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The week's notes beside the grid: typed, kept when moving between weeks, and in the diary itself. */
@ExtendWith(ApplicationExtension.class)
class WeekNoteGuiTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");
    /** Wednesday 4 March 2026, noon: week 10. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, clock)) {
            diary.setZone("Europe/London");
        }
        ui = WindowUnderTest.show(stage, folder, clock);
        scene = stage.getScene();
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void notesTypedForAWeekAreSavedAndComeBackWhenTheWeekIsShownAgain(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-note-caseload").tryQuery().map(node -> ((TextInputControl) node).isEditable())
                .orElse(false));
        robot.clickOn("#week-note-toggle");
        assertEquals("Notes for this week", text(robot, "#week-note-title"));

        robot.clickOn("#week-note-caseload").write("18");
        robot.clickOn("#week-note-went-well").write("Café visit with Zoë's family went well");
        waitUntil(() -> "Saved".equals(text(robot, "#week-note-status")), () -> text(robot, "#week-note-status"));
        Snapshots.save(robot, scene.getRoot(), "week-notes-saved");
        robot.clickOn("#week-note-got-in-the-way").write("Two days on a court statement");
        // The arrow does not take the keyboard: the week is left with the cursor still in the reflection.
        robot.clickOn("#next-week");

        waitUntil(() -> "Notes for week 11".equals(text(robot, "#week-note-title")) && field(robot, "#week-note-caseload").isEmpty());
        assertEquals("Saved the notes for week 10", text(robot, "#week-note-status"));
        assertEquals("", field(robot, "#week-note-went-well"));
        assertEquals("", field(robot, "#week-note-got-in-the-way"));

        robot.clickOn("#previous-week");
        waitUntil(() -> "18".equals(field(robot, "#week-note-caseload")), () -> field(robot, "#week-note-caseload"));
        assertEquals("Notes for this week", text(robot, "#week-note-title"));
        assertEquals("Café visit with Zoë's family went well", field(robot, "#week-note-went-well"));
        assertEquals("Two days on a court statement", field(robot, "#week-note-got-in-the-way"));
        try (Diary diary = Diary.open(folder, clock)) {
            assertEquals(new WeekNote(W10, 18, "Café visit with Zoë's family went well", "Two days on a court statement"),
                    diary.weekNote(W10));
        }

        // A caseload that is not a number is named, and the diary keeps 18.
        robot.doubleClickOn("#week-note-caseload").write("lots");
        robot.clickOn("#week-note-went-well");
        waitUntil(() -> text(robot, "#week-note-status").startsWith("Caseload \"lots\""), () -> text(robot, "#week-note-status"));
        try (Diary diary = Diary.open(folder, clock)) {
            assertEquals(18, diary.weekNote(W10).caseload());
        }
        for (Theme theme : Theme.values()) {
            robot.interact(() -> Themes.apply(theme, scene));
            Snapshots.save(robot, scene.getRoot(), "week-notes-" + theme.code());
        }
        robot.interact(() -> Themes.apply(Theme.LIGHT, scene));
    }

    @Test
    void aNoteStillBeingTypedIsSavedWhenTheWindowCloses(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#week-note-caseload").tryQuery().map(node -> ((TextInputControl) node).isEditable())
                .orElse(false));
        robot.clickOn("#week-note-toggle");
        robot.clickOn("#week-note-got-in-the-way").write("Sickness in the team");

        robot.interact(ui.window::closeDiary); // as DiaryApp.stop does when the window is closed
        ui.close();

        try (Diary diary = Diary.open(folder, clock)) {
            assertEquals(new WeekNote(W10, null, "", "Sickness in the team"), diary.weekNote(W10));
        }
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }
}
