package org.dwdiary.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One timed occurrence of a calendar event, as the diary needs it: nothing but its identity, title and times.
 * Descriptions, locations, attendees and the like are never read (they can name families).
 *
 * @param uid          the event's UID; for an event without one, a stable key made from its title and start,
 *                     {@code "no-uid:"} followed by hex digits
 * @param recurrenceId null for a single event; for an occurrence of a repeating event, its original start (the
 *                     RECURRENCE-ID of a changed occurrence, or the generated occurrence's start), so that
 *                     ({@code uid}, {@code recurrenceId}) names the same occurrence across imports, even after it
 *                     was moved
 * @param title        the SUMMARY on one line, trimmed, at most {@value org.dwdiary.domain.Block#ACTIVITY_MAX_LENGTH}
 *                     characters (a longer one is cut and ends in "…"); null when there is none
 * @param start        when it starts
 * @param end          when it ends: after the start by at least a minute and at most 24 hours, at minute
 *                     precision, so every event can become a block
 */
public record CalendarEvent(String uid, Instant recurrenceId, String title, Instant start, Instant end) {
    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
