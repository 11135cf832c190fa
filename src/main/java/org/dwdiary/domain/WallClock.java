package org.dwdiary.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Turns the times people write (a day, a start, an end on the wall clock) into instants, and back.
 * An end earlier than the start means the next day (22:00–01:30). A time the clocks skip is refused;
 * a time that happens twice (the night the clocks go back) means its first occurrence.
 */
public final class WallClock {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    private WallClock() {
    }

    /** The start and end instants of a span written as a day and two wall-clock times. */
    public static Instant[] span(LocalDate day, LocalTime from, LocalTime to, ZoneId zone) {
        LocalDate endDay = to.isBefore(from) ? day.plusDays(1) : day;
        return new Instant[] {instant(day.atTime(from), zone), instant(endDay.atTime(to), zone)};
    }

    public static Instant instant(LocalDateTime wall, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wall);
        if (offsets.isEmpty()) {
            throw new InputRefusedException(DisplayFormats.TIME.format(wall) + " on " + DisplayFormats.day(wall.toLocalDate())
                    + " does not exist in " + zone.getId() + ": the clocks went forward past it");
        }
        return ZonedDateTime.ofLocal(wall, zone, offsets.get(0)).toInstant();
    }

    /**
     * ISO local date-time for files ({@code 2026-05-11T09:30}), with the offset added only where the
     * local time happens twice ({@code 2026-10-25T01:30+01:00}), so it always reads back to the same instant.
     */
    public static String isoLocal(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        boolean happensTwice = zone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
        return (happensTwice ? WITH_OFFSET : LOCAL).format(local);
    }
}
