package org.dwdiary.store;

import com.fasterxml.jackson.jr.ob.JSON;
import org.dwdiary.domain.HistoryEntry;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL for the append-only, hash-chained history of blocks and day marks. */
final class HistoryQueries {
    private static final JSON CANONICAL = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private final Connection connection;
    private final StatementCache cache;
    /** The last entry's number and hash within the current write transaction (null: read it from the file). */
    private long lastSeq;
    private String lastHash;

    HistoryQueries(Connection connection) {
        this.connection = connection;
        this.cache = new StatementCache(connection);
    }

    /**
     * Forgets the last entry: called at the start of every write transaction, since another process may
     * have appended since. Within one transaction nobody else can write, so it is read once.
     */
    void beginWrite() {
        lastHash = null;
    }

    /** Appends one entry after the last, chaining its hash. */
    void append(String subject, String action, Instant at, String via, String oldValue, String newValue) throws SQLException {
        if (lastHash == null) {
            lastSeq = 0;
            lastHash = HistoryEntry.GENESIS;
            try (PreparedStatement statement = connection.prepareStatement("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1");
                 ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    lastSeq = rows.getLong(1);
                    lastHash = rows.getString(2);
                }
            }
        }
        long seq = lastSeq + 1;
        String prevHash = lastHash;
        String hash = HistoryEntry.hashOf(seq, subject, action, at, via, oldValue, newValue, prevHash);
        PreparedStatement statement = cache.get(
                "INSERT INTO history (seq, subject, action, at, via, old_value, new_value, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        {
            statement.setLong(1, seq);
            statement.setString(2, subject);
            statement.setString(3, action);
            statement.setLong(4, at.getEpochSecond());
            statement.setString(5, via);
            setText(statement, 6, oldValue);
            setText(statement, 7, newValue);
            statement.setString(8, prevHash);
            statement.setString(9, hash);
            statement.executeUpdate();
        }
        lastSeq = seq;
        lastHash = hash;
    }

    private static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    /** Every entry in order; with a subject, only that subject's. */
    List<HistoryEntry> entries(String subject) throws SQLException {
        String sql = "SELECT seq, subject, action, at, via, old_value, new_value, prev_hash, hash FROM history "
                + (subject == null ? "" : "WHERE subject = ? ") + "ORDER BY seq";
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (subject != null) {
                statement.setString(1, subject);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new HistoryEntry(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Instant.ofEpochSecond(rows.getLong(4)), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8), rows.getString(9)));
                }
            }
        }
        return entries;
    }

    /** The number of entries that changed something already recorded (edits, deletions, restores), per subject. */
    Map<String, Integer> laterChanges() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT subject, count(*) FROM history WHERE action IN ('edit', 'delete', 'restore') GROUP BY subject");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** A block's stored values as canonical text (fixed key order), as the history keeps them. */
    static String canonicalBlock(long start, long end, String zone, String kind, String activity, String note) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("start", Instant.ofEpochSecond(start).toString());
        values.put("end", Instant.ofEpochSecond(end).toString());
        values.put("zone", zone);
        values.put("kind", kind);
        values.put("activity", activity);
        values.put("note", note);
        return write(values);
    }

    static String canonicalSetting(String value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", value);
        return write(values);
    }

    static String canonicalMark(String kind, boolean half) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("half", half);
        return write(values);
    }

    private static String write(Map<String, Object> values) {
        try {
            return CANONICAL.asString(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical text back as values (for showing an entry to people). */
    static Map<String, Object> read(String canonical) {
        try {
            return canonical == null ? null : CANONICAL.mapFrom(canonical);
        } catch (IOException e) {
            return Map.of("unreadable", canonical);
        }
    }
}
