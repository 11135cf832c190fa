package org.dwdiary.store;

import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings that shape the figures are kept with their dates, in the real SQLite file. */
class DatedSettingsTest {
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

    @TempDir Path folder;

    @Test
    void datedValuesSurviveClosingTheDiaryAndOnlyChangeTheirOwnWeeks() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "22:30", SEP_1);
            diary.setFigureSetting(FigureSetting.WORKING_DAYS, "Mon-Wed", SEP_1);
        }
        try (Diary diary = Diary.open(folder, CLOCK)) {
            SettingsTimeline timeline = diary.settingsTimeline();
            assertEquals(37 * 60, timeline.on(SEP_1.minusDays(1)).weeklyMinutes());
            assertEquals(22 * 60 + 30, timeline.on(SEP_1).weeklyMinutes());
            assertEquals(3, timeline.on(SEP_1).workingDays().size());
            assertEquals(List.of(SEP_1), timeline.changeDays());
        }
    }

    @Test
    void withoutADateTheFirstValueHoldsFromTheStartAndTheNextFromThisWeek() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(SettingsTimeline.BEGINNING, diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "35", null).from());
            assertEquals(LocalDate.of(2026, 3, 2), diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "30", null).from());
            assertTrue(diary.removeFigureSetting(FigureSetting.CONTRACT_HOURS, LocalDate.of(2026, 3, 2)));
            assertFalse(diary.removeFigureSetting(FigureSetting.CONTRACT_HOURS, LocalDate.of(2026, 3, 2)));
            assertEquals(35 * 60, diary.settingsTimeline().on(LocalDate.of(2026, 3, 4)).weeklyMinutes());
        }
    }

    @Test
    void theSettingsDialogSavesEverythingInOneActionOrNothing() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.saveSettings("Europe/London", KindRules.defaults(), Theme.DARK, List.of(
                    new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SEP_1, "30"),
                    new SettingsTimeline.Change(FigureSetting.DIRECT_TARGET, SEP_1, "25%")));
            assertEquals(Theme.DARK, diary.theme());
            assertEquals(2, diary.settingsTimeline().changes().size());

            assertThrows(InputRefusedException.class, () -> diary.saveSettings("Mars/Olympus", KindRules.defaults(),
                    Theme.LIGHT, List.of(new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, SEP_1, "20"))));
            assertEquals(Theme.DARK, diary.theme());
            assertEquals(30 * 60, diary.settingsTimeline().on(SEP_1).weeklyMinutes());
        }
    }

    @Test
    void aPeriodHoldsTheBlocksOfItsWeeksTheZoneAndTheSettings() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            diary.add(block("2026-03-01T23:00", "2026-03-02T01:00", WorkKind.RECORDING, "Case notes"), RecordedVia.CLI);
            diary.add(block("2026-03-09T09:00", "2026-03-09T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI);
            diary.add(block("2026-03-16T09:00", "2026-03-16T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.CLI);
            diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "30%", SettingsTimeline.BEGINNING);

            Diary.Period period = diary.period(WeekId.parse("2026-W10"), WeekId.parse("2026-W11"));
            assertEquals(2, period.blocks().size(), "the Sunday-night block reaches into W10; W12's is outside");
            assertEquals(TestDiaries.LONDON, period.zone());
            assertEquals(0.30, period.settings().on(SEP_1).directTarget());
            assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), diary.firstDay());
            assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), diary.lastDay());
        }
    }

    @Test
    void anEmptyDiaryHasNoFirstDay() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(Optional.empty(), diary.firstDay());
            assertEquals(Theme.LIGHT, diary.theme());
            assertEquals(SettingsTimeline.defaults(), diary.settingsTimeline());
        }
    }

    @Test
    void aDiaryFromVersionOneGetsTheDefaultsAndCanTakeDatedSettings(@TempDir Path dir) throws IOException {
        Path golden = dir.resolve("golden");
        Files.createDirectories(golden);
        try (InputStream in = getClass().getResourceAsStream("/diaries/v1-diary.db")) {
            Files.copy(in, golden.resolve("diary.db"));
        }
        try (Diary diary = Diary.open(golden, CLOCK)) {
            assertEquals(SettingsTimeline.defaults(), diary.settingsTimeline());
            diary.setFigureSetting(FigureSetting.STANDARD_WINDOW, "07:00-19:00", SEP_1);
            assertEquals("07:00-19:00", FigureSetting.STANDARD_WINDOW.format(diary.settingsTimeline().on(SEP_1)));
        }
    }
}
