package org.dwdiary.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times in tests, written as people read them on a clock in England. */
public final class London {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    /**
     * {@code 2026-03-02T09:00} on the London wall clock, or with an offset ({@code 2026-10-25T01:30+00:00})
     * where the wall-clock time happens twice.
     */
    public static Instant at(String text) {
        if (text.length() > 16) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text).atZone(ZONE).toInstant();
    }

    public static Block block(WorkKind kind, String start, String end) {
        return Block.create(at(start), at(end), ZONE, kind, null, null);
    }

    public static Block block(long id, WorkKind kind, String activity, String start, String end) {
        return new Block(id, at(start), at(end), ZONE, kind, activity, null);
    }
}
