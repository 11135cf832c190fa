package org.dwdiary.store;

import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL for the weeks' caseload and reflections. An empty note is stored as no row. */
final class WeekNoteQueries {
    private final Connection connection;

    WeekNoteQueries(Connection connection) {
        this.connection = connection;
    }

    /** The notes of the weeks {@code from}..{@code to} that have one, in week order. */
    List<WeekNote> between(WeekId from, WeekId to) throws SQLException {
        List<WeekNote> notes = new ArrayList<>();
        // "2026-W09" < "2026-W10" as text: the ISO form sorts like the weeks.
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT week, caseload, went_well, got_in_the_way FROM week_note WHERE week >= ? AND week <= ? ORDER BY week")) {
            statement.setString(1, from.toString());
            statement.setString(2, to.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // wasNull speaks of the last column read, so it is asked straight after the caseload.
                    int number = rows.getInt(2);
                    Integer caseload = rows.wasNull() ? null : number;
                    notes.add(new WeekNote(WeekId.parse(rows.getString(1)), caseload, rows.getString(3), rows.getString(4)));
                }
            }
        }
        return notes;
    }

    void put(WeekNote note, Instant now) throws SQLException {
        if (note.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM week_note WHERE week = ?")) {
                statement.setString(1, note.week().toString());
                statement.executeUpdate();
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO week_note (week, caseload, went_well, got_in_the_way, updated_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (week) DO UPDATE SET caseload = excluded.caseload, went_well = excluded.went_well, "
                        + "got_in_the_way = excluded.got_in_the_way, updated_at = excluded.updated_at")) {
            statement.setString(1, note.week().toString());
            if (note.caseload() == null) {
                statement.setNull(2, Types.INTEGER);
            } else {
                statement.setInt(2, note.caseload());
            }
            statement.setString(3, note.wentWell());
            statement.setString(4, note.gotInTheWay());
            statement.setLong(5, now.getEpochSecond());
            statement.executeUpdate();
        }
    }
}
