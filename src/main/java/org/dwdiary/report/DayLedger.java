package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.Contract;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where blocks become figures: for each local day of a period, the minutes of each kind,
 * the minutes outside the standard window (or on a non-working day) and the contracted minutes, each
 * counted with the settings in force on that day. A minute belongs to the day in which it falls, in
 * elapsed time, so a clock-change day has 23 or 25 hours. Day boundaries are worked out once per day,
 * then each block is a few integer comparisons: ten years of blocks take milliseconds.
 */
final class DayLedger {
    private static final WorkKind[] KINDS = WorkKind.values();

    private final LocalDate firstDay;
    private final int days;
    /** Epoch seconds of each day's start; one more than there are days, the last being the period's end. */
    private final long[] dayStarts;
    private final long[] windowStarts;
    private final long[] windowEnds;
    private final boolean[] working;
    private final long[] contractMinutes;
    private final long[] markedMinutes;
    private final long[] toilMinutes;
    private final Contract[] contracts;
    private final long[][] kindSeconds;
    private final long[] outsideSeconds;

    DayLedger(LocalDate firstDay, LocalDate lastDay, ZoneId zone, SettingsTimeline settings, Collection<DayMark> marks) {
        this.firstDay = firstDay;
        this.days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        dayStarts = new long[days + 1];
        windowStarts = new long[days];
        windowEnds = new long[days];
        working = new boolean[days];
        contractMinutes = new long[days];
        markedMinutes = new long[days];
        toilMinutes = new long[days];
        contracts = new Contract[days];
        kindSeconds = new long[days][KINDS.length];
        outsideSeconds = new long[days];
        for (int i = 0; i <= days; i++) {
            LocalDate day = firstDay.plusDays(i);
            dayStarts[i] = day.atStartOfDay(zone).toEpochSecond();
            if (i == days) {
                break;
            }
            Contract contract = settings.on(day);
            contracts[i] = contract;
            working[i] = contract.isWorkingDay(day.getDayOfWeek());
            contractMinutes[i] = contract.dailyMinutes(day.getDayOfWeek());
            windowStarts[i] = day.atTime(contract.windowStart()).atZone(zone).toEpochSecond();
            windowEnds[i] = day.atTime(contract.windowEnd()).atZone(zone).toEpochSecond();
        }
        for (DayMark mark : marks) {
            int i = (int) ChronoUnit.DAYS.between(firstDay, mark.day());
            if (i >= 0 && i < days) {
                // Leave, sickness, a bank holiday or TOIL taken: that day's contracted time is not owed.
                markedMinutes[i] = mark.minutesOff(contractMinutes[i]);
                contractMinutes[i] -= markedMinutes[i];
                toilMinutes[i] = mark.kind() == DayMark.Kind.TOIL ? markedMinutes[i] : 0;
            }
        }
    }

    /** A ledger of whole ISO weeks. */
    static DayLedger weeks(WeekId from, WeekId to, ZoneId zone, SettingsTimeline settings, Collection<DayMark> marks) {
        return new DayLedger(from.monday(), to.sunday(), zone, settings, marks);
    }

    DayLedger addAll(Iterable<Block> blocks) {
        for (Block block : blocks) {
            add(block);
        }
        return this;
    }

    void add(Block block) {
        long start = block.start().getEpochSecond();
        long end = block.end().getEpochSecond();
        if (end <= dayStarts[0] || start >= dayStarts[days]) {
            return;
        }
        int day = Arrays.binarySearch(dayStarts, Math.max(start, dayStarts[0]));
        if (day < 0) {
            day = -day - 2; // the day whose start is the last one before the block's start
        }
        int kind = block.kind().ordinal();
        for (; day < days && dayStarts[day] < end; day++) {
            long from = Math.max(start, dayStarts[day]);
            long to = Math.min(end, dayStarts[day + 1]);
            if (to <= from) {
                continue;
            }
            kindSeconds[day][kind] += to - from;
            long inWindow = working[day]
                    ? Math.max(0, Math.min(to, windowEnds[day]) - Math.max(from, windowStarts[day])) : 0;
            outsideSeconds[day] += to - from - inWindow;
        }
    }

    /** The figures of one week of the ledger. */
    WeekFigures week(WeekId week) {
        int first = (int) ChronoUnit.DAYS.between(firstDay, week.monday());
        Map<WorkKind, Long> byKind = new EnumMap<>(WorkKind.class);
        long[] kindTotals = new long[KINDS.length];
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        long contract = 0;
        long marked = 0;
        long toil = 0;
        long outsideWindow = 0;
        long nonWorking = 0;
        for (int i = first; i < first + 7; i++) {
            long daySeconds = 0;
            for (int k = 0; k < KINDS.length; k++) {
                kindTotals[k] += kindSeconds[i][k];
                daySeconds += kindSeconds[i][k];
            }
            byDay.put(firstDay.plusDays(i), daySeconds / 60);
            contract += contractMinutes[i];
            marked += markedMinutes[i];
            toil += toilMinutes[i];
            if (working[i]) {
                outsideWindow += outsideSeconds[i];
            } else {
                nonWorking += outsideSeconds[i];
            }
        }
        long total = 0;
        for (int k = 0; k < KINDS.length; k++) {
            byKind.put(KINDS[k], kindTotals[k] / 60);
            total += kindTotals[k] / 60;
        }
        Double share = total == 0 ? null : (double) byKind.get(WorkKind.DIRECT) / total;
        WeekSummary summary = new WeekSummary(week, Collections.unmodifiableMap(byKind), total, share,
                Collections.unmodifiableMap(byDay));
        return new WeekFigures(summary, contract, outsideWindow / 60, nonWorking / 60, contracts[first].directTarget(), marked, toil);
    }
}
