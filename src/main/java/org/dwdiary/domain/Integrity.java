package org.dwdiary.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the diary is as its history says: the hash chain is unbroken, and every block and day mark
 * holds the values of its last history entry.
 *
 * @param problem null when intact; otherwise the first entry or record that does not match, for people
 */
public record Integrity(boolean intact, long entries, String finalHash, String problem) {

    /**
     * Checks {@code entries} (in order) and the diary's current records, in the order to report them:
     * subject → canonical values, or null for a block that is deleted.
     */
    public static Integrity check(List<HistoryEntry> entries, Map<String, String> current) {
        String previous = HistoryEntry.GENESIS;
        long expectedSeq = 1;
        Map<String, String> last = new HashMap<>();
        for (HistoryEntry entry : entries) {
            if (entry.seq() != expectedSeq) {
                return broken(entries, "history entry #" + expectedSeq + " is missing (the next one is #"
                        + entry.seq() + "): the history was changed outside the app");
            }
            if (!entry.prevHash().equals(previous)) {
                return broken(entries, "history entry #" + entry.seq() + " (" + entry.subject()
                        + ") does not follow from the entry before it: the history was changed outside the app");
            }
            if (!entry.hashMatches()) {
                return broken(entries, "history entry #" + entry.seq() + " (" + entry.subject()
                        + ") does not match its hash: it was changed outside the app");
            }
            last.put(entry.subject(), entry.newValue());
            previous = entry.hash();
            expectedSeq++;
        }
        // The records in the diary's own order (blocks by number, then marks by day), then any the history
        // keeps that the diary no longer has.
        for (Map.Entry<String, String> record : current.entrySet()) {
            String subject = record.getKey();
            if (!last.containsKey(subject)) {
                if (record.getValue() != null) {
                    return broken(entries, subject + " is not in the history: it was added outside the app");
                }
                continue;
            }
            String recorded = last.get(subject);
            if (!Objects.equals(recorded, record.getValue())) {
                String what = recorded == null ? "was deleted, but is in the diary"
                        : record.getValue() == null ? "is deleted in the diary, but its last history entry keeps it"
                        : "does not match its last history entry: it was changed outside the app";
                return broken(entries, subject + " " + what);
            }
        }
        for (HistoryEntry entry : entries) {
            String subject = entry.subject();
            if (!current.containsKey(subject) && last.get(subject) != null) {
                return broken(entries, subject + " is missing from the diary (its last history entry keeps it)");
            }
        }
        return new Integrity(true, entries.size(), previous, null);
    }

    private static Integrity broken(List<HistoryEntry> entries, String problem) {
        return new Integrity(false, entries.size(), entries.isEmpty() ? HistoryEntry.GENESIS : entries.get(entries.size() - 1).hash(), problem);
    }

    /** "Intact: 1,204 entries, final hash 3f9a…" or the problem. */
    public String describe() {
        return intact ? "intact: " + entries + (entries == 1 ? " entry" : " entries") + ", final hash " + finalHash
                : "NOT intact: " + problem;
    }
}
