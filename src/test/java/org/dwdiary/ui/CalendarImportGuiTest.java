package org.dwdiary.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dwdiary.domain.CalendarImportPlan;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.dwdiary.ui.WeekViewGuiTest.LONDON;
import static org.dwdiary.ui.WeekViewGuiTest.block;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a calendar from the window: a preview to adjust, then the blocks; again, nothing twice. */
@ExtendWith(ApplicationExtension.class)
class CalendarImportGuiTest {
    static final String CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//EN
            BEGIN:VEVENT
            UID:team-1
            DTSTART;TZID=Europe/London:20260302T100000
            DTEND;TZID=Europe/London:20260302T110000
            RRULE:FREQ=WEEKLY;COUNT=3
            SUMMARY:Team meeting
            DESCRIPTION:never read
            END:VEVENT
            BEGIN:VEVENT
            UID:duty-1
            DTSTART;TZID=Europe/London:20260303T140000
            DTEND;TZID=Europe/London:20260303T150000
            SUMMARY:Duty cover
            END:VEVENT
            BEGIN:VEVENT
            UID:leave-1
            DTSTART;VALUE=DATE:20260305
            DTEND;VALUE=DATE:20260306
            SUMMARY:Annual leave
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n");

    @TempDir
    Path folder;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-04T17:00:00Z"), LONDON);
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, clock)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-02T10:30", "2026-03-02T11:30", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI);
        }
        ui = WindowUnderTest.show(stage, folder, clock);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void thePreviewLetsTheUserChooseAKindThenImportsAndANewImportAddsNothingTwice(FxRobot robot) throws Exception {
        Path ics = folder.resolve("work calendar.ics");
        Files.writeString(ics, CALENDAR);
        waitUntil(() -> "1:00".equals(text(robot, "#total-direct")));
        robot.interact(() -> window.importFile(ics));
        waitUntil(() -> robot.lookup("#calendar-table").tryQuery().isPresent());

        // The first team meeting overlaps the visit; the next ones are in the future (after today): left out.
        TableView<CalendarImportPlan.Row> table = robot.lookup("#calendar-table").queryTableView();
        assertEquals(2, table.getItems().size(), "the 9 and 16 March meetings are after today");
        assertTrue(text(robot, "#calendar-summary").startsWith("0 events will be imported."), text(robot, "#calendar-summary"));
        assertTrue(text(robot, "#calendar-summary").contains("1 needs a kind"), text(robot, "#calendar-summary"));

        robot.interact(() -> robot.lookup("#calendar-default-kind").queryAs(ComboBox.class).getSelectionModel()
                .select(WorkKind.DIRECT));
        assertTrue(text(robot, "#calendar-summary").startsWith("1 event will be imported: 1 new."), text(robot, "#calendar-summary"));
        robot.clickOn("#calendar-trim");
        waitUntil(() -> text(robot, "#calendar-summary").startsWith("2 events will be imported: 1 new, 1 trimmed to fit."));
        Snapshots.save(robot, robot.lookup("#calendar-table").query().getScene().getRoot(), "calendar-import");
        robot.clickOn("#calendar-import");

        waitUntil(() -> "2:00".equals(text(robot, "#total-direct")));
        assertEquals("0:30", text(robot, "#total-meetings"), "10:00-10:30, trimmed before the visit");

        robot.interact(() -> window.importFile(ics));
        waitUntil(() -> robot.lookup("#calendar-summary").tryQuery().isPresent());
        assertTrue(text(robot, "#calendar-summary").startsWith("0 events will be imported. 2 were imported before."),
                text(robot, "#calendar-summary"));
        robot.clickOn("Cancel");
        try (Diary diary = Diary.open(folder, clock)) {
            assertEquals(3, diary.count());
            assertTrue(diary.all().stream().noneMatch(b -> "never read".equals(b.note())));
        }
    }
}
