package org.dwdiary.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
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
 * The contract in the window: contracted hours set in Edit ▸ Settings from a date change the totals of
 * the weeks from then on only; the totals panel shows overtime and outside hours worked out by hand;
 * the theme chosen there changes the window at once and stays with the diary.
 */
@ExtendWith(ApplicationExtension.class)
class ContractGuiTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Sunday 8 March 2026, 20:00: the end of week 10 (Mon 2 – Sun 8 March), all of it worked. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T20:00:00Z"), LONDON);

    @TempDir
    Path folder;
    private WindowUnderTest ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "30%", null);
            // Mon–Fri 09:00–17:00 (40:00), Tuesday evening 19:00–21:00 and Saturday 10:00–12:00: 44:00.
            for (int day = 2; day <= 6; day++) {
                String date = "2026-03-0" + day + "T";
                add(diary, date + "09:00", date + "11:00", WorkKind.DIRECT, "Home visit");
                add(diary, date + "11:00", date + "13:00", WorkKind.RECORDING, "Case notes");
                add(diary, date + "13:00", date + "14:00", WorkKind.MEETINGS, "Team meeting");
                add(diary, date + "14:00", date + "15:00", WorkKind.TRAVEL, "Travel to visit");
                add(diary, date + "15:00", date + "17:00", WorkKind.RECORDING, "Assessment");
            }
            add(diary, "2026-03-03T19:00", "2026-03-03T21:00", WorkKind.RECORDING, "Court statement");
            add(diary, "2026-03-07T10:00", "2026-03-07T12:00", WorkKind.RECORDING, "Catch-up emails");
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        scene = stage.getScene();
    }

    @AfterEach
    void closeDiary() throws Exception {
        ui.close();
    }

    @Test
    void eightHourDaysWithoutABreakAreMarkedAsPossibleBreachesInTheWeek(FxRobot robot) {
        waitUntil(() -> "44:00".equals(text(robot, "#total-all"))
                && robot.lookup("#week-breaches-section").query().isVisible());
        javafx.scene.layout.VBox list = robot.lookup("#week-breaches").queryAs(javafx.scene.layout.VBox.class);
        List<String> lines = list.getChildren().stream().map(node -> ((javafx.scene.control.Label) node).getText()).toList();
        // Monday to Friday 09:00-17:00 with no gap: over 6 hours without a 20-minute break, except on
        // Tuesday, whose evening block comes after a two-hour gap.
        assertEquals(4, lines.size(), lines::toString);
        assertEquals("⚠ Mon 2 Mar: no break, at least 20 min", lines.get(0));
        assertTrue(((javafx.scene.control.Label) list.getChildren().get(0)).getTooltip().getText().contains("not legal advice"));

        assertEquals("This week", text(robot, "#totals-title"));
        robot.clickOn("#next-week");
        waitUntil(() -> "0:00".equals(text(robot, "#total-all")));
        waitUntil(() -> !robot.lookup("#week-breaches-section").query().isVisible());
        assertEquals("Week 11", text(robot, "#totals-title"), "the totals say which week they are");
    }

    @Test
    void theTotalsShowOvertimeAndOutsideHoursForAnEveningAndASaturday(FxRobot robot) {
        waitUntil(() -> "44:00".equals(text(robot, "#total-all")));
        assertEquals("37:00", text(robot, "#week-contract"), "37:00 Mon–Fri, the default contract");
        assertEquals("+7:00", text(robot, "#week-difference"));
        assertEquals("7:00", text(robot, "#week-overtime"));
        assertEquals("4:00", text(robot, "#week-outside-hours"));
        assertEquals("2:00", text(robot, "#week-outside-evenings"), "Tuesday 19:00–21:00");
        assertEquals("2:00", text(robot, "#week-outside-non-working-days"), "Saturday 10:00–12:00");
        assertEquals("23%", text(robot, "#direct-share"), "10:00 of 44:00 direct");
        assertEquals("target 30%", text(robot, "#direct-target"));

        robot.clickOn("#next-week");
        waitUntil(() -> "0:00".equals(text(robot, "#total-all")));
        assertEquals("37:00", text(robot, "#week-contract"));
        assertEquals("-37:00", text(robot, "#week-difference"), "an empty week is short by the whole contract");
        assertEquals("0:00", text(robot, "#week-overtime"), "a short week has no overtime");
        assertEquals("0:00", text(robot, "#week-outside-hours"));

        robot.clickOn("#previous-week");
        waitUntil(() -> "44:00".equals(text(robot, "#total-all")));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> Themes.apply(theme, scene));
            Snapshots.save(robot, scene.getRoot(), "week-" + theme.code());
        }
    }

    @Test
    void contractedHoursFromADateChangeOnlyTheWeeksFromThatDate(FxRobot robot) {
        waitUntil(() -> "44:00".equals(text(robot, "#total-all")));
        assertEquals("37:00", text(robot, "#week-contract"));

        openSettings(robot);
        assertTrue(robot.lookup("#settings-from-date").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "the target has been set before: changes start this week, not every week");
        DatePicker from = robot.lookup("#settings-effective-date").queryAs(DatePicker.class);
        assertEquals(LocalDate.of(2026, 3, 2), from.getValue(), "Monday of this week");
        assertEquals("37:00 (the default)", text(robot, "#settings-history-contract-hours"));
        assertEquals("30% from the start", text(robot, "#settings-history-direct-target"));
        robot.clickOn("#settings-contract-hours").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("30:00");
        robot.clickOn("#settings-every-week");
        assertTrue(from.isDisabled(), "every week: no date to choose");
        robot.clickOn("#settings-from-date");
        assertFalse(from.isDisabled());
        robot.interact(() -> from.setValue(LocalDate.of(2026, 3, 9)));
        waitUntil(() -> "From Mon 9 Mar 2026: contracted hours 30:00.".equals(text(robot, "#settings-pending")));
        Snapshots.save(robot, from.getScene().getRoot(), "settings-contract");
        robot.clickOn("#settings-save");

        waitUntil(() -> text(robot, "#message").startsWith("Settings saved."));
        assertEquals("37:00", text(robot, "#week-contract"), "the week before the date keeps 37:00");
        assertEquals("7:00", text(robot, "#week-overtime"));
        robot.clickOn("#next-week");
        waitUntil(() -> "30:00".equals(text(robot, "#week-contract")));
        assertEquals("-30:00", text(robot, "#week-difference"));

        openSettings(robot);
        assertEquals("37:00 (the default) until Sun 8 Mar 2026, 30:00 from Mon 9 Mar 2026",
                text(robot, "#settings-history-contract-hours"));
        assertTrue(robot.lookup("#settings-from-date").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "once set, a change starts this week");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theDarkThemeChangesTheWindowAtOnceAndStaysWithTheDiary(FxRobot robot) {
        waitUntil(() -> "44:00".equals(text(robot, "#total-all")));
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(1, scene.getStylesheets().size(), "light: diary.css alone");

        openSettings(robot);
        robot.clickOn("#settings-tab-appearance");
        robot.clickOn("#settings-theme-dark");
        Snapshots.save(robot, robot.lookup("#settings-theme-dark").query().getScene().getRoot(), "settings-appearance");
        robot.clickOn("#settings-save");

        waitUntil(() -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
        assertTrue(scene.getStylesheets().get(1).endsWith("/dark.css"), scene.getStylesheets().toString());
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(Theme.DARK, diary.theme());
        }

        // Open the diary again, as a restart would (the window starts light until the diary is read).
        robot.interact(() -> {
            Themes.apply(Theme.LIGHT, scene);
            ui.window.openOwnDiary();
        });
        waitUntil(() -> "44:00".equals(text(robot, "#total-all")));
        waitUntil(() -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
        assertTrue(scene.getStylesheets().get(1).endsWith("/dark.css"), scene.getStylesheets().toString());

        openSettings(robot);
        robot.clickOn("#settings-tab-appearance");
        assertTrue(robot.lookup("#settings-theme-dark").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        Snapshots.save(robot, robot.lookup("#settings-theme-dark").query().getScene().getRoot(), "settings-dark");
        robot.clickOn("#settings-theme-high-contrast");
        robot.clickOn("#settings-save");
        waitUntil(() -> scene.getStylesheets().size() == 3);
        assertTrue(scene.getStylesheets().get(2).endsWith("/high-contrast.css"));

        openSettings(robot);
        Snapshots.save(robot, robot.lookup("#settings-contract-hours").query().getScene().getRoot(), "settings-high-contrast");
        robot.type(KeyCode.ESCAPE);
    }

    private static void openSettings(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settings-contract-hours").tryQuery().isPresent());
    }

    private static void add(Diary diary, String from, String to, WorkKind kind, String activity) {
        diary.add(Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, activity, null), RecordedVia.CLI);
    }
}
