package org.dwdiary.ui.trends;

import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.range.WeekRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.dwdiary.ui.trends.SmallDiary.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trends screen's logic without a toolkit: same-thread executors, a real diary file. "This week" is
 * week 10 of 2026 (the clock says Wednesday 4 March, noon, in London).
 */
class TrendsViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path folder;
    Diary diary;
    TrendsViewModel model;
    final List<WeekId> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        diary = Diary.open(folder, CLOCK);
        diary.setZone("Europe/London");
        model = new TrendsViewModel(diary, CLOCK, SAME_THREAD, SAME_THREAD, opened::add);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    private TrendsViewModel.Loaded loaded() {
        return model.loadedProperty().get();
    }

    @Test
    void opensOnTheThirteenWeeksEndingThisWeek() {
        model.reload();

        assertEquals(WeekRange.LAST_13, model.rangeProperty().get());
        assertEquals(WeekId.parse("2025-W50"), loaded().range().from());
        assertEquals(WeekId.parse("2026-W10"), loaded().range().to());
        assertEquals("2025-W50 to 2026-W10 · Mon 8 Dec – Sun 8 Mar 2026 · 13 weeks", model.rangeTitleProperty().get());
        assertEquals(LocalDate.of(2025, 12, 8), model.customFromProperty().get(), "Custom starts from the weeks shown");
        assertEquals(LocalDate.of(2026, 3, 8), model.customToProperty().get());
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
            "LAST_4,  2026-W07, 2026-W10, 4",
            "LAST_13, 2025-W50, 2026-W10, 13",
            "LAST_26, 2025-W37, 2026-W10, 26",
            "LAST_52, 2025-W11, 2026-W10, 52",
    })
    void presetRangesEndThisWeek(WeekRange range, String from, String to, int weeks) {
        model.choose(range);

        assertEquals(WeekId.parse(from), loaded().range().from());
        assertEquals(WeekId.parse(to), loaded().range().to());
        assertEquals(weeks, loaded().charts().get(ChartKind.KINDS).weekCount(), "one band per week");
    }

    @Test
    void allRunsFromTheWeekOfTheFirstBlockToThisWeek() {
        diary.add(block("2016-03-02T09:00", "2016-03-02T10:00", WorkKind.DIRECT), RecordedVia.GUI);
        diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT), RecordedVia.GUI);

        model.choose(WeekRange.ALL);

        assertEquals(WeekId.parse("2016-W09"), loaded().range().from());
        assertEquals(WeekId.parse("2026-W10"), loaded().range().to());
        assertEquals(523, loaded().range().weeks().size(), "ten years of weeks, every one a band");
        assertEquals(2, loaded().range().loggedWeeks());
    }

    @Test
    void allOfAnEmptyDiaryIsThisWeekWithNothingToDraw() {
        model.choose(WeekRange.ALL);

        assertEquals(WeekId.parse("2026-W10"), loaded().range().from());
        assertEquals(WeekId.parse("2026-W10"), loaded().range().to());
        assertTrue(loaded().charts().values().stream().allMatch(ChartData::empty), "every chart shows its empty message");
        assertEquals("nothing logged", model.thisWeekShareProperty().get());
        assertEquals("nothing logged", model.averageShareProperty().get());
        assertEquals("0:00", model.overtimeProperty().get());
    }

    @Test
    void allNeverStartsAfterThisWeek() {
        diary.add(block("2026-04-01T09:00", "2026-04-01T10:00", WorkKind.DIRECT), RecordedVia.GUI); // a block planned ahead

        model.choose(WeekRange.ALL);

        assertEquals(WeekId.parse("2026-W10"), loaded().range().from());
        assertEquals(WeekId.parse("2026-W10"), loaded().range().to());
    }

    @Test
    void customTakesTheWholeWeeksContainingTheDates() {
        SmallDiary.write(diary);

        assertTrue(model.applyCustom(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 17)));

        assertEquals(WeekRange.CUSTOM, model.rangeProperty().get());
        assertEquals(WeekId.parse("2026-W07"), loaded().range().from());
        assertEquals(WeekId.parse("2026-W08"), loaded().range().to());
        assertEquals(360, loaded().range().totalMinutes(), "both whole weeks: Saturday 14 Feb counts");
        assertEquals(LocalDate.of(2026, 2, 11), model.customFromProperty().get(), "the dates typed stay as typed");
        assertEquals("29%", model.thisWeekShareProperty().get(), "the this-week tile is this week whatever the range");
    }

    @Test
    void customRefusesAFirstDayAfterTheLastAndKeepsTheWeeksShown() {
        model.reload();
        TrendsViewModel.Loaded before = loaded();

        assertFalse(model.applyCustom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)));

        assertEquals("The first day (Mon 9 Mar 2026) is after the last day (Mon 2 Mar 2026): choose a first day on or before the last.",
                model.messageProperty().get());
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals(WeekRange.LAST_13, model.rangeProperty().get());
        assertSame(before, loaded(), "nothing reloaded");
    }

    @Test
    void customRefusesAMissingDateAndAnImplausibleSpan() {
        assertFalse(model.applyCustom(null, LocalDate.of(2026, 3, 2)));
        assertEquals("Choose both the first and the last day of the weeks to show.", model.messageProperty().get());

        assertFalse(model.applyCustom(LocalDate.of(1926, 3, 2), LocalDate.of(2026, 3, 2)));
        assertTrue(model.messageProperty().get().startsWith("That is 5219 weeks; choose at most 1100"), model.messageProperty().get());

        assertTrue(model.applyCustom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
        assertEquals("", model.messageProperty().get(), "a good range clears the complaint");
        assertEquals("2026-W10 · Mon 2 Mar – Sun 8 Mar 2026 · 1 week", model.rangeTitleProperty().get());
    }

    @Test
    void tilesShowTheHandWorkedFigures() {
        SmallDiary.write(diary);

        model.reload();

        assertEquals("29%", model.thisWeekShareProperty().get(), "75 of 255 minutes");
        assertEquals("2026-W10 · 1:15 of 4:15 · target 25%", model.thisWeekDetailProperty().get());
        assertEquals("32%", model.averageShareProperty().get(), "195 direct of 615 minutes in 13 weeks");
        assertEquals("2025-W50 to 2026-W10 · 3 of 13 weeks logged, weighted by hours", model.averageDetailProperty().get());
        assertEquals("2:15", model.overtimeProperty().get(), "1:00 in W08 and 1:15 in W10; W07's short week cancels nothing");
        assertEquals("in 2 of 13 weeks · contracted 39:00", model.overtimeDetailProperty().get());
        assertEquals("2:30", model.outsideProperty().get());
        assertEquals("in 13 weeks: 1:30 outside the window on working days · 1:00 on non-working days",
                model.outsideDetailProperty().get());
    }

    @Test
    void theAverageTileKeepsToTheLastThirteenWeeksWhateverTheRange() {
        SmallDiary.write(diary);

        model.choose(WeekRange.LAST_4);

        assertEquals("32%", model.averageShareProperty().get());
        assertEquals("2:15", model.overtimeProperty().get());
        assertEquals("in 2 of 4 weeks · contracted 12:00", model.overtimeDetailProperty().get());
    }

    @Test
    void aWeekWithNothingLoggedIsAGapNotZero() {
        SmallDiary.write(diary);

        model.choose(WeekRange.LAST_4);

        ChartData share = loaded().charts().get(ChartKind.SHARE);
        assertEquals(List.of("2026-W07", "2026-W08", "2026-W09", "2026-W10"), share.weeks().stream().map(WeekId::toString).toList());
        ChartData.Series line = share.lines().get(0);
        assertEquals("series-share", line.styleClass());
        assertEquals(0.5, line.value(0), 1e-9);
        assertEquals(0.25, line.value(1), 1e-9);
        assertNull(line.value(2), "week 9 has no share: the line breaks");
        assertEquals(75.0 / 255, line.value(3), 1e-9);
        assertEquals("2026-W09 · Mon 23 Feb – Sun 1 Mar 2026\nNothing logged · 4-week average 33% · target 25%", share.tips().get(2));
    }

    @Test
    void hoverTextsGiveEachWeeksExactFigures() {
        SmallDiary.write(diary);

        model.choose(WeekRange.LAST_4);

        var charts = loaded().charts();
        assertEquals("2026-W08 · Mon 16 Feb – Sun 22 Feb 2026\nDirect-work share 25% (1:00 of 4:00) · 4-week average 33% · target 25%",
                charts.get(ChartKind.SHARE).tips().get(1));
        assertEquals("2026-W08 · Mon 16 Feb – Sun 22 Feb 2026\nDirect work 1:00 · Recording 3:00 · Travel 0:00 · Meetings 0:00\nTotal 4:00",
                charts.get(ChartKind.KINDS).tips().get(1));
        assertEquals("2026-W08 · Mon 16 Feb – Sun 22 Feb 2026\nWorked 4:00 · contracted 3:00 · over by 1:00",
                charts.get(ChartKind.CONTRACT).tips().get(1));
        assertEquals("2026-W07 · Mon 9 Feb – Sun 15 Feb 2026\nWorked 2:00 · contracted 3:00 · under by 1:00",
                charts.get(ChartKind.CONTRACT).tips().get(0));
        assertEquals("2026-W10 · Mon 2 Mar – Sun 8 Mar 2026\nEvenings 1:30 · weekends 0:00 · together 1:30",
                charts.get(ChartKind.OUTSIDE).tips().get(3));
        assertEquals("2026-W09 · Mon 23 Feb – Sun 1 Mar 2026\nNothing logged · contracted 3:00",
                charts.get(ChartKind.CONTRACT).tips().get(2));
    }

    @Test
    void theContractChartSplitsEachBarAtTheContract() {
        SmallDiary.write(diary);

        model.choose(WeekRange.LAST_4);

        ChartData contract = loaded().charts().get(ChartKind.CONTRACT);
        assertEquals(List.of(120.0, 180.0, 0.0, 180.0), contract.bars().get(0).values(), "worked up to the contract");
        assertEquals(List.of(0.0, 60.0, 0.0, 75.0), contract.bars().get(1).values(), "over the contract, drawn hatched");
        assertEquals(List.of(180.0, 180.0, 180.0, 180.0), contract.lines().get(0).values(), "the contract line");
        assertEquals("0 h 1 h 2 h 3 h 4 h 5 h", String.join(" ", contract.scale().ticks().stream().map(contract.scale()::label).toList()));
    }

    @Test
    void aWeekWithAPossibleBreachIsMarkedOnTheContractChartAndNamedInItsHoverText() {
        // Monday 16 February ends at 23:00 and Tuesday starts at 07:00: 8:00 of rest, not 11.
        diary.add(block("2026-02-16T19:00", "2026-02-16T23:00", WorkKind.RECORDING), RecordedVia.GUI);
        diary.add(block("2026-02-17T07:00", "2026-02-17T08:00", WorkKind.TRAVEL), RecordedVia.GUI);

        model.choose(WeekRange.LAST_4);

        assertEquals(1, loaded().breaches().size());
        ChartData contract = loaded().charts().get(ChartKind.CONTRACT);
        assertEquals(java.util.Arrays.asList(null, "Possible breach: Mon 16 Feb 2026 to Tue 17 Feb 2026: Less than 11 hours' rest "
                + "between working days (reg. 10): rest 8:00, at least 11:00", null, null), contract.warnings(), "week 8 only");
        assertEquals("2026-W08 · Mon 16 Feb – Sun 22 Feb 2026\nWorked 5:00 · contracted 37:00 · under by 32:00\n"
                + "Possible breach: Mon 16 Feb 2026 to Tue 17 Feb 2026: Less than 11 hours' rest between working days (reg. 10): "
                + "rest 8:00, at least 11:00", contract.tips().get(1));
        assertFalse(loaded().charts().get(ChartKind.SHARE).anyWarning(), "only the contract chart marks breaches");

        model.choose(WeekRange.LAST_13);
        assertTrue(loaded().charts().get(ChartKind.CONTRACT).warned(10), "the same week, wherever it falls in the range");
    }

    @Test
    void aBreachFoundFromTheWeeksBeforeTheRangeIsStillFound() {
        // 20 weeks of 50 hours end with week 10: the 48-hour average of each of weeks 7 to 10 takes in the
        // 16 weeks before it, most of them before the 4 weeks shown.
        for (int week = 0; week < 20; week++) {
            for (int day = 0; day < 5; day++) {
                LocalDate date = WeekId.parse("2026-W10").plusWeeks(-week).monday().plusDays(day);
                diary.add(block(date + "T07:00", date + "T12:00", WorkKind.RECORDING), RecordedVia.GUI);
                diary.add(block(date + "T12:30", date + "T17:30", WorkKind.RECORDING), RecordedVia.GUI);
            }
        }

        model.choose(WeekRange.LAST_4);

        assertEquals(List.of("weekly-48h"), loaded().breaches().stream().map(b -> b.rule().code()).distinct().toList());
        assertEquals(4, loaded().breaches().size(), "weeks 7 to 10, each averaging 50:00 over its 17 weeks");
        assertTrue(loaded().charts().get(ChartKind.CONTRACT).warnings().stream().allMatch(java.util.Objects::nonNull));
    }

    @Test
    void theTargetLineFollowsTheSettingThroughTime() {
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "30%", LocalDate.of(2026, 2, 23));
        diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT), RecordedVia.GUI);

        model.choose(WeekRange.LAST_4);

        ChartData share = loaded().charts().get(ChartKind.SHARE);
        assertEquals(3, share.lines().size(), "share, average and target");
        List<Double> target = share.lines().get(2).values();
        assertNull(target.get(0));
        assertNull(target.get(1));
        assertEquals(0.3, target.get(2), 1e-9);
        assertEquals(0.3, target.get(3), 1e-9);
    }

    @Test
    void noTargetLineWithoutATarget() {
        diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT), RecordedVia.GUI);

        model.reload();

        assertEquals(List.of("Direct-work share", "4-week average"),
                loaded().charts().get(ChartKind.SHARE).legend().stream().map(ChartData.Series::name).toList());
        assertEquals("2026-W10 · 1:00 of 1:00 · no target set", model.thisWeekDetailProperty().get());
    }

    @Test
    void aLoadOvertakenByANewerOneIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        TrendsViewModel slow = new TrendsViewModel(diary, CLOCK, queued::add, SAME_THREAD, opened::add);
        slow.choose(WeekRange.LAST_4);
        slow.choose(WeekRange.LAST_26);
        assertTrue(slow.loadingProperty().get());

        queued.get(1).run(); // the newer load finishes first
        queued.get(0).run();

        assertEquals(26, slow.loadedProperty().get().range().weeks().size(), "the older, slower load does not replace it");
        assertFalse(slow.loadingProperty().get());
    }

    @Test
    void theDiaryIsReadOffTheFxThread() {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        TrendsViewModel queued = new TrendsViewModel(diary, CLOCK, background::add, fx::add, opened::add);

        queued.reload();

        assertEquals(1, background.size());
        assertTrue(fx.isEmpty());
        background.get(0).run();
        assertNull(queued.loadedProperty().get(), "nothing shown until the FX thread takes the result");
        fx.get(0).run();
        assertEquals(13, queued.loadedProperty().get().range().weeks().size());
    }

    @Test
    void aSettingsChangeShowsAfterAReload() {
        diary.add(block("2026-03-02T09:00", "2026-03-02T19:00", WorkKind.RECORDING), RecordedVia.GUI);
        model.reload();
        assertEquals("0:00", model.overtimeProperty().get());

        diary.setFigureSetting(FigureSetting.CONTRACT_HOURS, "7:30", null);
        model.reload();

        assertEquals("2:30", model.overtimeProperty().get());
    }

    @Test
    void clickingAWeekOpensIt() {
        model.openWeek(WeekId.parse("2026-W08"));

        assertEquals(List.of(WeekId.parse("2026-W08")), opened);
    }

    @Test
    void suggestsAFileNameWithTheWeeks() {
        assertEquals("direct-work-share.png", model.suggestedFileName(ChartKind.SHARE));
        model.reload();
        assertEquals("direct-work-share-2025-W50-to-2026-W10.png", model.suggestedFileName(ChartKind.SHARE));
        assertEquals("evenings-and-weekends-2025-W50-to-2026-W10.png", model.suggestedFileName(ChartKind.OUTSIDE));
        model.applyCustom(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));
        assertEquals("hours-per-kind-2026-W10.png", model.suggestedFileName(ChartKind.KINDS));
    }

    @Test
    void exportsAChartsPixelsAsAPng(@TempDir Path out) throws IOException {
        Path target = out.resolve("hours-per-kind.png");
        int[] pixels = new int[4 * 2];
        java.util.Arrays.fill(pixels, 0xff0072b2);

        model.exportPng(ChartKind.KINDS, target, 4, 2, pixels);

        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(4, image.getWidth());
        assertEquals(0xff0072b2, image.getRGB(3, 1));
        assertEquals("Saved the chart \"Hours per kind\" to " + target + " (4 × 2 pixels).", model.messageProperty().get());
    }

    @Test
    void anExportThatCannotBeWrittenSaysSo(@TempDir Path out) {
        Path target = out.resolve("no such folder").resolve("chart.png");

        model.exportPng(ChartKind.KINDS, target, 1, 1, new int[1]);

        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Cannot write " + target), model.messageProperty().get());
    }

    @Test
    void theThisWeekTileIsTheLastOfTheRecentWeeks() {
        SmallDiary.write(diary);
        model.reload();

        WeekFigures now = loaded().thisWeekFigures();
        assertEquals(WeekId.parse("2026-W10"), now.week());
        assertEquals(255, now.totalMinutes());
    }
}
