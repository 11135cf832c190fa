package org.dwdiary.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week, Monday to Sunday, written {@code 2026-W10}. */
public record WeekId(int year, int week) implements Comparable<WeekId> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public WeekId {
        if (week < 1 || week > weeksIn(year)) {
            throw new InputRefusedException("week " + week + " does not exist in " + year + " (it has "
                    + weeksIn(year) + " ISO weeks)");
        }
    }

    public static WeekId of(LocalDate date) {
        return new WeekId(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Reads {@code 2026-W10} (also {@code 2026-w10}, {@code 2026W10}). */
    public static WeekId parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InputRefusedException("\"" + text + "\" is not a week; write it like 2026-W10");
        }
        return new WeekId(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** Monday 00:00 in the zone. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** The next Monday 00:00 in the zone (exclusive). */
    public Instant end(ZoneId zone) {
        return monday().plusDays(7).atStartOfDay(zone).toInstant();
    }

    public WeekId plusWeeks(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(monday()) && !date.isAfter(sunday());
    }

    @Override
    public int compareTo(WeekId other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }
}
