package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMinutes;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
        Map<WorkKind, Long> byKind = new EnumMap<>(WorkKind.class);
        for (WorkKind kind : WorkKind.values()) {
            byKind.put(kind, 0L);
        }
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            byDay.put(day, 0L);
        }
        for (Block block : blocks) {
            DayMinutes.of(block, zone).forEach((day, minutes) -> {
                if (week.contains(day)) {
                    byDay.merge(day, minutes, Long::sum);
                    byKind.merge(block.kind(), minutes, Long::sum);
                }
            });
        }
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        Double share = total == 0 ? null : (double) byKind.get(WorkKind.DIRECT) / total;
        return new WeekSummary(week, Collections.unmodifiableMap(byKind), total, share,
                Collections.unmodifiableMap(byDay));
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
