package org.dwdiary.store;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.WorkKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for activity labels and the kind each one remembers. */
final class ActivityQueries {
    private final Connection connection;

    ActivityQueries(Connection connection) {
        this.connection = connection;
    }

    /** Records a use of the activity with this kind (the kind it remembers from now on); returns its id. */
    long use(String name, WorkKind kind, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO activity (name, kind, last_used_at, use_count) VALUES (?, ?, ?, 1) "
                        + "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                        + "last_used_at = excluded.last_used_at, use_count = use_count + 1")) {
            statement.setString(1, name);
            statement.setString(2, kind.code());
            statement.setLong(3, now.getEpochSecond());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM activity WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Most used first, then most recent: the order suggestions are offered in. */
    List<Activity> all() throws SQLException {
        List<Activity> activities = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, kind FROM activity ORDER BY use_count DESC, last_used_at DESC, name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                activities.add(new Activity(rows.getString(1), WorkKind.fromCode(rows.getString(2))));
            }
        }
        return activities;
    }

    Optional<Activity> find(String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, kind FROM activity WHERE name = ?")) {
            statement.setString(1, name.strip());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Activity(rows.getString(1), WorkKind.fromCode(rows.getString(2))))
                        : Optional.empty();
            }
        }
    }

    Optional<WorkKind> kindOf(String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT kind FROM activity WHERE name = ?")) {
            statement.setString(1, name.strip());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(WorkKind.fromCode(rows.getString(1))) : Optional.empty();
            }
        }
    }
}
