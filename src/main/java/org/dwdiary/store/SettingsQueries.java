package org.dwdiary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.SettingsTimeline;

/** SQL for the diary's settings, kept as text by key. */
final class SettingsQueries {
    static final String ZONE = "zone";
    static final String KIND_KEYWORDS = "kind-keywords";
    static final String THEME = "theme";
    static final String MEMBER_ID = "member-id";

    private final Connection connection;
    private final HistoryQueries history;

    SettingsQueries(Connection connection, HistoryQueries history) {
        this.connection = connection;
        this.history = history;
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

    /** The dated values; a key this version does not know (from a newer one) is left out, not refused. */
    SettingsTimeline timeline() throws SQLException {
        List<SettingsTimeline.Change> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT key, effective_from, value FROM dated_setting ORDER BY effective_from, key");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Optional<FigureSetting> setting = FigureSetting.fromKey(rows.getString(1));
                if (setting.isPresent()) {
                    changes.add(new SettingsTimeline.Change(setting.get(), LocalDate.parse(rows.getString(2)),
                            rows.getString(3)));
                }
            }
        }
        return new SettingsTimeline(changes);
    }

    /** Stores a dated value (replacing one of the same setting and date), kept in the history. */
    void putDated(SettingsTimeline.Change change, Instant now, RecordedVia via) throws SQLException {
        Optional<String> before = dated(change.setting(), change.from());
        if (before.isPresent() && before.get().equals(change.value())) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO dated_setting (key, effective_from, value, recorded_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (key, effective_from) DO UPDATE SET value = excluded.value, recorded_at = excluded.recorded_at")) {
            statement.setString(1, change.setting().key());
            statement.setString(2, change.from().toString());
            statement.setString(3, change.value());
            statement.setLong(4, now.getEpochSecond());
            statement.executeUpdate();
        }
        history.append(HistoryEntry.settingSubject(change.setting().key(), change.from()), before.isPresent() ? "edit" : "add",
                now, via.code(), before.map(HistoryQueries::canonicalSetting).orElse(null),
                HistoryQueries.canonicalSetting(change.value()));
    }

    boolean removeDated(FigureSetting setting, LocalDate from, Instant now, RecordedVia via) throws SQLException {
        Optional<String> before = dated(setting, from);
        if (before.isEmpty()) {
            return false;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM dated_setting WHERE key = ? AND effective_from = ?")) {
            statement.setString(1, setting.key());
            statement.setString(2, from.toString());
            statement.executeUpdate();
        }
        history.append(HistoryEntry.settingSubject(setting.key(), from), "delete", now, via.code(),
                HistoryQueries.canonicalSetting(before.get()), null);
        return true;
    }

    private Optional<String> dated(FigureSetting setting, LocalDate from) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT value FROM dated_setting WHERE key = ? AND effective_from = ?")) {
            statement.setString(1, setting.key());
            statement.setString(2, from.toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every dated value as the history should end: subject → canonical value. */
    Map<String, String> currentDatedStates() throws SQLException {
        Map<String, String> states = new java.util.TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT key, effective_from, value FROM dated_setting");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                states.put(HistoryEntry.settingSubject(rows.getString(1), LocalDate.parse(rows.getString(2))),
                        HistoryQueries.canonicalSetting(rows.getString(3)));
            }
        }
        return states;
    }
}
