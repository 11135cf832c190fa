package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.store.Diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a report shows about a run of whole ISO weeks, read from the diary and computed by the same
 * code as the week view, {@code trend}, {@code balance} and {@code check}: the weekly figures, the
 * balances (counted from the first week), the possible breaches of the working-time rules dated within
 * the weeks, the blocks and day marks of the weeks, and the weeks' notes.
 *
 * @param blocks the blocks with any minute in the weeks, by start
 */
public record ReportPeriod(WeekId from, WeekId to, ZoneId zone, WorkingRules rules, Trend trend, Balances balances,
                           List<PossibleBreach> breaches, List<Block> blocks, List<DayMark> marks, List<WeekNote> notes) {

    /** The weeks holding {@code first} and {@code last}, both included. */
    public static ReportPeriod read(Diary diary, LocalDate first, LocalDate last) {
        if (first.isAfter(last)) {
            throw new InputRefusedException("the period's start " + first + " is after its end " + last);
        }
        WeekId from = WeekId.of(first);
        WeekId to = WeekId.of(last);
        WorkingRules rules = diary.workingRules();
        // One read reaching back for the 17-week working-time average (and the 4-week moving share) and a
        // week on, for the rest after the last day.
        Diary.Period period = diary.period(dataFrom(from), to.plusWeeks(1));
        return of(from, to, rules, period, diary.weekNotes(from, to));
    }

    /** The first week {@link #of} needs data from, for the weeks from {@code from}. */
    public static WeekId dataFrom(WeekId from) {
        return WeekId.of(WorkingTimeChecks.dataFrom(from.monday()));
    }

    /**
     * The weeks {@code from}..{@code to} worked out from data already read: {@code data} should hold the blocks and
     * marks from {@link #dataFrom} to the week after {@code to} (as {@link #read} reads them).
     */
    public static ReportPeriod of(WeekId from, WeekId to, WorkingRules rules, Diary.Period data, List<WeekNote> notes) {
        ZoneId zone = data.zone();
        Trend trend = Trend.of(from, to, data.blocks(), zone, data.settings(), data.marks());
        Balances balances = Balances.of(trend, rules);
        List<PossibleBreach> breaches = WorkingTimeChecks.check(data.blocks(), data.marks(), zone, from.monday(),
                to.sunday(), rules);
        Instant start = from.start(zone);
        Instant end = to.end(zone);
        List<Block> blocks = data.blocks().stream()
                .filter(block -> block.end().isAfter(start) && block.start().isBefore(end))
                .sorted(Comparator.comparing(Block::start))
                .toList();
        List<DayMark> marks = data.marks().stream()
                .filter(mark -> !mark.day().isBefore(from.monday()) && !mark.day().isAfter(to.sunday()))
                .toList();
        return new ReportPeriod(from, to, zone, rules, trend, balances, breaches, blocks, marks, notes);
    }

    public LocalDate firstDay() {
        return from.monday();
    }

    public LocalDate lastDay() {
        return to.sunday();
    }

    public int weekCount() {
        return trend.weeks().size();
    }
}
