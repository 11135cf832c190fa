package org.dwdiary.ui;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.dwdiary.ui.WeekViewGuiTest.LONDON;
import static org.dwdiary.ui.WeekViewGuiTest.block;
import static org.dwdiary.ui.WeekViewGuiTest.blockLabels;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The command line writes while the window is open: the window shows it by itself (no click, no F5, no
 * coming back to the window), and what is being typed in the window stays as typed.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesElsewhereGuiTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");
    /** Wednesday 4 March 2026, noon: week 10. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    @TempDir
    Path folder;
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, clock)) {
            diary.setZone("Europe/London");
        }
        ui = WindowUnderTest.show(stage, folder, clock);
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    /** The command line, as {@code dwdiary add} is: its own connection to the same diary, closed when done. */
    private void fromTheCommandLine(java.util.function.Consumer<Diary> command) {
        try (Diary cli = Diary.open(folder, clock)) {
            command.accept(cli);
        }
    }

    @Test
    void aBlockAddedFromTheCommandLineAppearsInTheWeekWithoutAClick(FxRobot robot) {
        waitUntil(() -> robot.lookup("#quick-add").tryQuery().isPresent() && weekNotesReady(robot));
        ui.watchForChangesElsewhere(Duration.ofMillis(200));
        assertEquals(java.util.List.of(), blockLabels(robot));

        fromTheCommandLine(cli -> cli.add(block("2026-03-03T09:00", "2026-03-03T10:30", WorkKind.DIRECT, "Home visit"),
                RecordedVia.CLI));

        eventually(() -> blockLabels(robot).contains("Home visit"), () -> blockLabels(robot).toString());
    }

    @Test
    void theBlockWithTheKeyboardKeepsItWhenTheCommandLinesChangeComesIn(FxRobot robot) {
        fromTheCommandLine(cli -> cli.add(block("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit"),
                RecordedVia.CLI));
        robot.interact(ui.window::refresh);
        waitUntil(() -> blockLabels(robot).contains("Home visit"));
        ui.watchForChangesElsewhere(Duration.ofMillis(200));
        robot.clickOn(WeekViewGuiTest.blockNode(robot, "Home visit"));
        assertSame(WeekViewGuiTest.blockNode(robot, "Home visit"), focusOwner(robot));

        fromTheCommandLine(cli -> cli.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL, "Drive"),
                RecordedVia.CLI));

        eventually(() -> blockLabels(robot).contains("Drive"), () -> blockLabels(robot).toString());
        assertSame(WeekViewGuiTest.blockNode(robot, "Home visit"), focusOwner(robot),
                "the keyboard is still on the block (drawn anew), so Enter or Delete still act on it");
    }

    @Test
    void whatIsBeingTypedStaysAsTypedWhileTheCommandLinesChangesComeIn(FxRobot robot) {
        waitUntil(() -> robot.lookup("#quick-add").tryQuery().isPresent() && weekNotesReady(robot));
        ui.watchForChangesElsewhere(Duration.ofMillis(200));

        // Half a quick-add line, not yet entered.
        robot.clickOn("#quick-add").write("45m case notes for");
        fromTheCommandLine(cli -> cli.add(block("2026-03-03T09:00", "2026-03-03T10:30", WorkKind.DIRECT, "Home visit"),
                RecordedVia.CLI));
        eventually(() -> blockLabels(robot).contains("Home visit"), () -> blockLabels(robot).toString());
        assertEquals("45m case notes for", field(robot, "#quick-add"));
        assertSame(robot.lookup("#quick-add").query(), focusOwner(robot), "the typing goes on where it was");

        // A reflection being typed (saved only when the field is left) while the command line writes the
        // caseload and the other reflection of the same week.
        robot.clickOn("#week-note-toggle");
        robot.clickOn("#week-note-went-well").write("Two visits done");
        fromTheCommandLine(cli -> cli.saveWeekNote(new WeekNote(W10, 18, "", "Court statement took the afternoon")));

        eventually(() -> "18".equals(field(robot, "#week-note-caseload")), () -> field(robot, "#week-note-caseload"));
        assertEquals("Two visits done", field(robot, "#week-note-went-well"));
        assertEquals("Court statement took the afternoon", field(robot, "#week-note-got-in-the-way"));
        assertSame(robot.lookup("#week-note-went-well").query(), focusOwner(robot));

        // Leaving the field saves it, and nothing either side wrote is lost.
        robot.write(" and a court report.");
        robot.clickOn("#quick-add");
        waitUntil(() -> "Saved".equals(text(robot, "#week-note-status")), () -> text(robot, "#week-note-status"));
        try (Diary diary = Diary.open(folder, clock)) {
            assertEquals(new WeekNote(W10, 18, "Two visits done and a court report.", "Court statement took the afternoon"),
                    diary.weekNote(W10));
        }
        assertEquals("45m case notes for", field(robot, "#quick-add"));
    }

    private static boolean weekNotesReady(FxRobot robot) {
        return robot.lookup("#week-note-caseload").tryQuery().map(node -> ((TextInputControl) node).isEditable()).orElse(false);
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#quick-add").query().getScene().getFocusOwner();
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    /** Waits, generously (the machine may be busy), for what the poll brings: never a timing assertion. */
    private static void eventually(BooleanSupplier condition, Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the window never showed the command line's change; it showed: " + shown.get(), e);
        }
    }
}
