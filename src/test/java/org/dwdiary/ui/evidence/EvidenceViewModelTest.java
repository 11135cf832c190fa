package org.dwdiary.ui.evidence;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.range.WeekRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence screen's figures without a toolkit, on real diary files, every figure worked out by hand.
 * "Now" is Wednesday 4 March 2026, noon, in London (week 10); the contract is the default 37:00,
 * Monday to Friday, on flexi-time settled every 4 weeks with +10:00 / -5:00 carried.
 */
class EvidenceViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path folder;
    Diary diary;
    EvidenceViewModel model;
    final List<WeekId> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        diary = Diary.open(folder, CLOCK);
        diary.setZone("Europe/London");
        model = new EvidenceViewModel(diary, CLOCK, SAME_THREAD, SAME_THREAD, opened::add);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    /** Weeks 7 to 10 (Mon 9 Feb – Fri 6 Mar 2026), Monday to Friday 08:00–16:12: 41:00 a week, 4:00 over 37:00. */
    static void fourWeeksOfFortyOneHours(Diary diary) {
        for (int week = 0; week < 4; week++) {
            for (int day = 0; day < 5; day++) {
                LocalDate date = LocalDate.of(2026, 2, 9).plusWeeks(week).plusDays(day);
                diary.add(block(date + "T08:00", date + "T16:12", WorkKind.RECORDING), RecordedVia.GUI);
            }
        }
    }

    /** Monday 2 March ends at 23:00 and Tuesday starts at 07:00: 8:00 of rest, not 11. */
    static void aShortNightsRest(Diary diary) {
        diary.add(block("2026-03-02T09:00", "2026-03-02T16:30", WorkKind.RECORDING), RecordedVia.GUI);
        diary.add(block("2026-03-02T19:00", "2026-03-02T23:00", WorkKind.RECORDING), RecordedVia.GUI);
        diary.add(block("2026-03-03T07:00", "2026-03-03T08:00", WorkKind.TRAVEL), RecordedVia.GUI);
    }

    @Test
    void fourWeeksOfFortyOneHoursGainSixteenOfWhichSixAreLostAtTheSettlement() {
        fourWeeksOfFortyOneHours(diary);

        model.reload();

        assertEquals(WeekRange.BALANCE_START, model.rangeProperty().get(), "from the balance start by default");
        assertEquals("2026-W07 to 2026-W10 · Mon 9 Feb – Sun 8 Mar 2026 · 4 weeks", model.rangeTitleProperty().get(),
                "no balance start set: from the week of the first block");
        assertEquals("", model.balanceNoteProperty().get());
        assertEquals("Overtime scheme: flexi-time", model.schemeProperty().get());
        assertEquals("Flexi-time: hours over or under carry between settlement periods, up to a limit", model.schemeDescriptionProperty().get());
        assertEquals("148:00", model.contractedProperty().get(), "4 × 37:00");
        assertEquals("164:00", model.workedProperty().get(), "4 × 41:00");
        assertEquals("16:00", model.overtimeProperty().get());
        assertEquals("in 4 of 4 weeks", model.overtimeDetailProperty().get());
        assertEquals("+16:00", model.balanceProperty().get());
        assertTrue(model.flexiShownProperty().get());
        assertEquals("6:00", model.lostProperty().get(), "+16:00 at the settlement, +10:00 carried: 6:00 lost");
        assertTrue(model.anyLostProperty().get());
        assertEquals("worked above the +10:00 carry-over limit at 1 of 1 settlement: never paid or returned",
                model.lostDetailProperty().get());
        assertFalse(model.toilShownProperty().get(), "no TOIL scheme and none taken");

        assertEquals(1, model.flexiRows().size());
        EvidenceViewModel.FlexiRow period = model.flexiRows().get(0);
        assertEquals(new EvidenceViewModel.FlexiRow(LocalDate.of(2026, 2, 9), "9 Feb – 8 Mar 2026", "0:00", "+16:00",
                "+16:00", "+10:00", "6:00", true, true, "Mon 9 Feb 2026 to Sun 8 Mar 2026: 0:00 carried in, +16:00 in the period, "
                + "+16:00 at its end; +10:00 carried forward, 6:00 lost: worked and never paid or returned."), period);
        assertEquals("Settled every 4 weeks · at most +10:00 or -5:00 carried into the next period", model.flexiTitleProperty().get());

        assertEquals(List.of("2026-W07", "2026-W08", "2026-W09", "2026-W10"),
                model.weekRows().stream().map(row -> row.week().toString()).toList());
        assertEquals(new EvidenceViewModel.WeekRow(WeekId.parse("2026-W08"), "16–22 Feb", "37:00", "41:00",
                "4:00", "+4:00", "+8:00", false), model.weekRows().get(1), "the running balance adds each week's difference");
    }

    @Test
    void theRunningPeriodIsNotOverYetAndLosesNothing() {
        diary.add(block("2026-03-02T08:00", "2026-03-02T20:00", WorkKind.RECORDING), RecordedVia.GUI); // 12:00 on Monday only

        model.reload();

        EvidenceViewModel.FlexiRow running = model.flexiRows().get(0);
        assertFalse(running.complete());
        assertEquals("-25:00", running.end(), "12:00 worked against 37:00, the week not over");
        assertEquals("not over yet", running.carriedForward());
        assertEquals("–", running.lostText());
        assertEquals("0:00", model.lostProperty().get());
        assertEquals("no settlement in these weeks yet", model.lostDetailProperty().get());
        assertEquals("-25:00", model.balanceProperty().get());
        assertEquals(new EvidenceViewModel.WeekRow(WeekId.parse("2026-W10"), "2–8 Mar", "37:00", "12:00",
                "0:00", "-25:00", "-25:00", true), model.weekRows().get(0));
        assertEquals("2026-W10, this week (not over yet: its whole contract already counts): worked 12:00 against 37:00 "
                + "contracted, -25:00; running balance -25:00. Click or Enter: open it in the week view.", model.weekRows().get(0).note());
    }

    @Test
    void onToilAHalfDayTakenComesOffTheContractAndTheLedger() {
        for (int day = 2; day <= 6; day++) { // W10: five days of 9:00 = 45:00
            diary.add(block("2026-03-0" + day + "T08:00", "2026-03-0" + day + "T17:00", WorkKind.RECORDING), RecordedVia.GUI);
        }
        diary.setWorkingRule(WorkingRules.Key.OVERTIME_SCHEME, "toil");
        diary.mark(new DayMark(LocalDate.of(2026, 3, 4), DayMark.Kind.TOIL, true), RecordedVia.GUI);

        model.reload();

        assertEquals("Overtime scheme: time off in lieu (TOIL)", model.schemeProperty().get());
        assertEquals("33:18", model.contractedProperty().get(), "37:00 less half of Wednesday's 7:24");
        assertEquals("45:00", model.workedProperty().get());
        assertEquals("11:42", model.overtimeProperty().get());
        assertTrue(model.toilShownProperty().get());
        assertEquals("+8:00", model.toilProperty().get(), "11:42 earned less 3:42 taken");
        assertEquals("earned 11:42 · taken 3:42", model.toilDetailProperty().get());
        assertFalse(model.flexiShownProperty().get(), "no flexi periods and no lost hours on TOIL");
        assertTrue(model.flexiRows().isEmpty());
    }

    @Test
    void toilTakenShowsTheLedgerOnFlexiTooAndSaysOvertimeIsNotEarnedAsToil() {
        diary.add(block("2026-03-02T08:00", "2026-03-02T17:00", WorkKind.RECORDING), RecordedVia.GUI);
        diary.mark(new DayMark(LocalDate.of(2026, 3, 3), DayMark.Kind.TOIL, false), RecordedVia.GUI);

        model.reload();

        assertTrue(model.toilShownProperty().get());
        assertEquals("-7:24", model.toilProperty().get());
        assertEquals("earned 0:00 · taken 7:24 · overtime is not earned as TOIL under this scheme", model.toilDetailProperty().get());
    }

    @Test
    void aShortRestIsListedWithItsFigureAgainstTheLimitInTheCommandLinesWords() {
        aShortNightsRest(diary);

        model.reload();

        assertEquals("1", model.breachCountProperty().get());
        assertTrue(model.anyBreachProperty().get());
        assertEquals("Possible breaches of the Working Time Regulations 1998: 1", model.breachesTitleProperty().get());
        EvidenceViewModel.BreachRow rest = model.breachRows().get(0);
        assertEquals("Mon 2 Mar 2026 to Tue 3 Mar 2026", rest.days());
        assertEquals("Less than 11 hours' rest between working days (reg. 10)", rest.rule());
        assertEquals("rest 8:00, at least 11:00", rest.figure());
        assertEquals(new PossibleBreach(PossibleBreach.Rule.DAILY_REST_11H, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                480, 660), rest.breach());
        assertEquals(WeekId.parse("2026-W10"), rest.week());
        assertTrue(model.method().endsWith("not legal advice."), model.method());
        assertEquals("daily rest: 1 · in 1 week · not legal advice", model.breachDetailProperty().get());

        model.openWeek(rest.week());
        assertEquals(List.of(WeekId.parse("2026-W10")), opened, "a click opens the breach's week");
    }

    @Test
    void noBreachesSaysSoAndMentionsAnOptOut() {
        diary.add(block("2026-03-02T09:00", "2026-03-02T12:00", WorkKind.DIRECT), RecordedVia.GUI);
        diary.setWorkingRule(WorkingRules.Key.WTR_OPT_OUT, "yes");

        model.reload();

        assertEquals("0", model.breachCountProperty().get());
        assertFalse(model.anyBreachProperty().get());
        assertEquals("None found in these weeks (the 48-hour average is not checked: you have opted out).",
                model.noBreachesProperty().get());
        assertEquals("in 1 week · not legal advice", model.breachDetailProperty().get());
    }

    @Test
    void theRecordLineGivesTheShareRecordedOnTimeTheLaterEditsAndTheFinalHash() {
        fourWeeksOfFortyOneHours(diary); // all recorded "now": only the blocks ending after Tue 3 Mar 12:00 within 24 hours
        Block tuesday = diary.startingOn(LocalDate.of(2026, 3, 3)).get(0);
        diary.apply(DiaryChange.edit(tuesday, new Block(tuesday.id(), tuesday.start(), tuesday.end(), tuesday.zone(),
                tuesday.kind(), "Court statement", null)), RecordedVia.GUI);

        model.reload();

        String hash = diary.verify().finalHash();
        assertEquals("20% of the minutes recorded within 24 hours of their end · 1 later edit · record intact, final hash "
                + hash.substring(0, 12) + "…", model.recordProperty().get(), "4 of the 20 days' blocks: Tue to Fri of week 10");
        assertTrue(model.recordDetailProperty().get().endsWith(hash), "the whole hash in the tooltip");
        assertFalse(model.recordBrokenProperty().get());
    }

    @Test
    void theIntegrityCheckFollowsTheFiguresAndAStaleOneIsDropped() {
        aShortNightsRest(diary);
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        EvidenceViewModel queued = new EvidenceViewModel(diary, CLOCK, background::add, fx::add, opened::add);

        queued.reload();
        assertEquals(1, background.size(), "the diary is read off the FX thread");
        assertTrue(fx.isEmpty());
        background.get(0).run();
        assertEquals(1, fx.size(), "the figures");
        assertEquals(2, background.size(), "then the integrity check, queued behind any newer load");
        fx.get(0).run();
        assertEquals("1", queued.breachCountProperty().get(), "the figures show before the check is done");
        assertNull(queued.integrityProperty().get());
        assertTrue(queued.recordProperty().get().endsWith("checking the record…"), queued.recordProperty().get());
        background.get(1).run();
        fx.get(1).run();
        assertTrue(queued.recordProperty().get().contains("record intact, final hash "), queued.recordProperty().get());

        queued.choose(WeekRange.LAST_13);
        queued.choose(WeekRange.LAST_26);
        background.get(3).run(); // the newer load finishes first
        background.get(2).run();
        fx.subList(0, 2).clear();
        fx.forEach(Runnable::run);
        assertEquals("2025-W37 to 2026-W10 · Mon 8 Sept – Sun 8 Mar 2026 · 26 weeks", queued.rangeTitleProperty().get(),
                "the older, slower load does not replace it");
        assertFalse(queued.loadingProperty().get());
        fx.clear();
        background.get(5).run(); // the older load's check: left to the newer one
        assertTrue(fx.isEmpty(), "no check for a load already overtaken");
        background.get(4).run();
        assertEquals(1, fx.size());
    }

    @Test
    void weeksBeforeTheBalanceStartAreCountedWhenShownAndTheViewSaysSo() {
        fourWeeksOfFortyOneHours(diary);
        diary.setWorkingRule(WorkingRules.Key.BALANCE_FROM, "2026-02-16");

        model.reload();
        assertEquals("2026-W08 to 2026-W10 · Mon 16 Feb – Sun 8 Mar 2026 · 3 weeks", model.rangeTitleProperty().get());
        assertEquals("+12:00", model.balanceProperty().get());
        assertEquals("", model.balanceNoteProperty().get());

        model.choose(WeekRange.LAST_13);
        assertEquals("-317:00", model.balanceProperty().get(), "every week shown counts: nine empty weeks of 37:00 owed, and +16:00");
        assertEquals("The running balance and the flexi periods count from the first week shown, 2025-W50; your balances "
                + "count from Mon 16 Feb 2026 (\"From the balance start\" shows them so).", model.balanceNoteProperty().get());
    }

    @Test
    void customDatesAreCheckedAndTheFiguresKept() {
        fourWeeksOfFortyOneHours(diary);
        model.reload();

        assertFalse(model.applyCustom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)));
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals("+16:00", model.balanceProperty().get());

        assertTrue(model.applyCustom(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 22)));
        assertEquals("2026-W07 to 2026-W08 · Mon 9 Feb – Sun 22 Feb 2026 · 2 weeks", model.rangeTitleProperty().get());
        assertEquals("+8:00", model.balanceProperty().get());
        assertEquals("", model.messageProperty().get(), "a good range clears the complaint");
        assertEquals("not over yet", model.flexiRows().get(0).carriedForward(), "two weeks of a four-week period");
    }

    @Test
    void theWorkingRulesReadAsWords() {
        diary.add(block("2026-02-09T09:00", "2026-02-09T10:00", WorkKind.DIRECT), RecordedVia.GUI);

        model.reload();
        assertEquals(List.of(
                "48-hour average: checked (you have not opted out)",
                "Weekly rest: 24 hours in each 7 days",
                "Night time: 23:00–06:00",
                "Overtime: flexi-time: hours over or under carry between settlement periods, up to a limit",
                "Flexi periods: 4 weeks, at most +10:00 and -5:00 carried into the next",
                "Balances count from: your first block (Mon 9 Feb 2026)"), model.ruleLines());

        diary.setWorkingRule(WorkingRules.Key.WTR_OPT_OUT, "yes");
        diary.setWorkingRule(WorkingRules.Key.WEEKLY_REST, "14");
        diary.setWorkingRule(WorkingRules.Key.OVERTIME_SCHEME, "paid");
        diary.setWorkingRule(WorkingRules.Key.BALANCE_FROM, "2026-01-05");
        model.reload();
        assertEquals(List.of(
                "48-hour average: you have opted out in writing, so it is not checked",
                "Weekly rest: 48 hours, or two of 24, in each 14 days",
                "Night time: 23:00–06:00",
                "Overtime: overtime is paid",
                "Balances count from: Mon 5 Jan 2026"), model.ruleLines());
    }

    @Test
    void savedRulesAreReadAgainWithTheirMessage() {
        fourWeeksOfFortyOneHours(diary);
        model.reload();
        WorkingRulesViewModel rules = model.editRules();

        rules.schemeProperty().set(WorkingRules.Scheme.TOIL);
        rules.save(model::rulesSaved);

        assertEquals("Working rules saved. Overtime scheme: toil.", model.messageProperty().get());
        assertTrue(model.toilShownProperty().get());
        assertEquals("+16:00", model.toilProperty().get(), "the four weeks' overtime, earned as TOIL");
        assertFalse(model.flexiShownProperty().get());
    }

    @Test
    void aDeficitBeyondTheDebitLimitIsMarkedAndExplained() {
        for (int week = 0; week < 4; week++) { // weeks 7 to 10: only Mondays, 8:00 each: -29:00 a week
            LocalDate monday = LocalDate.of(2026, 2, 9).plusWeeks(week);
            diary.add(block(monday + "T08:00", monday + "T16:00", WorkKind.RECORDING), RecordedVia.GUI);
        }

        model.reload();

        EvidenceViewModel.FlexiRow period = model.flexiRows().get(0);
        assertEquals("-5:00", period.carriedForward(), "at most 5:00 under carried");
        assertEquals("0:00 *", period.lostText());
        assertTrue(period.note().endsWith("-5:00 carried forward, 111:00 under the contract beyond the debit limit "
                + "(an employer may deduct it)."), period.note());
    }

    @Test
    void spansOfDaysAreShort() {
        assertEquals("9–15 Feb", EvidenceViewModel.span(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 15), false));
        assertEquals("23 Feb – 1 Mar", EvidenceViewModel.span(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1), false));
        assertEquals("29 Dec – 4 Jan", EvidenceViewModel.span(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4), false));
        assertEquals("29 Dec 2025 – 4 Jan 2026", EvidenceViewModel.span(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4), true));
        assertEquals("9 Feb – 8 Mar 2026", EvidenceViewModel.span(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 8), true));
    }

    @Test
    void anEmptyDiaryShowsThisWeekWithNothingOwed() {
        model.reload();

        assertEquals("2026-W10 · Mon 2 Mar – Sun 8 Mar 2026 · 1 week", model.rangeTitleProperty().get());
        assertEquals("0:00", model.workedProperty().get());
        assertEquals("nothing logged in these weeks · 0 later edits · record intact, final hash "
                + diary.verify().finalHash().substring(0, 12) + "…", model.recordProperty().get());
    }
}
