package org.dwdiary.store;

import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.CalendarImportPlan.Key;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** SQL for which calendar occurrence became which block. */
final class CalendarQueries {
    private final Connection connection;

    CalendarQueries(Connection connection) {
        this.connection = connection;
    }

    /** What an earlier import made of an occurrence: the block id and the event as it was then. */
    record Imported(long blockId, CalendarEvent event) {
    }

    Optional<Imported> imported(Key key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT block_id, event_start, event_end, event_title FROM calendar_occurrence "
                        + "WHERE uid = ? AND recurrence_at = ?")) {
            statement.setString(1, key.uid());
            statement.setLong(2, key.recurrenceAt());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Instant recurrence = key.recurrenceAt() < 0 ? null : Instant.ofEpochSecond(key.recurrenceAt());
                return Optional.of(new Imported(rows.getLong(1), new CalendarEvent(key.uid(), recurrence, rows.getString(4),
                        Instant.ofEpochSecond(rows.getLong(2)), Instant.ofEpochSecond(rows.getLong(3)))));
            }
        }
    }

    void link(Key key, long blockId, CalendarEvent event) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO calendar_occurrence (uid, recurrence_at, block_id, event_start, event_end, event_title) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid, recurrence_at) DO UPDATE SET "
                        + "block_id = excluded.block_id, event_start = excluded.event_start, "
                        + "event_end = excluded.event_end, event_title = excluded.event_title")) {
            statement.setString(1, key.uid());
            statement.setLong(2, key.recurrenceAt());
            statement.setLong(3, blockId);
            statement.setLong(4, event.start().getEpochSecond());
            statement.setLong(5, event.end().getEpochSecond());
            statement.setString(6, event.title());
            statement.executeUpdate();
        }
    }
}
