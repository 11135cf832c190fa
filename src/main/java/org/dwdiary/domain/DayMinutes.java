package org.dwdiary.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Attribution of time to local calendar days: each minute belongs to the day in which it falls, so a
 * block from 22:00 to 01:30 gives 2 h to the first day and 1 h 30 to the next. Days are measured in
 * elapsed time, so the day the clocks go forward has 23 hours and the day they go back 25.
 */
public final class DayMinutes {
    private DayMinutes() {
    }

    public static SortedMap<LocalDate, Long> of(Instant start, Instant end, ZoneId zone) {
        SortedMap<LocalDate, Long> minutes = new TreeMap<>();
        LocalDate day = start.atZone(zone).toLocalDate();
        while (true) {
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            if (!dayStart.isBefore(end)) {
                break;
            }
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant from = start.isAfter(dayStart) ? start : dayStart;
            Instant to = end.isBefore(dayEnd) ? end : dayEnd;
            if (to.isAfter(from)) {
                minutes.put(day, Duration.between(from, to).toMinutes());
            }
            day = day.plusDays(1);
        }
        return minutes;
    }

    public static SortedMap<LocalDate, Long> of(Block block, ZoneId zone) {
        return of(block.start(), block.end(), zone);
    }

    /** The minutes of the block that fall between {@code from} (inclusive) and {@code to} (exclusive). */
    public static long within(Block block, Instant from, Instant to) {
        Instant start = block.start().isAfter(from) ? block.start() : from;
        Instant end = block.end().isBefore(to) ? block.end() : to;
        return end.isAfter(start) ? Duration.between(start, end).toMinutes() : 0;
    }
}
