package org.dwdiary.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ways out of an overlap, offered to the user instead of a flat refusal: shorten the new block to
 * its longest free stretch, or make room by shortening (or splitting) the blocks it overlaps.
 */
public final class Trims {
    private Trims() {
    }

    /** The longest part of {@code proposed} that no clash covers; empty when the clashes cover it all. */
    public static Optional<Block> shortenProposed(Block proposed, List<Block> clashes) {
        List<Block> sorted = new ArrayList<>(clashes);
        sorted.sort(Comparator.comparing(Block::start));
        Instant cursor = proposed.start();
        Instant bestStart = null;
        Instant bestEnd = null;
        for (Block clash : sorted) {
            if (clash.start().isAfter(cursor)) {
                Instant gapEnd = min(clash.start(), proposed.end());
                if (bestStart == null || longer(cursor, gapEnd, bestStart, bestEnd)) {
                    bestStart = cursor;
                    bestEnd = gapEnd;
                }
            }
            if (clash.end().isAfter(cursor)) {
                cursor = clash.end();
            }
        }
        if (cursor.isBefore(proposed.end()) && (bestStart == null || longer(cursor, proposed.end(), bestStart, bestEnd))) {
            bestStart = cursor;
            bestEnd = proposed.end();
        }
        if (bestStart == null || !bestEnd.isAfter(bestStart)) {
            return Optional.empty();
        }
        return Optional.of(proposed.withTimes(bestStart, bestEnd));
    }

    /**
     * The change that makes room for {@code proposed}: each clashing block keeps the parts outside it
     * (a block around it is split in two). Empty when a clash lies wholly inside {@code proposed},
     * because making room would mean deleting it, which the user should do on purpose.
     */
    public static Optional<DiaryChange> makeRoom(Block proposed, List<Block> clashes) {
        List<Block> removed = new ArrayList<>();
        List<Block> added = new ArrayList<>();
        for (Block clash : clashes) {
            List<Block> pieces = new ArrayList<>();
            if (clash.start().isBefore(proposed.start())) {
                pieces.add(clash.withTimes(clash.start(), proposed.start()));
            }
            if (clash.end().isAfter(proposed.end())) {
                Block after = clash.withTimes(proposed.end(), clash.end());
                pieces.add(pieces.isEmpty() ? after : after.withId(0));
            }
            if (pieces.isEmpty()) {
                return Optional.empty();
            }
            removed.add(clash);
            added.addAll(pieces);
        }
        added.add(proposed);
        return Optional.of(new DiaryChange("add \"" + proposed.label() + "\" and shorten "
                + (clashes.size() == 1 ? "\"" + clashes.get(0).label() + "\"" : clashes.size() + " blocks"),
                removed, added));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean longer(Instant s1, Instant e1, Instant s2, Instant e2) {
        return java.time.Duration.between(s1, e1).compareTo(java.time.Duration.between(s2, e2)) > 0;
    }
}
