package org.dwdiary.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The wall-clock text of many instants in one zone, exactly as {@link WallClock#isoLocal} and
 * {@link LocalDate#toString()} write it, but quickly (for exports of 100,000 blocks): the zone's offset is looked
 * up once for each stretch between two clock changes, and the digits are put together by hand. Instants near a
 * change that makes a local time happen twice, and years outside 1000–9999, go the slow way. Not thread-safe:
 * one per export.
 */
public final class WallClockText {
    /** From 2 January 1000 to 30 December 9999 (a day's margin for any offset), in epoch seconds. */
    private static final long FIRST_QUICK = LocalDate.of(1000, 1, 2).toEpochDay() * 86_400L;
    private static final long LAST_QUICK = LocalDate.of(9999, 12, 30).toEpochDay() * 86_400L;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** Epoch seconds [from, to) in which the offset is {@link #offsetSeconds} and no local time happens twice. */
    private long from = 1;
    private long to = 0;
    private int offsetSeconds;

    public WallClockText(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** {@code 2026-05-11T09:30}, or {@code 2026-10-25T01:30+01:00} where that local time happens twice. */
    public String isoLocal(Instant instant) {
        long local = local(instant);
        if (local == Long.MIN_VALUE) {
            return WallClock.isoLocal(instant, zone);
        }
        char[] text = new char[16];
        writeDate(text, Math.floorDiv(local, 86_400));
        int secondOfDay = (int) Math.floorMod(local, 86_400);
        text[10] = 'T';
        twoDigits(text, 11, secondOfDay / 3600);
        text[13] = ':';
        twoDigits(text, 14, secondOfDay / 60 % 60);
        return new String(text);
    }

    /** The local day, {@code 2026-05-11}. */
    public String date(Instant instant) {
        long local = local(instant);
        if (local == Long.MIN_VALUE) {
            return instant.atZone(zone).toLocalDate().toString();
        }
        char[] text = new char[10];
        writeDate(text, Math.floorDiv(local, 86_400));
        return new String(text);
    }

    /**
     * The local date-time in epoch seconds (as if the wall clock were UTC), or {@code Long.MIN_VALUE} when the
     * instant is near a change that repeats local times, or outside the years the quick way writes.
     */
    private long local(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < from || second >= to) {
            if (!findStretch(instant)) {
                return Long.MIN_VALUE;
            }
        }
        return second + offsetSeconds;
    }

    private boolean findStretch(Instant instant) {
        long second = instant.getEpochSecond();
        int offset = rules.getOffset(instant).getTotalSeconds();
        long start = Long.MIN_VALUE;
        long end = Long.MAX_VALUE;
        if (!rules.isFixedOffset()) {
            ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(instant);
            if (previous != null) {
                start = previous.toEpochSecond() + (previous.isOverlap() ? overlapSeconds(previous) : 0);
            }
            if (next != null) {
                end = next.toEpochSecond() - (next.isOverlap() ? overlapSeconds(next) : 0);
            }
        }
        // Four-digit years only (as LocalDate and the ISO pattern write them without a sign).
        start = Math.max(start, FIRST_QUICK);
        end = Math.min(end, LAST_QUICK);
        if (second < start || second >= end) {
            return false;
        }
        from = start;
        to = end;
        offsetSeconds = offset;
        return true;
    }

    /** How long the local times around a change of clocks happen twice: the hour the clocks go back. */
    private static long overlapSeconds(ZoneOffsetTransition transition) {
        return transition.getOffsetBefore().getTotalSeconds() - transition.getOffsetAfter().getTotalSeconds();
    }

    private static void writeDate(char[] text, long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        int year = day.getYear();
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        text[4] = '-';
        twoDigits(text, 5, day.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, day.getDayOfMonth());
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
