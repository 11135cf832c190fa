package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * One week's figures against the worker's contract: the week's summary (minutes per kind and per day,
 * direct-work share), the contracted minutes (each day counted with the settings in force that day),
 * and the minutes outside hours, split into those outside the standard window on working days
 * (evenings, early mornings) and those on non-working days (weekends). The week view, the trends, the
 * CLI and the reports all take their figures from here.
 *
 * @param directTarget the worker's target share in force on the week's Monday, or null for none
 * @param markedMinutes contracted minutes not owed because of day marks (leave, sickness, bank holidays,
 *                      TOIL taken); {@code contractMinutes} is already less these
 * @param toilTakenMinutes the part of {@code markedMinutes} taken as TOIL (it comes off the TOIL balance)
 */
public record WeekFigures(WeekSummary summary, long contractMinutes, long outsideWindowMinutes,
                          long nonWorkingDayMinutes, Double directTarget, long markedMinutes, long toilTakenMinutes) {

    public static WeekFigures of(WeekId week, Collection<Block> blocks, ZoneId zone, SettingsTimeline settings) {
        return of(week, blocks, zone, settings, List.of());
    }

    public static WeekFigures of(WeekId week, Collection<Block> blocks, ZoneId zone, SettingsTimeline settings,
                                 Collection<DayMark> marks) {
        return DayLedger.weeks(week, week, zone, settings, marks).addAll(blocks).week(week);
    }

    public WeekId week() {
        return summary.week();
    }

    public LocalDate from() {
        return summary.from();
    }

    public LocalDate to() {
        return summary.to();
    }

    public long minutes(WorkKind kind) {
        return summary.minutes(kind);
    }

    public long totalMinutes() {
        return summary.totalMinutes();
    }

    /** Direct minutes ÷ all minutes; null when nothing is logged (a gap, not 0%). */
    public Double directShare() {
        return summary.directShare();
    }

    public boolean isEmpty() {
        return summary.totalMinutes() == 0;
    }

    /** Worked beyond the contracted minutes; never negative (a short week has no overtime). */
    public long overtimeMinutes() {
        return Math.max(0, totalMinutes() - contractMinutes);
    }

    /** Worked minus contracted: negative in a short week. */
    public long differenceMinutes() {
        return totalMinutes() - contractMinutes;
    }

    /** Evenings and weekends: outside the standard window on working days, and all of non-working days. */
    public long outsideHoursMinutes() {
        return outsideWindowMinutes + nonWorkingDayMinutes;
    }
}
