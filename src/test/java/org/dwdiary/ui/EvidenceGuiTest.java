package org.dwdiary.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.evidence.EvidenceView;
import org.dwdiary.ui.evidence.EvidenceViewModel;
import org.dwdiary.ui.trends.ChartData;
import org.dwdiary.ui.trends.ChartKind;
import org.dwdiary.ui.trends.TrendChart;
import org.dwdiary.ui.trends.SmallDiary;
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
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence view, driven as a worker or their representative would: Ctrl+3, the summary, a week row,
 * a possible breach, the working rules dialog. "Now" is Wednesday 4 March 2026 (week 10). The diary,
 * worked out by hand: weeks 7 to 10, Monday to Friday 08:00–12:00 and 12:30–16:42 (41:00 a week, 4:00
 * over the default 37:00 on flexi-time), except that in week 8 Monday's afternoon is worked 19:00–23:12
 * and Tuesday starts at 07:12, so the night between has 8:00 of rest. One flexi period of four weeks:
 * +16:00, of which +10:00 is carried and 6:00 lost.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceGuiTest {
    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;
    private Stage stage;

    static void write(Diary diary) {
        diary.setZone("Europe/London");
        for (int week = 0; week < 4; week++) {
            for (int day = 0; day < 5; day++) {
                LocalDate date = LocalDate.of(2026, 2, 9).plusWeeks(week).plusDays(day);
                if (date.equals(LocalDate.of(2026, 2, 16))) {
                    add(diary, date + "T08:00", date + "T12:00");
                    add(diary, date + "T19:00", date + "T23:12");
                } else if (date.equals(LocalDate.of(2026, 2, 17))) {
                    add(diary, date + "T07:12", date + "T11:12");
                    add(diary, date + "T11:42", date + "T15:54");
                } else {
                    add(diary, date + "T08:00", date + "T12:00");
                    add(diary, date + "T12:30", date + "T16:42");
                }
            }
        }
    }

    private static void add(Diary diary, String from, String to) {
        diary.add(SmallDiary.block(from, to, WorkKind.RECORDING), RecordedVia.GUI);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (Diary diary = Diary.open(folder, CLOCK)) {
            write(diary);
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    private EvidenceView openEvidence(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> window.evidenceView() != null && robot.lookup("#evidence-record").tryQuery().isPresent()
                && text(robot, "#evidence-record").contains("record intact"));
        return window.evidenceView();
    }

    @Test
    void ctrlThreeShowsTheLostHoursTheBalanceAndHowTheRecordWasKept(FxRobot robot) {
        assertNull(window.evidenceView(), "the evidence view is built only when first shown");
        openEvidence(robot);

        assertEquals("2026-W07 to 2026-W10 · Mon 9 Feb – Sun 8 Mar 2026 · 4 weeks", text(robot, "#evidence-range-title"));
        assertTrue(robot.lookup("#evidence-range-balance").queryAs(ToggleButton.class).isSelected(), "from the balance start");
        assertTrue(robot.lookup("#view-evidence").queryAs(ToggleButton.class).isSelected(), "the switch shows where you are");
        assertEquals("Overtime scheme: flexi-time", text(robot, "#evidence-scheme"));
        assertEquals("148:00", text(robot, "#evidence-contracted"));
        assertEquals("164:00", text(robot, "#evidence-worked"));
        assertEquals("16:00", text(robot, "#evidence-overtime"));
        assertEquals("+16:00", text(robot, "#evidence-balance"));
        assertEquals("6:00", text(robot, "#evidence-lost"));
        assertEquals("worked above the +10:00 carry-over limit at 1 of 1 settlement: never paid or returned",
                text(robot, "#evidence-lost-detail"));
        assertFalse(shown(robot, "#evidence-toil"), "no TOIL on flexi with none taken");
        assertEquals("1", text(robot, "#evidence-breach-count"));
        // Tuesday to Friday of week 10 were recorded within 24 hours of their end: 32:48 of 164:00.
        assertTrue(text(robot, "#evidence-record").startsWith(
                "20% of the minutes recorded within 24 hours of their end · 0 later edits · record intact, final hash "),
                text(robot, "#evidence-record"));
        assertEquals(4, window.evidenceView().weeksTable().getItems().size());
        Snapshots.save(robot, window.root(), "evidence-flexi");
    }

    @Test
    void clickingAWeekRowOrPressingEnterOpensItInTheWeekView(FxRobot robot) {
        openEvidence(robot);

        robot.clickOn(row(robot, "2026-W07"));
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent()
                && text(robot, "#week-title").startsWith("Week 7 · Mon 9 Feb"));
        assertTrue(robot.lookup("#view-week").queryAs(ToggleButton.class).isSelected());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#evidence-weeks").tryQuery().isPresent());
        robot.interact(() -> {
            var table = window.evidenceView().weeksTable();
            table.requestFocus();
            table.getSelectionModel().select(2);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent()
                && text(robot, "#week-title").startsWith("Week 9 · Mon 23 Feb"));
    }

    @Test
    void theBreachesListGivesTheFigureTheMethodAndSaysItIsNotLegalAdvice(FxRobot robot) {
        openEvidence(robot);

        assertEquals("Possible breaches of the Working Time Regulations 1998: 1", text(robot, "#evidence-breaches-title"));
        Node breach = robot.lookup("#evidence-breaches .list-cell").match(node -> ((ListCell<?>) node).getItem() != null).query();
        assertEquals("Mon 16 Feb 2026 to Tue 17 Feb 2026", text(robot, ".breach-days"));
        assertEquals("rest 8:00, at least 11:00", text(robot, ".breach-figure"));
        assertEquals("Less than 11 hours' rest between working days (reg. 10)", text(robot, ".breach-rule"));
        assertTrue(text(robot, "#evidence-method").startsWith("How they were found: Working time is every logged block."));
        assertTrue(text(robot, "#evidence-method").endsWith("not legal advice."));
        assertEquals("This is not legal advice.", text(robot, "#evidence-not-legal-advice"));
        assertTrue(shown(robot, "#evidence-not-legal-advice"));
        Snapshots.save(robot, robot.lookup("#evidence-breaches-card").query(), "evidence-breaches");

        robot.clickOn(breach);
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent()
                && text(robot, "#week-title").startsWith("Week 8 · Mon 16 Feb"));
    }

    @Test
    void changingTheSchemeToToilInTheRulesDialogUpdatesTheSummary(FxRobot robot) {
        openEvidence(robot);

        robot.clickOn("#evidence-change-rules");
        waitUntil(() -> robot.lookup("#rules-scheme-toil").tryQuery().isPresent());
        Snapshots.save(robot, robot.lookup("#rules-save").query().getScene().getRoot(), "evidence-rules-dialog");
        robot.clickOn("#rules-scheme-toil");
        assertEquals("Overtime scheme: toil.", text(robot, "#rules-pending"));
        robot.clickOn("#rules-save");

        waitUntil(() -> shown(robot, "#evidence-toil") && "+16:00".equals(text(robot, "#evidence-toil")));
        assertEquals("earned 16:00 · taken 0:00", text(robot, "#evidence-toil-detail"));
        assertEquals("Overtime scheme: time off in lieu (TOIL)", text(robot, "#evidence-scheme"));
        assertFalse(shown(robot, "#evidence-lost"), "no lost hours off flexi-time");
        assertFalse(shown(robot, "#evidence-flexi-card"));
        assertEquals("Working rules saved. Overtime scheme: toil.", text(robot, "#evidence-message"));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(WorkingRules.Scheme.TOIL, diary.workingRules().scheme(), "written to the diary");
        }
        Snapshots.save(robot, window.root(), "evidence-toil");
    }

    @Test
    void aValueTheRulesCannotReadNamesItsFieldAndCannotBeSaved(FxRobot robot) {
        openEvidence(robot);
        robot.clickOn("#evidence-change-rules");
        waitUntil(() -> robot.lookup("#rules-credit-limit").tryQuery().isPresent());

        WeekViewGuiTest.fill(robot, "#rules-credit-limit", "lots");

        waitUntil(() -> text(robot, "#rules-problem").startsWith("Most hours over carried: \"lots\" is not a number of hours"));
        assertTrue(robot.lookup("#rules-save").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#rules-credit-limit").tryQuery().isEmpty());
        assertEquals("6:00", text(robot, "#evidence-lost"), "nothing changed");
    }

    @Test
    void focusingTheWindowAgainShowsChangesMadeElsewhere(FxRobot robot) {
        openEvidence(robot);
        try (Diary other = Diary.open(folder, CLOCK)) { // the CLI, say, while the window is open
            other.add(SmallDiary.block("2026-03-07T10:00", "2026-03-07T12:00", WorkKind.RECORDING), RecordedVia.CLI);
        }

        robot.interact(window::refresh);

        waitUntil(() -> "+18:00".equals(text(robot, "#evidence-balance")));
        assertEquals("8:00", text(robot, "#evidence-lost"));
    }

    @Test
    void savingSettingsWhileTheEvidenceShowsReadsItAgain(FxRobot robot) {
        openEvidence(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settings-contract-hours").tryQuery().isPresent());
        WeekViewGuiTest.fill(robot, "#settings-contract-hours", "40:00"); // for every week: nothing was set before
        robot.clickOn("#settings-save");

        waitUntil(() -> "160:00".equals(text(robot, "#evidence-contracted")));
        assertEquals("+4:00", text(robot, "#evidence-balance"), "164:00 worked against 4 × 40:00");
        assertEquals("0:00", text(robot, "#evidence-lost"), "+4:00 at the settlement is within the +10:00 carried");
        assertTrue(text(robot, "#evidence-message").startsWith("Settings saved."), text(robot, "#evidence-message"));
        assertTrue(robot.lookup("#view-evidence").queryAs(ToggleButton.class).isSelected(), "still on the evidence");


        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL); // shown again: read again, range kept
        waitUntil(() -> robot.lookup("#evidence-contracted").tryQuery().isPresent() && "160:00".equals(text(robot, "#evidence-contracted")));
        assertTrue(robot.lookup("#evidence-range-balance").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void theTrendsContractChartMarksTheWeekWithABreach(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> window.trendsView() != null && window.trendsView().chart(ChartKind.CONTRACT).bandCount() == 13);
        TrendChart contract = window.trendsView().chart(ChartKind.CONTRACT);

        waitUntil(() -> contract.warningMarks() == 1);
        assertTrue(contract.data().warned(10), "week 8, the eleventh of the 13 weeks from 2025-W50");
        assertEquals(ChartData.WARNING_LEGEND, text(robot, "#legend-warning"));
        assertEquals(0, window.trendsView().chart(ChartKind.SHARE).warningMarks());

        robot.moveTo(contract.bandCentreOnScreen(10));
        waitUntil(() -> contract.tooltip().isShowing() && contract.tooltip().getText().startsWith("2026-W08"));
        assertEquals("2026-W08 · Mon 16 Feb – Sun 22 Feb 2026\nWorked 41:00 · contracted 37:00 · over by 4:00\n"
                + "Possible breach: Mon 16 Feb 2026 to Tue 17 Feb 2026: Less than 11 hours' rest between working days "
                + "(reg. 10): rest 8:00, at least 11:00", contract.tooltip().getText());
        Snapshots.save(robot, window.trendsView().card(ChartKind.CONTRACT), "trends-contract-breach");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL); // the same breach, in the evidence
        waitUntil(() -> window.evidenceView() != null && robot.lookup("#evidence-breach-count").tryQuery().isPresent()
                && "1".equals(text(robot, "#evidence-breach-count")));
    }

    @Test
    void readableInTheDarkAndHighContrastThemes(FxRobot robot) {
        openEvidence(robot);
        try {
            for (Theme theme : new Theme[] {Theme.DARK, Theme.HIGH_CONTRAST}) {
                robot.interact(() -> Themes.apply(theme, stage.getScene()));
                robot.interact(() -> { });
                Snapshots.save(robot, window.root(), "evidence-" + theme.code());
            }
            robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
            waitUntil(() -> window.trendsView() != null && window.trendsView().chart(ChartKind.CONTRACT).warningMarks() == 1);
            Snapshots.save(robot, window.trendsView().card(ChartKind.CONTRACT), "trends-contract-breach-high-contrast");
        } finally {
            robot.interact(() -> Themes.apply(Theme.LIGHT, stage.getScene()));
        }
    }

    /** Whether the node and every node around it are visible. */
    static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Node row(FxRobot robot, String week) {
        return robot.lookup("#evidence-weeks .table-row-cell").match(node -> node instanceof TableRow<?> row
                && row.getItem() instanceof EvidenceViewModel.WeekRow shown && shown.week().toString().equals(week)).query();
    }
}
