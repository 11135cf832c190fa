package org.dwdiary.store;

import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.WorkKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** SQL for the one running timer. */
final class TimerQueries {
    private final Connection connection;

    TimerQueries(Connection connection) {
        this.connection = connection;
    }

    Optional<RunningTimer> running() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT t.start_at, t.zone, t.kind, a.name, t.note FROM running_timer t "
                        + "LEFT JOIN activity a ON a.id = t.activity_id WHERE t.id = 1");
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new RunningTimer(Instant.ofEpochSecond(rows.getLong(1)), ZoneId.of(rows.getString(2)),
                    WorkKind.fromCode(rows.getString(3)), rows.getString(4), rows.getString(5)));
        }
    }

    void start(RunningTimer timer, Long activityId, RecordedVia via) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO running_timer (id, start_at, zone, kind, activity_id, note, started_via) "
                        + "VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, timer.start().getEpochSecond());
            statement.setString(2, timer.zone().getId());
            statement.setString(3, timer.kind().code());
            if (activityId == null) {
                statement.setNull(4, Types.INTEGER);
            } else {
                statement.setLong(4, activityId);
            }
            statement.setString(5, timer.note());
            statement.setString(6, via.code());
            statement.executeUpdate();
        }
    }

    void clear() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM running_timer")) {
            statement.executeUpdate();
        }
    }
}
