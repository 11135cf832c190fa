package org.dwdiary.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the diary's append-only history: what changed ({@code subject}, e.g. "block 12" or
 * "mark 2026-03-02"), how ({@code action}: existing, add, edit, delete, restore), when, by what route, and
 * the values before and after (canonical text; null where there is none). Its hash covers all of that and
 * the previous entry's hash.
 */
public record HistoryEntry(long seq, String subject, String action, Instant at, String via, String oldValue,
                           String newValue, String prevHash, String hash) {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public HistoryEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(via, "via");
    }

    /** The hash this entry should have: SHA-256 of its fields and the previous hash, as lower-case hex. */
    public static String hashOf(long seq, String subject, String action, Instant at, String via, String oldValue,
                                String newValue, String prevHash) {
        String content = String.join("\u001f", Long.toString(seq), subject, action, Long.toString(at.getEpochSecond()), via,
                oldValue == null ? "\u0000" : oldValue, newValue == null ? "\u0000" : newValue, prevHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** True when the stored hash is the one its content and {@code prevHash} give. */
    public boolean hashMatches() {
        return hash.equals(hashOf(seq, subject, action, at, via, oldValue, newValue, prevHash));
    }

    public static String blockSubject(long id) {
        return "block " + id;
    }

    public static String markSubject(java.time.LocalDate day) {
        return "mark " + day;
    }

    /** A dated setting's value from one day: "setting contract-hours from 2026-09-01" (0001-01-01: from the start). */
    public static String settingSubject(String key, java.time.LocalDate from) {
        return "setting " + key + " from " + from;
    }
}
