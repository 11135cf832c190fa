package org.dwdiary.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One block of the worker's time: from {@code start} to {@code end} (instants, minute precision), in
 * the zone where it was recorded, of exactly one kind, with an optional activity label and note.
 * A block that exists is valid: it has a length, at most 24 hours.
 *
 * @param id 0 for a block not yet stored
 */
public record Block(long id, Instant start, Instant end, ZoneId zone, WorkKind kind, String activity, String note) {
    public static final Duration LONGEST = Duration.ofHours(24);
    public static final int ACTIVITY_MAX_LENGTH = 80;
    public static final int NOTE_MAX_LENGTH = 2000;
    /** A new block starts at or after this (1 January 1900) ... */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** ... and ends at or before this (1 January 2200): times outside are a mistake, and some cannot be shown. */
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public Block {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(kind, "kind");
        start = start.truncatedTo(ChronoUnit.MINUTES);
        end = end.truncatedTo(ChronoUnit.MINUTES);
        activity = blankToNull(activity);
        if (activity != null) {
            activity = oneLine(activity); // a label is one line
        }
        note = blankToNull(note);
        if (!end.isAfter(start)) {
            String times = DisplayFormats.span(start, end, zone);
            throw new InputRefusedException(end.equals(start)
                    ? "the block " + times + " has no length: the end must be after the start"
                    : "the block ends before it starts (" + endpoint(start, end, zone)
                            + " to " + endpoint(end, start, zone) + ")");
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(LONGEST) > 0) {
            throw new InputRefusedException("the block " + DisplayFormats.span(start, end, zone) + " lasts "
                    + DisplayFormats.hoursMinutes(length.toMinutes()) + "; a block can be at most 24 hours");
        }
        requireWholeCharacters("activity", activity);
        requireWholeCharacters("note", note);
        if (activity != null && activity.length() > ACTIVITY_MAX_LENGTH) {
            throw new InputRefusedException("the activity \"" + activity.substring(0, activity.offsetByCodePoints(0, 20)) + "…\" is "
                    + activity.length() + " characters long; an activity is a short label of at most " + ACTIVITY_MAX_LENGTH + " characters");
        }
        if (note != null && note.length() > NOTE_MAX_LENGTH) {
            throw new InputRefusedException("the note is " + note.length() + " characters long; a note can have at most "
                    + NOTE_MAX_LENGTH);
        }
    }

    /** A new block, not yet stored; refused when it is not within the years 1900 to 2199. */
    public static Block create(Instant start, Instant end, ZoneId zone, WorkKind kind, String activity, String note) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        for (Instant time : new Instant[] {start, end}) {
            if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
                throw new InputRefusedException("the block " + (time == start ? "starts" : "ends") + " at " + time
                        + " (UTC), outside the years a diary keeps (1900 to 2199)");
            }
        }
        return new Block(0, start, end, zone, kind, activity, note);
    }

    public boolean isStored() {
        return id != 0;
    }

    public Block withId(long newId) {
        return new Block(newId, start, end, zone, kind, activity, note);
    }

    public Block withTimes(Instant newStart, Instant newEnd) {
        return new Block(id, newStart, newEnd, zone, kind, activity, note);
    }

    /** Elapsed minutes: clock changes count as they happened. */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The activity, or the kind's name when there is none: what the week view writes on the block. */
    public String label() {
        return activity != null ? activity : kind.displayName();
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    public boolean overlaps(Block other) {
        return overlaps(other.start, other.end);
    }

    /** "Home visit, Mon 2 Mar 2026 09:00–10:30": how a message names this block. */
    public String describe(ZoneId displayZone) {
        return "\"" + label() + "\", " + DisplayFormats.span(start, end, displayZone);
    }

    /** "09:00", or "Tue 3 Mar 2026 09:00" when the other end is on another day. */
    private static String endpoint(Instant time, Instant other, ZoneId zone) {
        var local = time.atZone(zone);
        boolean sameDay = local.toLocalDate().equals(other.atZone(zone).toLocalDate());
        return (sameDay ? "" : DisplayFormats.DAY.format(local) + " ") + DisplayFormats.TIME.format(local);
    }

    /**
     * Refuses text with half a character in it (a lone UTF-16 surrogate, left when an emoji is cut in two): the
     * diary file cannot keep it, so what was stored would not be what was typed.
     */
    public static void requireWholeCharacters(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InputRefusedException("the " + field + " has a broken character at position " + (i + 1)
                        + " (half of an emoji or other symbol); type it again");
            }
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Runs of white space as one space; most labels have none to change, and are returned as they are. */
    private static String oneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
