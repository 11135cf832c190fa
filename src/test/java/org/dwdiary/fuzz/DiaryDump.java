package org.dwdiary.fuzz;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a diary file holds, as text: every row of every table (blocks, history, settings, activities,
 * timer, calendar links…), read through a read-only connection of its own. Two dumps are equal exactly when
 * the diary's content is, so a refused input can be shown to have changed nothing at all.
 */
public final class DiaryDump implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private DiaryDump(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** A reader of the diary file {@code diaryFile} (which must exist), for many dumps. */
    public static DiaryDump open(Path diaryFile) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + diaryFile.toAbsolutePath().toUri().toASCIIString());
        try {
            return new DiaryDump(diaryFile, source.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + diaryFile + ": " + e.getMessage(), e);
        }
    }

    /** One dump of a diary file. */
    public static String of(Path diaryFile) {
        try (DiaryDump dump = open(diaryFile)) {
            return dump.now();
        }
    }

    /** The whole content as it is now (each call a new snapshot). */
    public String now() {
        StringBuilder dump = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet all = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = all.getMetaData();
                    while (all.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            Object value = all.getObject(i);
                            row.append(i == 1 ? "" : " | ").append(value instanceof byte[] bytes
                                    ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                dump.append("== ").append(table).append(" (").append(rows.size()).append(")\n");
                rows.forEach(row -> dump.append(row).append('\n'));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump " + file + ": " + e.getMessage(), e);
        }
        return dump.toString();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
