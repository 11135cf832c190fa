package org.dwdiary.io;

import net.fortuna.ical4j.model.CalendarDateFormat;
import net.fortuna.ical4j.model.PropertyCodec;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.dwdiary.domain.Block;
import org.dwdiary.io.CalendarCollector.RawEvent;
import org.dwdiary.io.CalendarCollector.RawProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One VEVENT, understood: a single event, a repeating one (RRULE, RDATE, EXDATE) or one changed occurrence of
 * a repeating one (RECURRENCE-ID), with the times of its occurrences. ical4j reads the values (dates, durations,
 * recurrence rules) and expands the rules; this class only applies them. Rules are expanded on the wall clock
 * of the event's own zone, as RFC 5545 says, so a weekly 09:00 meeting stays at 09:00 across a clock change.
 * An event whose times or rule cannot be read is kept as {@linkplain #unusable() unusable}, to be counted.
 */
final class EventSeries {
    /** Occurrences of one series read in one range, at most; more are dropped (and the user told). */
    static final int MOST_IN_RANGE = 20_000;
    /** Occurrences counted to find where a rule with COUNT or UNTIL ends; beyond this it counts as endless. */
    private static final int MOST_SCANNED = 100_000;
    private static final int LARGEST_INTERVAL = 1_000;
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
    private static final String NO_UID = "no-uid:";

    /** One occurrence: where the rule put it (its identity), and its times; {@code end} null when it has none. */
    record Occurrence(Instant originalStart, Instant start, Instant end) {
    }

    /** The occurrences of a series in a range, and whether there were more than {@link #MOST_IN_RANGE}. */
    record Expansion(List<Occurrence> occurrences, boolean cut) {
    }

    final int position;
    final String uid;
    final String title;
    final int sequence;
    final boolean allDay;
    final boolean cancelled;
    final boolean free;
    /** For a changed occurrence, the original start of the occurrence it replaces; otherwise null. */
    final Instant recurrenceId;
    /** The VEVENT has an RRULE or RDATE, whether or not it could be read. */
    private final boolean declaresRepeats;

    private final ZoneId diaryZone;
    private boolean unusable;
    private Instant firstStart;            // the DTSTART instant (for an all-day event, the day's start in the diary)
    private LocalDateTime wallStart;       // timed: DTSTART on the event zone's wall clock
    private java.time.zone.ZoneRules rules; // timed: the event's zone
    private LocalDate dayStart;            // all-day: DTSTART's day
    private Duration exactLength;          // from DTEND, or an exact DURATION
    private Period nominalLength;          // from a DURATION in days or weeks
    private final List<Recur<Temporal>> recurs = new ArrayList<>();
    private final List<Temporal> extraStarts = new ArrayList<>(); // RDATE: Instant (timed) or LocalDate (all-day)
    private final Set<Instant> exceptions = new HashSet<>();
    private final Set<LocalDate> exceptionDays = new HashSet<>();

    private EventSeries(RawEvent raw, CalendarZones zones, ZoneId diaryZone) {
        this.position = raw.position();
        this.declaresRepeats = raw.first("RECURRENCE-ID") == null
                && (raw.first("RRULE") != null || raw.first("RDATE") != null);
        this.diaryZone = diaryZone;
        this.title = title(raw.first("SUMMARY"));
        this.sequence = sequence(raw.first("SEQUENCE"));
        this.cancelled = is(raw.first("STATUS"), "CANCELLED");
        this.free = is(raw.first("TRANSP"), "TRANSPARENT") || is(raw.first("X-MICROSOFT-CDO-BUSYSTATUS"), "FREE");
        boolean readAllDay = is(raw.first("X-MICROSOFT-CDO-ALLDAYEVENT"), "TRUE");
        Instant readRecurrenceId = null;
        try {
            RawProperty recurrence = raw.first("RECURRENCE-ID");
            if (recurrence != null) {
                readRecurrenceId = instant(recurrence, zones);
            }
        } catch (RuntimeException unreadable) {
            unusable = true;
        }
        try {
            RawProperty start = raw.first("DTSTART");
            if (start == null) {
                unusable = true;
            } else {
                Temporal value = date(start);
                if (value instanceof LocalDate day) {
                    readAllDay = true;
                    dayStart = day;
                    firstStart = startOfDay(day);
                } else {
                    rules = value instanceof LocalDateTime ? zones.rules(start.tzid()) : ZoneOffset.UTC.getRules();
                    wallStart = value instanceof LocalDateTime local ? local
                            : CalendarZones.wall(((OffsetDateTime) value).toInstant(), rules);
                    firstStart = CalendarZones.instant(wallStart, rules);
                    readLength(raw, zones);
                }
                if (raw.first("RECURRENCE-ID") == null) {
                    readRecurrence(raw, zones); // a changed occurrence is one occurrence, whatever else it says
                }
            }
        } catch (RuntimeException unreadable) { // ical4j and java.time say "cannot be read" in many ways
            unusable = true;
        }
        this.allDay = readAllDay;
        this.recurrenceId = readRecurrenceId;
        this.uid = uid(raw.first("UID"), title, firstStart, position);
    }

    static EventSeries of(RawEvent raw, CalendarZones zones, ZoneId diaryZone) {
        return new EventSeries(raw, zones, diaryZone);
    }

    /** True when the start, the end or a rule of the event cannot be read: it is counted, never imported. */
    boolean unusable() {
        return unusable;
    }

    /** True for a series (RRULE or RDATE), even one whose rule could not be read. */
    boolean repeats() {
        return declaresRepeats;
    }

    /** True for a series with extra dates (RDATE), which may fall before its start. */
    boolean hasExtraStarts() {
        return !extraStarts.isEmpty();
    }

    /** The DTSTART instant, when it could be read. */
    Instant firstStart() {
        return firstStart;
    }

    /** The day of the first occurrence in the diary's zone; null when the start cannot be read. */
    LocalDate firstDay() {
        if (firstStart == null) {
            return null;
        }
        return dayStart != null ? dayStart : firstStart.atZone(diaryZone).toLocalDate();
    }

    /**
     * The day of the last occurrence in the diary's zone, for a series that ends; null for one that repeats
     * without end (or so often that it might as well) and for one whose start cannot be read.
     */
    LocalDate lastDay() {
        LocalDate last = firstDay();
        if (last == null || unusable) {
            return last;
        }
        try {
            return lastOccurrenceDay(last);
        } catch (RuntimeException unexpandable) { // a rule ical4j read but cannot expand
            unusable = true;
            return last;
        }
    }

    private LocalDate lastOccurrenceDay(LocalDate firstDay) {
        LocalDate last = firstDay;
        for (Recur<Temporal> recur : recurs) {
            if (recur.getCount() < 0 && recur.getUntil() == null) {
                return null;
            }
            Temporal seed = seed();
            Temporal horizon = recur.getUntil() != null ? recur.getUntil().plus(1, ChronoUnit.DAYS)
                    : seed.plus(500, ChronoUnit.YEARS);
            List<Temporal> scanned = recur.getDatesAsStream(seed, seed, horizon, -1).limit(MOST_SCANNED + 1L).toList();
            if (scanned.size() > MOST_SCANNED) {
                return null;
            }
            for (Temporal date : scanned) {
                last = later(last, instantOf(date).atZone(diaryZone).toLocalDate());
            }
        }
        for (Temporal extra : extraStarts) {
            last = later(last, extra instanceof LocalDate day ? day : ((Instant) extra).atZone(diaryZone).toLocalDate());
        }
        return last;
    }

    /**
     * The occurrences whose start falls in [{@code rangeStart}, {@code rangeEnd}), in start order, leaving out
     * those an EXDATE removes and those whose original start is in {@code replaced} (changed occurrences, read
     * from their own VEVENT).
     */
    Expansion occurrences(Instant rangeStart, Instant rangeEnd, Set<Instant> replaced) {
        List<Instant> starts = new ArrayList<>();
        boolean cut = false;
        if (!repeats()) {
            starts.add(firstStart);
        } else {
            for (Recur<Temporal> recur : recurs) {
                List<Temporal> dates = recur.getDatesAsStream(seed(), near(rangeStart, -2), near(rangeEnd, 2), -1)
                        .limit(MOST_IN_RANGE + 1L).toList();
                cut |= dates.size() > MOST_IN_RANGE;
                dates.stream().limit(MOST_IN_RANGE).forEach(date -> starts.add(instantOf(date)));
            }
            for (Temporal extra : extraStarts) {
                starts.add(extra instanceof LocalDate day ? startOfDay(day) : (Instant) extra);
            }
        }
        List<Occurrence> occurrences = starts.stream()
                .filter(start -> !start.isBefore(rangeStart) && start.isBefore(rangeEnd))
                .filter(start -> !repeats() || !excepted(start))
                .filter(start -> !replaced.contains(start))
                .distinct().sorted()
                .map(start -> new Occurrence(start, start, endOf(start)))
                .toList();
        return new Expansion(occurrences, cut);
    }

    /** Why an occurrence of this series cannot become a block, or null when it can. */
    CalendarSkip skipOf(Occurrence occurrence) {
        if (allDay) {
            return CalendarSkip.ALL_DAY;
        }
        if (cancelled) {
            return CalendarSkip.CANCELLED;
        }
        if (free) {
            return CalendarSkip.FREE;
        }
        if (occurrence.end() == null) {
            return CalendarSkip.NO_END_OR_BAD_TIMES;
        }
        Instant start = occurrence.start().truncatedTo(ChronoUnit.MINUTES); // a block's precision
        Instant end = occurrence.end().truncatedTo(ChronoUnit.MINUTES);
        if (!end.isAfter(start) || start.isBefore(Block.EARLIEST) || end.isAfter(Block.LATEST)) {
            return CalendarSkip.NO_END_OR_BAD_TIMES;
        }
        return Duration.between(start, end).compareTo(Block.LONGEST) > 0 ? CalendarSkip.TOO_LONG : null;
    }

    private void readLength(RawEvent raw, CalendarZones zones) {
        RawProperty end = raw.first("DTEND");
        RawProperty duration = raw.first("DURATION");
        if (end != null) {
            Temporal value = date(end);
            if (value instanceof LocalDate) {
                throw new IllegalArgumentException("a timed event cannot end on a day");
            }
            exactLength = Duration.between(firstStart, instant(end, zones));
        } else if (duration != null) {
            TemporalAmount amount = TemporalAmountAdapter.parse(duration.value().strip(), false).getDuration();
            if (amount instanceof Period days) {
                nominalLength = days;
            } else {
                exactLength = (Duration) amount;
            }
        }
    }

    private void readRecurrence(RawEvent raw, CalendarZones zones) {
        for (RawProperty rule : raw.all("RRULE")) {
            recurs.add(recur(rule.value()));
        }
        for (RawProperty dates : raw.all("RDATE")) {
            for (String item : dates.value().split(",")) {
                String start = item.contains("/") ? item.substring(0, item.indexOf('/')) : item; // VALUE=PERIOD
                Temporal value = parseDate(start);
                if (dayStart != null) {
                    extraStarts.add(dayOf(value));
                } else if (value instanceof LocalDate) {
                    throw new IllegalArgumentException("a timed event cannot repeat on a day");
                } else {
                    extraStarts.add(instant(value, dates.tzid(), zones));
                }
            }
        }
        for (RawProperty dates : raw.all("EXDATE")) {
            for (String item : dates.value().split(",")) {
                Temporal value = parseDate(item);
                if (value instanceof LocalDate day) {
                    exceptionDays.add(day);
                } else if (dayStart != null) {
                    exceptionDays.add(dayOf(value));
                } else {
                    exceptions.add(instant(value, dates.tzid(), zones));
                }
            }
        }
    }

    /**
     * An RRULE as ical4j reads it, with UNTIL on the same footing as the start (RFC 5545 wants UNTIL in UTC
     * for a zoned start; the rule is expanded on the wall clock, so UNTIL is moved there too).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Recur<Temporal> recur(String text) {
        Recur<Temporal> recur = new Recur<>(text.strip(), true);
        if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY) {
            throw new IllegalArgumentException("no calendar program repeats an event every second or minute");
        }
        if (!recur.getSecondList().isEmpty() || !recur.getMinuteList().isEmpty()
                || recur.getInterval() > LARGEST_INTERVAL || recur.getCount() == 0 || recur.getCount() < -1) {
            throw new IllegalArgumentException("not a rule a calendar program writes: " + text);
        }
        Temporal until = recur.getUntil();
        if (until == null) {
            return recur;
        }
        Temporal sameFooting;
        if (dayStart != null) {
            sameFooting = dayOf(until);
        } else if (until instanceof LocalDate day) {
            sameFooting = day.atTime(LocalTime.MAX).truncatedTo(ChronoUnit.SECONDS); // the whole day
        } else if (until instanceof LocalDateTime) {
            sameFooting = until;
        } else {
            sameFooting = CalendarZones.wall(Instant.from(until), rules);
        }
        return new Recur.Builder(recur).until(sameFooting).build();
    }

    private boolean excepted(Instant start) {
        if (exceptions.contains(start)) {
            return true;
        }
        if (exceptionDays.isEmpty()) {
            return false;
        }
        LocalDate day = dayStart != null ? start.atZone(diaryZone).toLocalDate() : CalendarZones.wall(start, rules).toLocalDate();
        return exceptionDays.contains(day);
    }

    private Instant endOf(Instant start) {
        if (dayStart != null) {
            return null;
        }
        if (exactLength != null) {
            return start.plus(exactLength);
        }
        if (nominalLength != null) {
            return CalendarZones.instant(CalendarZones.wall(start, rules).plus(nominalLength), rules);
        }
        return null;
    }

    private Temporal seed() {
        return dayStart != null ? dayStart : wallStart;
    }

    /** A bound for ical4j's expansion: the wall-clock time (or day) of an instant, moved by some days. */
    private Temporal near(Instant instant, int days) {
        return dayStart != null ? instant.atZone(diaryZone).toLocalDate().plusDays(days)
                : CalendarZones.wall(instant, rules).plusDays(days);
    }

    private Instant instantOf(Temporal date) {
        return date instanceof LocalDate day ? startOfDay(day) : CalendarZones.instant((LocalDateTime) date, rules);
    }

    private Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(diaryZone).toInstant();
    }

    private LocalDate dayOf(Temporal value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof LocalDateTime wall) {
            return wall.toLocalDate();
        }
        return Instant.from(value).atZone(diaryZone).toLocalDate();
    }

    /** The instant of a date-time property (a date means its start in the diary's zone). */
    private Instant instant(RawProperty property, CalendarZones zones) {
        return instant(date(property), property.tzid(), zones);
    }

    private Instant instant(Temporal value, String tzid, CalendarZones zones) {
        if (value instanceof LocalDate day) {
            return startOfDay(day);
        }
        if (value instanceof LocalDateTime wall) {
            return CalendarZones.instant(wall, zones.rules(tzid));
        }
        return Instant.from(value);
    }

    private static Temporal date(RawProperty property) {
        Temporal value = parseDate(property.value());
        if ("DATE".equals(property.valueType()) && !(value instanceof LocalDate)) {
            throw new IllegalArgumentException("VALUE=DATE with a time");
        }
        return value;
    }

    /** A DATE, a floating DATE-TIME or a UTC DATE-TIME, read by ical4j. */
    private static Temporal parseDate(String text) {
        TemporalAccessor value = CalendarDateFormat.DEFAULT_PARSE_FORMAT.parse(text.strip());
        if (value instanceof OffsetDateTime || value instanceof LocalDateTime || value instanceof LocalDate) {
            return (Temporal) value;
        }
        throw new IllegalArgumentException("not a date or date-time: " + text);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    private static boolean is(RawProperty property, String value) {
        return property != null && property.value().strip().equalsIgnoreCase(value);
    }

    private static int sequence(RawProperty property) {
        try {
            return property == null ? 0 : Integer.parseInt(property.value().strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** SUMMARY on one line, trimmed, cut to a block's activity length; null when there is nothing. */
    static String title(RawProperty summary) {
        if (summary == null) {
            return null;
        }
        String text = BLANKS.matcher(unescape(summary.value())).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return null;
        }
        int most = Block.ACTIVITY_MAX_LENGTH;
        if (text.length() <= most) {
            return text;
        }
        int cut = most - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split a character in two
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String uid(RawProperty uid, String title, Instant start, int position) {
        String text = uid == null ? "" : unescape(uid.value()).strip();
        if (!text.isEmpty()) {
            return text;
        }
        String key = (title == null ? "" : title) + "\n" + (start == null ? "#" + position : start.toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return NO_UID + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) { // every Java has SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    /** TEXT as written, with ical4j undoing the escapes (\, \; \n \\). */
    private static String unescape(String text) {
        try {
            return PropertyCodec.INSTANCE.decode(text);
        } catch (Exception undecodable) { // commons-codec's DecoderException
            return text;
        }
    }

    @Override
    public String toString() {
        return "EventSeries[" + uid + (recurrenceId == null ? "" : " " + recurrenceId) + " at " + position + "]";
    }
}
