package org.dwdiary.io;

import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.DisplayFormats;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.io.EventSeries.Expansion;
import org.dwdiary.io.EventSeries.Occurrence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the events of an iCalendar (.ics) file, as Outlook, Google Calendar and others write them, for the
 * diary to turn into blocks. ical4j does the reading: lines, folding, values, time zone definitions and the
 * expansion of repeat rules. This class chooses what to keep: only each event's identity, title and times
 * (descriptions, locations and attendees can name families and are never read), only timed events that look
 * like work time, and only those in the range asked for.
 *
 * <p>Nothing here changes anything outside the call: no ical4j compatibility hint or other global setting is
 * touched, and ical4j's JVM-wide zone registry is not used (file zones become plain {@code ZoneRules}).
 */
public final class CalendarReader {
    private static final String BEGIN = "BEGIN:VCALENDAR";
    /** How far into the file to look for BEGIN:VCALENDAR past blank lines. */
    private static final int LOOK_AHEAD = 8 * 1024;
    private static final int REMARKS_OF_A_KIND = 3;

    private CalendarReader() {
    }

    /**
     * Reads an iCalendar stream. {@code from} and {@code to} (days included, in {@code zone}) may be null: the
     * default range is what the file covers (first to last finite event), at most one year, counting back from
     * the last finite event, since the recent year matters most. Repeating events with no end are expanded only
     * within the range. An event belongs to the range when it starts in it.
     *
     * @param in     the file's bytes (UTF-8, with or without a byte order mark; UTF-16 with a mark)
     * @param source the file's name, for messages
     * @param zone   the diary's zone: floating times are read in it, and days are its days
     * <p>The file is read as a stream, and only the events that may fall in the days read are kept in memory
     * (see {@link KeptEvents}), so a calendar of any size is read in bounded memory.
     *
     * @throws InputRefusedException for a file that is not iCalendar or cannot be parsed, with a message naming
     *                               the file (and the line, when the parser gives one); for a range that ends
     *                               before it starts; or for more than 50,000 events in the days read
     * @throws IOException           when the stream cannot be read
     */
    public static CalendarRead read(InputStream in, String source, ZoneId zone, LocalDate from, LocalDate to)
            throws IOException {
        return read(in, source, zone, from, to, KeptEvents.MOST_KEPT);
    }

