package org.dwdiary.store;

import org.dwdiary.domain.HistoryEntry;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Starts the history of a diary made before it existed: one "existing" entry for each block, dated when
 * the block was first recorded (and a "delete" entry for a deleted one), and one for each dated setting,
 * chained like every later entry.
 * A Java migration (SHA-256 is not in SQLite), run by Flyway in the same transaction as its record, so it
 * happens once: a history emptied outside the app is never quietly rebuilt.
 */
final class V5__Seed_history extends BaseJavaMigration {
    static final String BEFORE_HISTORY = "before-history";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        HistoryQueries history = new HistoryQueries(connection);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT b.id, b.start_at, b.end_at, b.zone, b.kind, a.name, b.note, b.recorded_at, b.recorded_via, b.deleted_at "
                        + "FROM block b LEFT JOIN activity a ON a.id = b.activity_id ORDER BY b.id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String subject = HistoryEntry.blockSubject(rows.getLong(1));
                String values = HistoryQueries.canonicalBlock(rows.getLong(2), rows.getLong(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7));
                history.append(subject, "existing", Instant.ofEpochSecond(rows.getLong(8)), rows.getString(9), null, values);
                long deletedAt = rows.getLong(10);
                if (!rows.wasNull()) {
                    history.append(subject, "delete", Instant.ofEpochSecond(deletedAt), BEFORE_HISTORY, values, null);
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT key, effective_from, value, recorded_at FROM dated_setting ORDER BY recorded_at, key, effective_from");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                history.append(HistoryEntry.settingSubject(rows.getString(1), java.time.LocalDate.parse(rows.getString(2))),
                        "existing", Instant.ofEpochSecond(rows.getLong(4)), BEFORE_HISTORY, null,
                        HistoryQueries.canonicalSetting(rows.getString(3)));
            }
        }
    }
}
