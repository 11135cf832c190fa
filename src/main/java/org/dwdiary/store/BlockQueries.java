package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for blocks. Only live (not deleted) blocks are ever returned. */
final class BlockQueries {
    private static final String SELECT = "SELECT b.id, b.start_at, b.end_at, b.zone, b.kind, a.name, b.note "
            + "FROM block b LEFT JOIN activity a ON a.id = b.activity_id WHERE b.deleted_at IS NULL ";
    /** No block is longer than a day, so a block overlapping [from, to) starts after from - 1 day. */
    private static final long LONGEST_SECONDS = Block.LONGEST.toSeconds();

    private final Connection connection;
    private final HistoryQueries history;
    private final StatementCache cache;

    BlockQueries(Connection connection, HistoryQueries history) {
        this.connection = connection;
        this.history = history;
        this.cache = new StatementCache(connection);
    }

    /** Blocks with any minute in [from, to), by start. */
    List<Block> overlapping(Instant from, Instant to) throws SQLException {
        PreparedStatement statement = cache.get(SELECT
                + "AND b.start_at < ? AND b.end_at > ? AND b.start_at > ? ORDER BY b.start_at");
        statement.setLong(1, to.getEpochSecond());
        statement.setLong(2, from.getEpochSecond());
        statement.setLong(3, from.getEpochSecond() - LONGEST_SECONDS);
        return read(statement);
    }