    /** {@link #read(InputStream, String, ZoneId, LocalDate, LocalDate)} keeping at most {@code mostKept} events. */
    static CalendarRead read(InputStream in, String source, ZoneId zone, LocalDate from, LocalDate to, int mostKept)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(zone, "zone");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputRefusedException("the range to read from " + source + " ends (" + to
                    + ") before it starts (" + from + ")");
        }
        Map<String, java.time.zone.ZoneRules> fileZones = new HashMap<>();
        CalendarZones zones = new CalendarZones(fileZones, zone);
        KeptEvents kept = new KeptEvents(source, zones, zone, from, to, mostKept);
        CalendarCollector content = new CalendarCollector(fileZones, kept::accept);
        parse(in, source, content);
        kept.finish();

        List<String> remarks = new ArrayList<>();
        LocalDate[] range = range(kept.span(), from, to, remarks);
        Map<CalendarSkip, Integer> skipped = new EnumMap<>(CalendarSkip.class);
        List<CalendarEvent> events = new ArrayList<>();
        if (range[0] != null) {
            Instant rangeStart = range[0].atStartOfDay(zone).toInstant();
            Instant rangeEnd = range[1].plusDays(1).atStartOfDay(zone).toInstant();
            expand(kept.events(), rangeStart, rangeEnd, events, skipped, remarks, mostKept, source + " has more than "
                    + DisplayFormats.number(mostKept) + " events between " + range[0] + " and " + range[1]
                    + ", more than anyone's working days hold; read fewer days at a time (--from and --to)");
            if (kept.withoutStart() > 0) {
                skipped.merge(CalendarSkip.NO_END_OR_BAD_TIMES, kept.withoutStart(), Integer::sum);
            }
        }
        if (content.eventCount() == 0) {
            remarks.add("The calendar has no events.");
        }
        for (String unknown : zones.unknown()) {
            remarks.add("The time zone \"" + unknown + "\" is not one the diary knows; its times were read as "
                    + zone.getId() + " times.");
        }
        events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::end)
                .thenComparing(CalendarEvent::uid)
                .thenComparing(CalendarEvent::recurrenceId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new CalendarRead(source, range[0], range[1], events, skipped, remarks);
    }

    private static void expand(List<EventSeries> series, Instant rangeStart, Instant rangeEnd, List<CalendarEvent> events,
                               Map<CalendarSkip, Integer> skipped, List<String> remarks, int mostKept,
                               String tooMany) {
        Map<String, Set<Instant>> replaced = new HashMap<>();
        for (EventSeries one : series) {
            if (one.recurrenceId != null) {
                replaced.computeIfAbsent(one.uid, uid -> new HashSet<>()).add(one.recurrenceId);
            }
        }
        int cutRemarks = 0;
        for (EventSeries one : series) {
            Expansion expansion = null;
            if (!one.unusable()) {
                Set<Instant> overridden = one.recurrenceId == null && one.repeats()
                        ? replaced.getOrDefault(one.uid, Set.of()) : Set.of();
                try {
                    expansion = one.occurrences(rangeStart, rangeEnd, overridden);
                } catch (RuntimeException unexpandable) { // a rule ical4j read but cannot expand
                    expansion = null;
                }
            }
            if (expansion == null) {
                // One count for the event, when it may have an occurrence in the range: its start is unknown, or
                // in the range, or (for a series) before the range's end.
                Instant start = one.recurrenceId != null ? one.recurrenceId : one.firstStart();
                boolean mayBeInRange = start == null || (one.repeats() ? start.isBefore(rangeEnd)
                        : !start.isBefore(rangeStart) && start.isBefore(rangeEnd));
                if (mayBeInRange) {
                    skipped.merge(CalendarSkip.NO_END_OR_BAD_TIMES, 1, Integer::sum);
                }
                continue;
            }
            if (expansion.cut() && cutRemarks++ < REMARKS_OF_A_KIND) {
                remarks.add("The repeating event \"" + (one.title == null ? "(no title)" : one.title)
                        + "\" repeats more than " + EventSeries.MOST_IN_RANGE + " times in the range; only the first "
                        + EventSeries.MOST_IN_RANGE + " were read.");
            }
            for (Occurrence occurrence : expansion.occurrences()) {
                CalendarSkip skip = one.skipOf(occurrence);
                if (skip != null) {
                    skipped.merge(skip, 1, Integer::sum);
                } else {
                    Instant recurrenceId = one.recurrenceId != null ? one.recurrenceId
                            : one.repeats() ? occurrence.originalStart() : null;
                    events.add(new CalendarEvent(one.uid, recurrenceId, one.title, occurrence.start(), occurrence.end()));
                    if (events.size() > mostKept) {
                        throw new InputRefusedException(tooMany);
                    }
                }
            }
        }
    }

    /**
     * The range to read: the caller's days, or what the file covers. Returns {from, to}, both null when neither
     * the caller nor the file gives a day.
     */
    private static LocalDate[] range(LocalDate[] span, LocalDate from, LocalDate to, List<String> remarks) {
        if (from != null && to != null) {
            return new LocalDate[] {from, to};
        }
        LocalDate first = span[0];
        LocalDate lastFinite = span[1]; // the last occurrence of a single event or of a series that ends
        LocalDate last = span[2];       // that, or the first occurrence of a series without end, whichever is later
        if (from == null && to == null) {
            if (first == null) {
                return new LocalDate[] {null, null}; // no event has a day
            }
            if (lastFinite == null) {
                LocalDate yearOn = first.plusYears(1).minusDays(1);
                remarks.add("The calendar has only repeating events without an end; the year " + first + " to "
                        + yearOn + " was read; use --from and --to for other dates.");
                return new LocalDate[] {first, yearOn};
            }
            LocalDate yearBack = last.minusYears(1).plusDays(1);
            if (first.isBefore(yearBack)) {
                remarks.add("Only the year up to " + last + " was read; use --from and --to for more.");
                return new LocalDate[] {yearBack, last};
            }
            return new LocalDate[] {first, last};
        }
        if (from != null) {
            LocalDate yearOn = from.plusYears(1).minusDays(1);
            LocalDate end = lastFinite == null ? yearOn : later(last, from);
            if (end.isAfter(yearOn)) {
                remarks.add("Only the year from " + from + " to " + yearOn + " was read; use --to for more.");
                end = yearOn;
            }
            return new LocalDate[] {from, end};
        }
        LocalDate yearBack = to.minusYears(1).plusDays(1);
        LocalDate start = first == null ? yearBack : earlier(first, to);
        if (start.isBefore(yearBack)) {
            remarks.add("Only the year from " + yearBack + " to " + to + " was read; use --from for more.");
            start = yearBack;
        }
        return new LocalDate[] {start, to};
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static void parse(InputStream in, String source, CalendarCollector content) throws IOException {
        BufferedReader text = new BufferedReader(decoded(in), LOOK_AHEAD * 2);
        requireCalendar(text, source);
        try {
            // "true": blank lines between components are skipped, and lines folded after a bare LF are unfolded
            // (files saved on Linux or macOS). Set per parser and reader, not as global hints.
            new CalendarParserImpl(true).parse(new UnfoldingReader(text, true), content);
        } catch (ParserException e) {
            if (e.getCause() instanceof InputRefusedException refusal) {
                throw refusal; // the events read so far are already too many: said as such, not as bad text
            }
            throw refused(source, e);
        }
        if (content.calendars() == 0) {
            throw new InputRefusedException(source + " holds no complete calendar (BEGIN:VCALENDAR … END:VCALENDAR)");
        }
    }

    /** The text of the stream: UTF-8 unless a byte order mark says UTF-16; bytes that are not text become �. */
    private static InputStreamReader decoded(InputStream in) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, 3);
        byte[] head = bytes.readNBytes(3);
        Charset charset = StandardCharsets.UTF_8;
        int mark = 0;
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            mark = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        }
        bytes.unread(head, mark, head.length - mark);
        return new InputStreamReader(bytes, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Refuses, before parsing, a file whose first text is not BEGIN:VCALENDAR (a CSV file, a picture…). */
    private static void requireCalendar(BufferedReader text, String source) throws IOException {
        text.mark(LOOK_AHEAD + BEGIN.length());
        int c = text.read();
        for (int blanks = 0; c != -1 && (c <= ' ' || c == '\uFEFF') && blanks < LOOK_AHEAD; blanks++) {
            c = text.read();
        }
        StringBuilder start = new StringBuilder();
        for (; c != -1; c = text.read()) {
            start.append((char) c);
            if (start.length() == BEGIN.length()) {
                break;
            }
        }
        text.reset();
        if (start.length() == 0) {
            throw new InputRefusedException(source + " is empty: there is no calendar in it");
        }
        if (!start.toString().equalsIgnoreCase(BEGIN)) {
            throw new InputRefusedException(source + " is not an iCalendar (.ics) file: such a file starts with "
                    + BEGIN);
        }
    }

    private static InputRefusedException refused(String source, ParserException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage()).replaceFirst("^Error at line -?\\d+:", "");
        String where = e.getLineNo() > 0 ? " at line " + e.getLineNo() : "";
        if (detail.contains("Unexpected end of file")) {
            return new InputRefusedException(source + " ends in the middle of the calendar" + where
                    + ": the file looks cut short; save or export it again");
        }
        return new InputRefusedException(source + " cannot be read as a calendar: the text" + where
                + " is not valid iCalendar (" + plainWords(detail.strip()) + ")");
    }

    private static final java.util.regex.Pattern EXPECTED = java.util.regex.Pattern.compile(
            "Expected \\[(.*)\\], read \\[(.*)\\]", java.util.regex.Pattern.DOTALL);

    /**
     * The parser's complaint in the user's words. ical4j says "Expected [VALARM], read [VEVENT]" for a BEGIN or END
     * line that does not match, and "Expected [58], read [10]" (character and token codes) for a broken line.
     */
    static String plainWords(String detail) {
        java.util.regex.Matcher matcher = EXPECTED.matcher(detail);
        if (matcher.matches()) {
            String expected = matcher.group(1);
            String read = matcher.group(2);
            if (expected.matches("-?\\d+") && read.matches("-?\\d+")) {
                return "expected " + token(Integer.parseInt(expected)) + " but found " + token(Integer.parseInt(read))
                        + ": a line is broken, or folded wrongly";
            }
            return "\"" + cut(read) + "\" where \"" + cut(expected) + "\" was expected: a BEGIN or END line is missing, or "
                    + "does not match";
        }
        if (detail.isEmpty() || detail.contains("Exception") || detail.contains("java.")) {
            return "a line is not a NAME:VALUE line";
        }
        return detail;
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, Character.isHighSurrogate(text.charAt(38)) ? 38 : 39) + "…";
    }

    /** A token of ical4j's tokeniser (java.io.StreamTokenizer): a character, or a kind of token. */
    private static String token(int code) {
        return switch (code) {
            case -1 -> "the end of the file";
            case -2 -> "a number";
            case -3 -> "a word";
            case '\n', '\r' -> "the end of the line";
            case ':' -> "':' (between a name and its value)";
            case ';' -> "';' (before a parameter)";
            case '=' -> "'=' (in a parameter)";
            case '"' -> "a quote";
            default -> code > ' ' && code < 0x7F ? "'" + (char) code + "'" : "a character that does not belong there";
        };
    }

    /** Reads a calendar file, as {@link #read(InputStream, String, ZoneId, LocalDate, LocalDate)}; a missing file is refused. */
    public static CalendarRead read(java.nio.file.Path file, ZoneId zone, LocalDate from, LocalDate to) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), zone, from, to);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputRefusedException("there is no file " + file);
        }
    }

    /** A calendar by its name (.ics) or, whatever the name, by its first line (BEGIN:VCALENDAR). */
    public static boolean looksLikeCalendar(java.nio.file.Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ics") || name.endsWith(".ical") || name.endsWith(".icalendar")) {
            return true;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        byte[] start = new byte[64];
        int read;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        return new String(start, 0, read, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading()
                .toUpperCase(java.util.Locale.ROOT).startsWith("BEGIN:VCALENDAR");
    }
}
