package org.dwdiary.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaVersionTest {
    @Test
    void theKnownSchemaVersionIsTheHighestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(Diary.class.getResource("/db/migration").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(file -> name.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0);
        }
        for (var migration : Diary.javaMigrations()) {
            highest = Math.max(highest, Integer.parseInt(migration.getVersion().getVersion()));
        }
        assertEquals(highest, Diary.SCHEMA_VERSION,
                "a new migration must raise Diary.SCHEMA_VERSION, or existing diaries would never be migrated");
    }

    @Test
    void aDiaryFromANewerVersionIsRefusedAndLeftAlone(@TempDir Path folder) throws Exception {
        Diary.open(folder, Clock.systemUTC()).close();
        Path file = DiaryFolder.diaryFile(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', '2030-01-01', 1, 1)");
        }
        byte[] before = Files.readAllBytes(file);

        DiaryStorageException refused = assertThrows(DiaryStorageException.class,
                () -> Diary.open(folder, Clock.systemUTC()));

        assertTrue(refused.getMessage().contains("made by a newer version"), refused.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is untouched");
    }
}
