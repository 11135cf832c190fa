package org.dwdiary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** SQL for the diary's settings, kept as text by key. */
final class SettingsQueries {
    static final String ZONE = "zone";
    static final String KIND_KEYWORDS = "kind-keywords";

    private final Connection connection;

    SettingsQueries(Connection connection) {
        this.connection = connection;
    }

    Optional<String> get(String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    void put(String key, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            statement.setString(1, key);
            statement.setString(2, value);
            statement.executeUpdate();
        }
    }
}
