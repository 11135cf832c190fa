package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * The figures of one ISO week: minutes per kind, the total, the direct-work share and the minutes of
 * each day. Only the minutes that fall inside the week count (a Sunday-night block gives its
 * after-midnight part to the next week). The week view, the CLI and reports all use this.
 *
 * @param directShare direct minutes ÷ all minutes, or null when nothing is logged
 */
public record WeekSummary(WeekId week, Map<WorkKind, Long> minutesByKind, long totalMinutes, Double directShare,
                          Map<LocalDate, Long> minutesByDay) {

    public static WeekSummary of(WeekId week, Collection<Block> blocks, ZoneId zone) {
        return WeekFigures.of(week, blocks, zone, SettingsTimeline.defaults()).summary();
    }

    public long minutes(WorkKind kind) {
        return minutesByKind.get(kind);
    }

    public LocalDate from() {
        return week.monday();
    }

    public LocalDate to() {
        return week.sunday();
    }

    /** The share of one kind in the week, or null when nothing is logged. */
    public Double share(WorkKind kind) {
        return totalMinutes == 0 ? null : (double) minutes(kind) / totalMinutes;
    }
}
