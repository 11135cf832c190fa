package org.dwdiary.io;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.io.CalendarCollector.RawEvent;
import org.dwdiary.io.CalendarCollector.RawProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of a calendar as they are read, one at a time, keeping in memory only those that may have an
 * occurrence in the days to be read, so that a calendar of any size (a work calendar exported over many years)
 * is read in bounded memory. Of every event it also keeps a few numbers: which revision of it wins (the highest
 * SEQUENCE, then the last in the file) and the days it covers, from which the range is chosen when the caller
 * gives no dates.
 *
 * <p>Times are read as each event arrives, with the time zones the file has defined so far. An event whose TZID the
 * file has not (yet) defined waits, up to {@value #MOST_WAITING} of them, in case its VTIMEZONE comes later in the
 * file; past that, such TZIDs are looked up by name for good (calendar programs put their VTIMEZONEs first).
 *
 * <p>With neither a first nor a last day given (the command line and the window always give the last), the range
 * depends on the whole file, so every event is kept, up to {@link #MOST_KEPT}.
 */
final class KeptEvents {
    /** Events kept in the days to be read, at most; a calendar with more in them is refused (it is not a diary's). */
    static final int MOST_KEPT = 50_000;
    /** Events waiting for a VTIMEZONE, at most. */
    static final int MOST_WAITING = 2_000;
    private static final String[] ZONED = {"DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE"};

    /** What is known of one identity (UID and RECURRENCE-ID): its winning revision and the days it covers. */
    private static final class Revision {
        int sequence;
        int position;
        LocalDate firstDay;   // null when its start cannot be read
        LocalDate lastDay;    // null for a series without end
    }

    private final String source;
    private final CalendarZones zones;
    private final ZoneId diaryZone;
    /** The days whose events are kept, both included; null for no bound on that side. */
    private final LocalDate low;
    private final LocalDate high;
    private final int mostKept;
    private final Map<Long, Revision> revisions = new HashMap<>();
    private final Map<Long, EventSeries> kept = new HashMap<>();
    private final List<RawEvent> waiting = new ArrayList<>();
    private int withoutStart;

    /**
     * @param from the first day the caller asks for, or null
     * @param to   the last day the caller asks for, or null
     * @param mostKept events kept at most ({@link #MOST_KEPT}, smaller in tests)
     */
    KeptEvents(String source, CalendarZones zones, ZoneId diaryZone, LocalDate from, LocalDate to, int mostKept) {
        this.source = source;
        this.mostKept = mostKept;
        this.zones = zones;
        this.diaryZone = diaryZone;
        // the range chosen later is within a year of the day given (see CalendarReader.range)
        this.low = from != null ? from : to != null ? to.minusYears(1).plusDays(1) : null;
        this.high = to != null ? to : from != null ? from.plusYears(1).minusDays(1) : null;
    }

    /** One VEVENT as the parser ends it. */
    void accept(RawEvent raw) {
        if (!settled(raw)) {
            if (waiting.size() < MOST_WAITING) {
                waiting.add(raw);
                return;
            }
            settleWaiting();
        }
        interpret(raw);
    }

    /** The end of the file: the events still waiting are read with the zones as they now are. */
    void finish() {
        settleWaiting();
    }

    private void settleWaiting() {
        List<RawEvent> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(this::interpret);
    }

    private boolean settled(RawEvent raw) {
        for (String name : ZONED) {
            for (RawProperty property : raw.all(name)) {
                if (!zones.settled(property.tzid())) {
                    return false;
                }
            }
        }
        return true;
    }

    private void interpret(RawEvent raw) {
        EventSeries one = EventSeries.of(raw, zones, diaryZone);
        if (one.unusable() && one.recurrenceId == null && one.firstStart() == null) {
            withoutStart++; // no start, no identity to share: counted once, in whatever range is read
            return;
        }
        LocalDate firstDay = one.firstDay();
        LocalDate lastDay = one.lastDay(); // may find the rule cannot be expanded: the event is then unusable
        long identity = identity(one.uid, one.recurrenceId == null ? "" : one.recurrenceId.toString());
        Revision revision = revisions.get(identity);
        if (revision == null) {
            revision = new Revision();
            revisions.put(identity, revision);
        } else if (one.sequence < revision.sequence) {
            return; // an older revision than one already read
        }
        revision.sequence = one.sequence;
        revision.position = one.position;
        revision.firstDay = firstDay;
        revision.lastDay = lastDay;
        if (mayBeInRange(one, firstDay, lastDay)) {
            kept.put(identity, one);
            if (kept.size() > mostKept) {
                throw new InputRefusedException(source + " has more than " + DisplayFormats.number(mostKept)
                        + " events" + (low != null && high != null ? " between " + low + " and " + high : "")
                        + ", more than anyone's working days hold; read fewer days at a time (--from and --to)");
            }
        } else {
            kept.remove(identity);
        }
    }

    /** Whether the event may have an occurrence (or, as a changed occurrence, replace one) in the days kept. */
    private boolean mayBeInRange(EventSeries one, LocalDate firstDay, LocalDate lastDay) {
        if (low == null && high == null) {
            return true;
        }
        if (one.recurrenceId != null) {
            LocalDate replaces = one.recurrenceId.atZone(diaryZone).toLocalDate();
            return near(replaces) || (firstDay != null && near(firstDay));
        }
        if (one.repeats()) {
            // a series with extra dates (RDATE) may have one before its start: only its end is a sure bound
            return (high == null || one.hasExtraStarts() || !firstDay.isAfter(high))
                    && (low == null || lastDay == null || one.unusable() || !lastDay.isBefore(low));
        }
        return (low == null || !firstDay.isBefore(low)) && (high == null || !firstDay.isAfter(high));
    }

    /** Within a day of the days kept (a changed occurrence's two times may fall on either side of midnight). */
    private boolean near(LocalDate day) {
        return (low == null || !day.isBefore(low.minusDays(1))) && (high == null || !day.isAfter(high.plusDays(1)));
    }

    /** The events kept, each its latest revision, in file order. */
    List<EventSeries> events() {
        List<EventSeries> events = new ArrayList<>(kept.values());
        events.sort(Comparator.comparingInt(one -> one.position));
        return events;
    }

    /** Events without a readable start: counted as skipped in whatever range is read. */
    int withoutStart() {
        return withoutStart;
    }

    /** The first day, the last day of the events that end, and the last day, over every event's latest revision. */
    LocalDate[] span() {
        LocalDate first = null;
        LocalDate lastFinite = null;
        LocalDate last = null;
        for (Revision revision : revisions.values()) {
            if (revision.firstDay == null) {
                continue;
            }
            first = earlier(first, revision.firstDay);
            lastFinite = revision.lastDay == null ? lastFinite : later(lastFinite, revision.lastDay);
            last = later(last, revision.lastDay == null ? revision.firstDay : revision.lastDay);
        }
        return new LocalDate[] {first, lastFinite, last};
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * An event's identity in 64 bits (a SHA-256 prefix): a map of these is a tenth the size of one of UIDs, which
     * Outlook makes over a hundred characters long. Two identities sharing one is a chance of about one in 10^10 for
     * a calendar of 100,000 events.
     */
    private static long identity(String uid, String recurrenceId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uid.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] hash = digest.digest(recurrenceId.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException impossible) { // every Java has SHA-256
            throw new IllegalStateException(impossible);
        }
    }
}
