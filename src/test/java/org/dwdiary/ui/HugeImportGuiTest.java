package org.dwdiary.ui;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.ImportSource;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.fuzz.DiaryDump;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.dwdiary.ui.WeekViewGuiTest.LONDON;
import static org.dwdiary.ui.WeekViewGuiTest.block;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files too big for a diary, dropped on the window: refused with the reason, or only the days read are shown. */
@ExtendWith(ApplicationExtension.class)
class HugeImportGuiTest {
    @TempDir
    Path folder;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-04T17:00:00Z"), LONDON);
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, clock)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-02T10:30", "2026-03-02T11:30", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI);
        }
        ui = WindowUnderTest.show(stage, folder, clock);
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void csvWithMoreRowsThanADiaryHasIsRefusedWithTheReasonAndNothingChanges(FxRobot robot) throws Exception {
        Path csv = folder.resolve("everything.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("start,end,kind\n");
            for (int row = 0; row <= ImportSource.MOST_ROWS; row++) {
                out.write("2026-03-03T09:00,2026-03-03T10:00,direct\n");
            }
        }
        waitUntil(() -> "1:00".equals(text(robot, "#total-direct")));
        String before = DiaryDump.of(DiaryFolder.diaryFile(folder));

        robot.interact(() -> ui.window.importFile(csv));

        waitUntil(() -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        String shown = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertEquals(ImportSource.tooManyRows("everything.csv").getMessage(), shown);
        assertEquals("Nothing was imported from everything.csv.", text(robot, "#message"));
        robot.clickOn("OK");
        assertEquals(before, DiaryDump.of(DiaryFolder.diaryFile(folder)));
    }

    @Test
    void calendarOfManyYearsShowsOnlyItsLastYear(FxRobot robot) throws Exception {
        Path ics = folder.resolve("years.ics");
        try (BufferedWriter out = Files.newBufferedWriter(ics, StandardCharsets.UTF_8)) {
            out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n");
            LocalDate day = LocalDate.of(2026, 3, 3);
            for (int event = 0; event < 20_000; event++, day = day.minusDays(1)) { // one a day back to 1971
                String date = day.toString().replace("-", "");
                out.write("BEGIN:VEVENT\r\nUID:e" + event + "\r\nDTSTART:" + date + "T140000Z\r\nDTEND:" + date
                        + "T150000Z\r\nSUMMARY:Team meeting\r\nEND:VEVENT\r\n");
            }
            out.write("END:VCALENDAR\r\n");
        }
        waitUntil(() -> "1:00".equals(text(robot, "#total-direct")));

        robot.interact(() -> ui.window.importFile(ics));

        waitUntil(() -> robot.lookup("#calendar-table").tryQuery().isPresent());
        TableView<CalendarImportPlan.Row> table = robot.lookup("#calendar-table").queryTableView();
        assertEquals(364, table.getItems().size(), "the year up to today (5 March 2025 to 4 March 2026) has 364 of them");
        robot.clickOn("Cancel");
    }
}
