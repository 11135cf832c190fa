package org.dwdiary.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A block being timed: it has a start and no end yet. Stored in the diary, so it survives a restart. */
public record RunningTimer(Instant start, ZoneId zone, WorkKind kind, String activity, String note) {
    public RunningTimer {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(kind, "kind");
        start = start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Block.requireWholeCharacters("activity", activity);
        Block.requireWholeCharacters("note", note);
    }

    /** The block it becomes when stopped at {@code end} (refused by Block's rules when too short or too long). */
    public Block until(Instant end) {
        return Block.create(start, end, zone, kind, activity, note);
    }

    public long elapsedMinutes(Instant now) {
        return Math.max(0, Duration.between(start, now).toMinutes());
    }

    public String label() {
        return activity != null ? activity : kind.displayName();
    }
}
