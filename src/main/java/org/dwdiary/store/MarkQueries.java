package org.dwdiary.store;

import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.RecordedVia;

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
import java.util.TreeMap;

/** SQL for day marks (leave, sickness, bank holidays, TOIL taken); every change goes into the history. */
final class MarkQueries {
    private final Connection connection;
    private final HistoryQueries history;

    MarkQueries(Connection connection, HistoryQueries history) {
        this.connection = connection;
        this.history = history;
    }

    List<DayMark> between(LocalDate from, LocalDate to) throws SQLException {
        List<DayMark> marks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT day, kind, half FROM day_mark WHERE day >= ? AND day <= ? ORDER BY day")) {
            statement.setString(1, from.toString());
            statement.setString(2, to.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    marks.add(new DayMark(LocalDate.parse(rows.getString(1)), DayMark.Kind.parse(rows.getString(2)),
                            rows.getInt(3) == 1));
                }
            }
        }
        return marks;
    }

    Optional<DayMark> on(LocalDate day) throws SQLException {
        List<DayMark> found = between(day, day);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Puts the mark on its day (replacing another); false when the same mark was already there. */
    boolean put(DayMark mark, RecordedVia via, Instant now) throws SQLException {
        Optional<DayMark> before = on(mark.day());
        if (before.isPresent() && before.get().equals(mark)) {
            return false;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO day_mark (day, kind, half, recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT (day) DO UPDATE "
                        + "SET kind = excluded.kind, half = excluded.half")) {
            statement.setString(1, mark.day().toString());
            statement.setString(2, mark.kind().code());
            statement.setInt(3, mark.half() ? 1 : 0);
            statement.setLong(4, now.getEpochSecond());
            statement.executeUpdate();
        }
        history.append(HistoryEntry.markSubject(mark.day()), before.isPresent() ? "edit" : "add", now, via.code(),
                before.map(MarkQueries::canonical).orElse(null), canonical(mark));
        return true;
    }

    boolean remove(LocalDate day, RecordedVia via, Instant now) throws SQLException {
        Optional<DayMark> before = on(day);
        if (before.isEmpty()) {
            return false;
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM day_mark WHERE day = ?")) {
            statement.setString(1, day.toString());
            statement.executeUpdate();
        }
        history.append(HistoryEntry.markSubject(day), "delete", now, via.code(), canonical(before.get()), null);
        return true;
    }

    /** Every mark as the history should end: subject → canonical values. */
    Map<String, String> currentStates() throws SQLException {
        Map<String, String> states = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT day, kind, half FROM day_mark");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                states.put(HistoryEntry.markSubject(LocalDate.parse(rows.getString(1))),
                        HistoryQueries.canonicalMark(rows.getString(2), rows.getInt(3) == 1));
            }
        }
        return states;
    }

    static String canonical(DayMark mark) {
        return HistoryQueries.canonicalMark(mark.kind().code(), mark.half());
    }
}
