package org.dwdiary.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where blocks go in the week grid: one segment per block per day it touches. Positions follow the
 * wall clock (a block ending at 03:00 ends at the 03:00 line, even on the night the clocks change).
 */
public final class WeekLayout {
    public static final int MINUTES_PER_DAY = 24 * 60;

    private WeekLayout() {
    }

    public static List<DaySegment> segments(WeekId week, Collection<Block> blocks, ZoneId zone) {
        List<DaySegment> segments = new ArrayList<>();
        for (Block block : blocks) {
            for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
                Instant dayStart = day.atStartOfDay(zone).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                if (!block.overlaps(dayStart, dayEnd)) {
                    continue;
                }
                boolean fromBefore = block.start().isBefore(dayStart);
                boolean toAfter = block.end().isAfter(dayEnd);
                int from = fromBefore ? 0 : wallMinute(block.start().atZone(zone));
                int to = toAfter ? MINUTES_PER_DAY : wallMinute(block.end().atZone(zone));
                if (!toAfter && block.end().equals(dayEnd)) {
                    to = MINUTES_PER_DAY;
                }
                if (to <= from) { // only in the hour the clocks go back: fall back to elapsed time
                    Instant segStart = fromBefore ? dayStart : block.start();
                    Instant segEnd = toAfter ? dayEnd : block.end();
                    to = (int) Math.min(MINUTES_PER_DAY, from + Math.max(1, Duration.between(segStart, segEnd).toMinutes()));
                }
                segments.add(new DaySegment(block, day, from, to, fromBefore, toAfter));
            }
        }
        return segments;
    }

    private static int wallMinute(ZonedDateTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
