package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The figures of each ISO week from one week to another, with the direct-work share's moving average
 * and the totals of the period. Weeks with nothing logged stay in the series with no share (a gap).
 *
 * @param movingShares for each week, the direct-work share of it and the {@link #MOVING_WEEKS} − 1 weeks
 *                     before it taken together (direct minutes ÷ all minutes), or null when all are empty
 */
public record Trend(List<WeekFigures> weeks, List<Double> movingShares) {
    public static final int MOVING_WEEKS = 4;

    /** The first week whose blocks {@link #of} needs for the moving average of the week {@code from}. */
    public static WeekId dataFrom(WeekId from) {
        return from.plusWeeks(-(MOVING_WEEKS - 1));
    }

    /**
     * The weeks {@code from}..{@code to} (inclusive). {@code blocks} should cover {@link #dataFrom}(from)
     * to the end of {@code to}; blocks outside are ignored.
     */
    public static Trend of(WeekId from, WeekId to, Collection<Block> blocks, ZoneId zone, SettingsTimeline settings) {
        return of(from, to, blocks, zone, settings, List.of());
    }

    /** The same, with day marks (leave, sickness, bank holidays, TOIL taken) taking time off the contract. */
    public static Trend of(WeekId from, WeekId to, Collection<Block> blocks, ZoneId zone, SettingsTimeline settings,
                           Collection<DayMark> marks) {
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException(from + " is after " + to);
        }
        WeekId first = dataFrom(from);
        DayLedger ledger = DayLedger.weeks(first, to, zone, settings, marks).addAll(blocks);
        List<WeekFigures> all = new ArrayList<>();
        for (WeekId week = first; week.compareTo(to) <= 0; week = week.plusWeeks(1)) {
            all.add(ledger.week(week));
        }
        List<Double> moving = new ArrayList<>();
        for (int i = MOVING_WEEKS - 1; i < all.size(); i++) {
            moving.add(share(all.subList(i - MOVING_WEEKS + 1, i + 1)));
        }
        return new Trend(Collections.unmodifiableList(all.subList(MOVING_WEEKS - 1, all.size())),
                Collections.unmodifiableList(moving));
    }

    public WeekId from() {
        return weeks.get(0).week();
    }

    public WeekId to() {
        return weeks.get(weeks.size() - 1).week();
    }

    /** The direct-work share of the whole period (direct ÷ all minutes), or null when nothing is logged. */
    public Double directShare() {
        return share(weeks);
    }

    /** The share of {@code weeks} taken together: a busy week weighs more than a short one. */
    static Double share(List<WeekFigures> weeks) {
        long direct = 0;
        long total = 0;
        for (WeekFigures week : weeks) {
            direct += week.minutes(WorkKind.DIRECT);
            total += week.totalMinutes();
        }
        return total == 0 ? null : (double) direct / total;
    }

    public long totalMinutes() {
        return weeks.stream().mapToLong(WeekFigures::totalMinutes).sum();
    }

    public long contractMinutes() {
        return weeks.stream().mapToLong(WeekFigures::contractMinutes).sum();
    }

    /** The sum of each week's overtime (a short week does not cancel a long one). */
    public long overtimeMinutes() {
        return weeks.stream().mapToLong(WeekFigures::overtimeMinutes).sum();
    }

    public long outsideWindowMinutes() {
        return weeks.stream().mapToLong(WeekFigures::outsideWindowMinutes).sum();
    }

    public long nonWorkingDayMinutes() {
        return weeks.stream().mapToLong(WeekFigures::nonWorkingDayMinutes).sum();
    }

    public long outsideHoursMinutes() {
        return outsideWindowMinutes() + nonWorkingDayMinutes();
    }

    /** Weeks with something logged. */
    public long loggedWeeks() {
        return weeks.stream().filter(week -> !week.isEmpty()).count();
    }

    /** Weeks whose worked time is over the contracted time. */
    public long weeksOverContract() {
        return weeks.stream().filter(week -> week.overtimeMinutes() > 0).count();
    }
}
