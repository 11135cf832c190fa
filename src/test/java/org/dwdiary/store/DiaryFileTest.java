package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The diary file itself: schema, SQLite settings, owner-only permissions, awkward folder names. */
class DiaryFileTest {

    @Test
    void freshDiaryGetsTheSchemaAndRecordsEveryMigration(@TempDir Path dir) throws SQLException {
        Path folder = dir.resolve("diary");
        Diary.open(folder, CLOCK).close();

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("diary.db"));
             Statement sql = raw.createStatement()) {
            List<String> tables = strings(sql, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            assertTrue(tables.containsAll(List.of("activity", "block", "setting", "flyway_schema_history")),
                    "tables: " + tables);
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), strings(sql,
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = 1"));
            assertEquals(1146569777L, number(sql, "PRAGMA application_id"), "'DWD1' marks the file as a diary");
            assertEquals(List.of("wal"), strings(sql, "PRAGMA journal_mode"));
        }
    }

    @Test
    void storeConnectionEnforcesForeignKeys(@TempDir Path dir) throws Exception {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            Connection connection = TestDiaries.connectionOf(diary);
            try (Statement sql = connection.createStatement()) {
                assertEquals(1L, number(sql, "PRAGMA foreign_keys"));
            }
        }
    }

    @Test
    void openingTheDiaryAgainFindsItsBlocksAndMigratesNothingTwice(@TempDir Path dir) throws SQLException {
        Block added;
        try (Diary diary = Diary.open(dir, CLOCK)) {
            added = diary.add(block("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit"),
                    RecordedVia.CLI);
        }
        try (Diary diary = Diary.open(dir, CLOCK)) {
            assertEquals(List.of(added), diary.all());
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("diary.db"));
             Statement sql = raw.createStatement()) {
            assertEquals(1L, number(sql, "SELECT count(*) FROM flyway_schema_history WHERE version = '1'"));
        }
    }

    @Test
    void newFolderAndDiaryFileAreOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(DiaryFolder.isPosix());
        Path folder = dir.resolve("nested").resolve("diary");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.RECORDING, "Case notes"), RecordedVia.GUI);
            assertEquals("rwx------", permissions(folder));
            assertEquals("rw-------", permissions(folder.resolve("diary.db")));
            for (String companion : List.of("diary.db-wal", "diary.db-shm")) {
                Path file = folder.resolve(companion);
                if (Files.exists(file)) {
                    Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
                    assertTrue(granted.stream().allMatch(p -> p.name().startsWith("OWNER")),
                            companion + " is open to others: " + PosixFilePermissions.toString(granted));
                }
            }
        }
    }

    @Test
    void aFolderThatIsNotADiaryFolderKeepsItsPermissionsButTheDiaryIsOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(DiaryFolder.isPosix());
        Path home = dir.resolve("home");
        Files.createDirectory(home);
        Files.writeString(home.resolve("notes.txt"), "the user's own file");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));

        Diary.open(home, CLOCK).close();

        assertEquals("rwxr-xr-x", permissions(home), "--data-dir ~ must not lock down the user's home folder");
        assertEquals("rw-------", permissions(home.resolve("diary.db")));
    }

    @Test
    void folderAndFileOpenToOthersAreTightenedOnOpen(@TempDir Path dir) throws Exception {
        assumeTrue(DiaryFolder.isPosix());
        Path folder = dir.resolve("shared");
        Files.createDirectory(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Diary.open(folder, CLOCK).close();
        Files.setPosixFilePermissions(folder.resolve("diary.db"), PosixFilePermissions.fromString("rw-r--r--"));

        Diary.open(folder, CLOCK).close();

        assertEquals("rwx------", permissions(folder));
        assertEquals("rw-------", permissions(folder.resolve("diary.db")));
    }

    @Test
    void folderWithSpacesAndAccentsHoldsTheDiary(@TempDir Path dir) throws java.io.IOException {
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode("ü"),
                "the platform cannot name files with accents");
        Path folder = dir.resolve("Ma diarie ü");
        Block added;
        try (Diary diary = Diary.open(folder, CLOCK)) {
            added = diary.add(block("2026-03-02T22:00", "2026-03-03T01:30", WorkKind.RECORDING, "Court statement"),
                    RecordedVia.CLI);
        }
        assertTrue(Files.isRegularFile(folder.resolve("diary.db")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(folder), siblings.toList(), "nothing is written beside the chosen folder");
        }
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(List.of(added), diary.all());
        }
    }

    @Test
    void diaryFileIsReportedAtItsFolder(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            assertEquals(dir, diary.folder());
            assertEquals(dir.resolve("diary.db"), diary.file());
            assertTrue(DiaryFolder.hasDiary(dir));
        }
        assertFalse(DiaryFolder.hasDiary(dir.resolve("elsewhere")));
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query);
            return rows.getLong(1);
        }
    }
}
