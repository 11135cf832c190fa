package org.dwdiary.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a quick-add line says: a block to add, or, when {@code end} is null, a timer to start at
 * {@code start} (the line was {@code now ACTIVITY}).
 *
 * @param activity the label as the block will keep it (trimmed, one space between words), or null
 * @param note     the text after the first comma, trimmed, or null
 */
public record QuickAdd(Instant start, Instant end, ZoneId zone, WorkKind kind, KindSource kindSource,
                       String activity, String note) {

    public QuickAdd {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindSource, "kindSource");
    }

    /** True when the line started a running timer rather than describing a finished block. */
    public boolean startsTimer() {
        return end == null;
    }

    /** The new block (id 0) the line describes. */
    public Block toBlock() {
        if (startsTimer()) {
            throw new IllegalStateException("a timer has no end yet: stop it to make a block");
        }
        return Block.create(start, end, zone, kind, activity, note);
    }
}
