package org.dwdiary.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real damage done to real diary files, for the tests of what happens at open: a file cut short, bytes
 * overwritten in the middle of a b-tree page, a text file, another program's database, a newer schema.
 * The diary must be closed (its log folded in) before it is damaged.
 */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /** Cuts the file to half its length, as an interrupted copy or sync would leave it. */
    public static void cutInHalf(Path file) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(out.length() / 2);
        }
    }

    /**
     * Overwrites 16 bytes with 0xFF at the start of the middle cell of the middle leaf page of the blocks'
     * table: the cell's size and row id become nonsense, which SQLite's quick check finds (an ordinary read of
     * other pages does not). Returns the page number.
     */
    public static int overwriteMiddleOfABlockPage(Path file) throws IOException, SQLException {
        List<Integer> leaves = new ArrayList<>();
        int pageSize;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT pageno FROM dbstat WHERE name = 'block' AND pagetype = 'leaf' "
                    + "AND ncell > 2 ORDER BY pageno")) {
                while (rows.next()) {
                    leaves.add(rows.getInt(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA page_size")) {
                pageSize = rows.getInt(1);
            }
        }
        if (leaves.isEmpty()) {
            throw new IllegalStateException("the blocks' table of " + file + " has no leaf page with cells to damage");
        }
        int page = leaves.get(leaves.size() / 2);
        long start = (long) (page - 1) * pageSize;
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] bytes = new byte[pageSize];
            out.seek(start);
            out.readFully(bytes);
            ByteBuffer header = ByteBuffer.wrap(bytes);
            int headerBytes = page == 1 ? 100 : 0;
            int cells = Short.toUnsignedInt(header.getShort(headerBytes + 3));
            int pointer = headerBytes + 8 + 2 * (cells / 2);
            int cell = Short.toUnsignedInt(header.getShort(pointer));
            byte[] garbage = new byte[16];
            Arrays.fill(garbage, (byte) 0xFF);
            out.seek(start + cell);
            out.write(garbage);
        }
        return page;
    }

    /** Replaces the file with a few lines of text (say, notes saved under the diary's name). */
    public static void writeText(Path file) throws IOException {
        Files.writeString(file, "Shopping list\nmilk\nbread\n");
    }

    /** Writes another program's SQLite database (a photo catalogue) at {@code file}. */
    public static void writeOtherProgramsDatabase(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT NOT NULL, taken TEXT)");
            statement.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("INSERT INTO photo (path, taken) VALUES ('beach.jpg', '2025-08-01'), ('hills.jpg', '2025-09-12')");
            statement.execute("INSERT INTO album (name) VALUES ('Holidays')");
        }
    }

    /** Records in the diary a migration from the future (schema {@code version}), as a newer app would. */
    public static void markAsSchema(Path file, int version) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) "
                    + "VALUES (" + version + ", '" + version + "', 'from the future', 'SQL', 'V" + version + "__future.sql', 0, 'x', "
                    + "'2030-01-01', 1, 1)");
        }
    }
}
