package org.dwdiary.store;

import org.dwdiary.store.DiaryUnreadableException.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The quick check of the diary file made before it is opened: is it an SQLite database, is it sound
 * ({@code PRAGMA quick_check}), is it a diary, and is it one this version knows. Reads through a read-only
 * connection that honours other connections' locks and log, so the file is never written; SQLite may leave
 * an empty {@code -wal}/{@code -shm} beside a diary, which the next ordinary close removes.
 */
final class DiaryCheck {
    static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    /** The tables every diary has (from the first migration on). */
    static final List<String> DIARY_TABLES = List.of("flyway_schema_history", "block", "activity", "setting");
    /** The most faults quoted from SQLite's check. */
    private static final int FAULTS_QUOTED = 3;

    private DiaryCheck() {
    }

    /**
     * The schema version of the diary in {@code file} (0 for a new, empty or table-less file); refuses a file
     * this version cannot use with the problem named. Other failures (unreadable disk, permissions, a lock
     * held too long) are a plain {@link DiaryStorageException}.
     */
    static int requireReadable(Path file) {
        long size;
        byte[] header;
        try {
            if (!Files.exists(file) || (size = Files.size(file)) == 0) {
                return 0;
            }
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(HEADER_BYTES);
            }
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot read the diary " + file + ": " + e.getMessage(), e);
        }
        byte[] start = Arrays.copyOf(header, Math.min(header.length, SQLITE_HEADER.length));
        if (!Arrays.equals(start, Arrays.copyOf(SQLITE_HEADER, start.length))) {
            throw new DiaryUnreadableException(Problem.NOT_SQLITE, file, "it does not start as a database file does", null);
        }
        if (header.length < HEADER_BYTES) {
            throw new DiaryUnreadableException(Problem.DAMAGED, file, "it is cut short: only " + size + " bytes are left, "
                    + "not even the start of its first page", null);
        }
        try (Connection connection = connectReadOnly(file); Statement statement = connection.createStatement()) {
            List<String> faults = quickCheck(statement);
            if (!faults.isEmpty()) {
                throw new DiaryUnreadableException(Problem.DAMAGED, file, "SQLite's check found "
                        + String.join("; ", faults), null);
            }
            Set<String> tables = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return 0;
            }
            if (!tables.contains("flyway_schema_history")) {
                throw notADiary(file, tables);
            }
            int version;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                version = rows.next() ? rows.getInt(1) : 0;
            } catch (SQLException e) {
                throw notADiary(file, tables);
            }
            if (version > Diary.SCHEMA_VERSION) {
                throw new DiaryUnreadableException(Problem.NEWER, file, "its schema is " + version + "; this version knows up to "
                        + Diary.SCHEMA_VERSION, null);
            }
            boolean onlyHistory = tables.size() == 1;
            if (version == 0 ? !onlyHistory : !tables.containsAll(DIARY_TABLES)) {
                throw notADiary(file, tables);
            }
            return version;
        } catch (SQLException e) {
            throw classified(file, size, e);
        }
    }

    /** SQLite's quick check: empty when sound, else its first faults. */
    private static List<String> quickCheck(Statement statement) throws SQLException {
        List<String> faults = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA quick_check(" + FAULTS_QUOTED + ")")) {
            while (rows.next()) {
                String text = rows.getString(1);
                if ("ok".equals(text)) {
                    return List.of();
                }
                // A row may hold several lines; "*** in database main ***" heads the faults.
                for (String line : String.valueOf(text).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("***") && faults.size() < FAULTS_QUOTED) {
                        faults.add("\"" + line.strip() + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            // SQLite may stop the check part way on a badly damaged file, after the first faults.
            if (faults.isEmpty()) {
                throw e;
            }
        }
        if (faults.isEmpty()) {
            faults.add("a fault it did not describe");
        }
        return faults;
    }

    private static DiaryUnreadableException notADiary(Path file, Set<String> tables) {
        List<String> named = tables.stream().limit(5).toList();
        return new DiaryUnreadableException(Problem.NOT_A_DIARY, file, "its tables are " + String.join(", ", named)
                + (tables.size() > named.size() ? " and " + (tables.size() - named.size()) + " more" : "")
                + "; a diary has " + String.join(", ", DIARY_TABLES.subList(1, DIARY_TABLES.size())), null);
    }

    /** An SQLite failure while checking: damaged, not a database, or (anything else) a plain storage failure. */
    private static DiaryStorageException classified(Path file, long size, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new DiaryUnreadableException(Problem.NOT_SQLITE, file, "SQLite says it is not a database", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            String shortBy = cutShort(file, size);
            return new DiaryUnreadableException(Problem.DAMAGED, file, shortBy != null ? shortBy
                    : "SQLite says \"the database disk image is malformed\"", e);
        }
        return new DiaryStorageException("Cannot open the diary " + file + ": " + e.getMessage(), e);
    }

    /**
     * "it is cut short: …" when the file is shorter than its own header says (a copy or sync that stopped
     * part way) and no log holds the rest; else null.
     */
    static String cutShort(Path file, long size) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                return null;
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(HEADER_BYTES);
            }
            if (header.length < HEADER_BYTES) {
                return null;
            }
            ByteBuffer fields = ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(fields.getShort(16));
            long pageBytes = pageSize == 1 ? 65_536 : pageSize;
            long pages = Integer.toUnsignedLong(fields.getInt(28));
            // The page count is trusted only when the change counter matches "version-valid-for" (SQLite's rule).
            boolean countValid = pages > 0 && fields.getInt(24) == fields.getInt(92);
            long expected = pages * pageBytes;
            if (countValid && expected > size) {
                return String.format(java.util.Locale.UK, "it is cut short: %,d of its %,d bytes are there, the rest is missing",
                        size, expected);
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Connection connectReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(SqliteUrls.of(file)); // a path with ?, # or % opens the right file
        return source.getConnection();
    }
}