    /** Blocks starting in [from, to), by start. */
    List<Block> starting(Instant from, Instant to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT
                + "AND b.start_at >= ? AND b.start_at < ? ORDER BY b.start_at")) {
            statement.setLong(1, from.getEpochSecond());
            statement.setLong(2, to.getEpochSecond());
            return read(statement);
        }
    }

    List<Block> all() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + "ORDER BY b.start_at")) {
            return read(statement);
        }
    }

    Optional<Block> find(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + "AND b.id = ?")) {
            statement.setLong(1, id);
            List<Block> found = read(statement);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Live blocks, other than {@code block} itself, that share a minute with it. */
    List<Block> clashesWith(Block block) throws SQLException {
        List<Block> clashes = overlapping(block.start(), block.end());
        clashes.removeIf(other -> other.id() == block.id() && block.isStored());
        return clashes;
    }

    /** The start of the latest live block starting before {@code before}, if any. */
    Optional<Instant> lastStartBefore(Instant before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT max(start_at) FROM block WHERE deleted_at IS NULL AND start_at < ?")) {
            statement.setLong(1, before.getEpochSecond());
            try (ResultSet rows = statement.executeQuery()) {
                long start = rows.next() ? rows.getLong(1) : 0;
                return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(start));
            }
        }
    }

    /** The start of the first live block, if any. */
    Optional<Instant> firstStart() throws SQLException {
        return oneInstant("SELECT min(start_at) FROM block WHERE deleted_at IS NULL");
    }

    /** The start of the last live block, if any. */
    Optional<Instant> lastStart() throws SQLException {
        return oneInstant("SELECT max(start_at) FROM block WHERE deleted_at IS NULL");
    }

    private Optional<Instant> oneInstant(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            long start = rows.next() ? rows.getLong(1) : 0;
            return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(start));
        }
    }

    long count() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM block WHERE deleted_at IS NULL");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    long insert(Block block, Long activityId, RecordedVia via, Instant now) throws SQLException {
        PreparedStatement statement = cache.get(
                "INSERT INTO block (id, start_at, end_at, zone, kind, activity_id, note, recorded_at, recorded_via) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        {
            if (block.isStored()) {
                statement.setLong(1, block.id());
            } else {
                statement.setNull(1, Types.INTEGER);
            }
            bindValues(statement, 2, block, activityId);
            statement.setLong(8, now.getEpochSecond());
            statement.setString(9, via.code());
            statement.executeUpdate();
        }
        long id;
        try (ResultSet rows = cache.get("SELECT last_insert_rowid()").executeQuery()) {
            rows.next();
            id = rows.getLong(1);
        }
        history.append(HistoryEntry.blockSubject(id), "add", now, via.code(), null, canonical(id).orElseThrow());
        return id;
    }

    /** Changes a live block's values; false when it is not (or no longer) in the diary. */
    boolean update(Block block, Long activityId, RecordedVia via, Instant now) throws SQLException {
        Optional<String> before = canonical(block.id());
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE block SET start_at = ?, end_at = ?, zone = ?, kind = ?, activity_id = ?, note = ?, "
                        + "changed_at = ? WHERE id = ? AND deleted_at IS NULL")) {
            bindValues(statement, 1, block, activityId);
            statement.setLong(7, now.getEpochSecond());
            statement.setLong(8, block.id());
            if (statement.executeUpdate() != 1) {
                return false;
            }
        }
        history.append(HistoryEntry.blockSubject(block.id()), "edit", now, via.code(), before.orElse(null),
                canonical(block.id()).orElseThrow());
        return true;
    }

    /** Brings a deleted block back with the given values (undo of a delete); false if there is none. */
    boolean undelete(Block block, Long activityId, RecordedVia via, Instant now) throws SQLException {
        Optional<String> before = canonical(block.id());
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE block SET start_at = ?, end_at = ?, zone = ?, kind = ?, activity_id = ?, note = ?, "
                        + "changed_at = ?, deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL")) {
            bindValues(statement, 1, block, activityId);
            statement.setLong(7, now.getEpochSecond());
            statement.setLong(8, block.id());
            if (statement.executeUpdate() != 1) {
                return false;
            }
        }
        history.append(HistoryEntry.blockSubject(block.id()), "restore", now, via.code(), before.orElse(null),
                canonical(block.id()).orElseThrow());
        return true;
    }

    boolean delete(long id, RecordedVia via, Instant now) throws SQLException {
        Optional<String> before = canonical(id);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE block SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
            statement.setLong(1, now.getEpochSecond());
            statement.setLong(2, id);
            if (statement.executeUpdate() != 1) {
                return false;
            }
        }
        history.append(HistoryEntry.blockSubject(id), "delete", now, via.code(), before.orElse(null), null);
        return true;
    }

    /** A block's stored values (live or deleted) as the history's canonical text. */
    Optional<String> canonical(long id) throws SQLException {
        PreparedStatement statement = cache.get("SELECT b.start_at, b.end_at, b.zone, b.kind, a.name, b.note FROM block b "
                + "LEFT JOIN activity a ON a.id = b.activity_id WHERE b.id = ?");
        statement.setLong(1, id);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(HistoryQueries.canonicalBlock(rows.getLong(1), rows.getLong(2),
                    rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6))) : Optional.empty();
        }
    }

    /** Every block row, live or deleted, as the history should end: id → canonical text, or null when deleted. */
    Map<Long, String> currentStates() throws SQLException {
        Map<Long, String> states = new java.util.TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT b.id, b.start_at, b.end_at, b.zone, b.kind, a.name, b.note, b.deleted_at FROM block b "
                        + "LEFT JOIN activity a ON a.id = b.activity_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String canonical = HistoryQueries.canonicalBlock(rows.getLong(2), rows.getLong(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7));
                rows.getLong(8);
                boolean live = rows.wasNull();
                states.put(rows.getLong(1), live ? canonical : null);
            }
        }
        return states;
    }

    /** For each live block with a minute in [from, to): its id, end and when it was first recorded (epoch seconds). */
    List<long[]> recording(Instant from, Instant to) throws SQLException {
        List<long[]> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, start_at, end_at, recorded_at FROM block WHERE deleted_at IS NULL "
                        + "AND start_at < ? AND end_at > ? AND start_at > ? ORDER BY start_at")) {
            statement.setLong(1, to.getEpochSecond());
            statement.setLong(2, from.getEpochSecond());
            statement.setLong(3, from.getEpochSecond() - LONGEST_SECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)});
                }
            }
        }
        return found;
    }

    private static void bindValues(PreparedStatement statement, int first, Block block, Long activityId)
            throws SQLException {
        statement.setLong(first, block.start().getEpochSecond());
        statement.setLong(first + 1, block.end().getEpochSecond());
        statement.setString(first + 2, block.zone().getId());
        statement.setString(first + 3, block.kind().code());
        if (activityId == null) {
            statement.setNull(first + 4, Types.INTEGER);
        } else {
            statement.setLong(first + 4, activityId);
        }
        statement.setString(first + 5, block.note());
    }

    private static List<Block> read(PreparedStatement statement) throws SQLException {
        List<Block> blocks = new ArrayList<>();
        Map<String, ZoneId> zones = new HashMap<>(); // nearly every block has the same zone: look it up once
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                blocks.add(new Block(rows.getLong(1),
                        Instant.ofEpochSecond(rows.getLong(2)),
                        Instant.ofEpochSecond(rows.getLong(3)),
                        zones.computeIfAbsent(rows.getString(4), ZoneId::of),
                        WorkKind.fromCode(rows.getString(5)),
                        rows.getString(6),
                        rows.getString(7)));
            }
        }
        return blocks;
    }
}
