package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    @TempDir Path dir;

    private Path diaryWithOneBlock() {
        Path folder = dir.resolve("diary");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
        }
        return folder;
    }

    private static List<Block> blocksIn(Path folder) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            return diary.all();
        }
    }

    @Test
    void backupIsANamedOwnerOnlyCopyListedNewestFirst() throws IOException {
        Path folder = diaryWithOneBlock();
        Backups backups = Backups.of(folder, CLOCK);
        Backups.Backup first = backups.backUp();
        Backups.Backup second = backups.backUp();
        assertEquals(folder.resolve("backups/diary-2026-03-04T120000Z.db"), first.file());
        assertEquals(folder.resolve("backups/diary-2026-03-04T120001Z.db"), second.file(), "a second copy in the same second waits for a free name");
        assertEquals(List.of(second.file(), first.file()), backups.list().stream().map(Backups.Backup::file).toList());
        assertEquals(Files.size(first.file()), backups.list().get(1).bytes());
        assertEquals(Instant.parse("2026-03-04T12:00:00Z"), backups.list().get(1).made());
        if (DiaryFolder.isPosix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder())));
        }
        try (var left = Files.list(backups.folder())) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
        assertEquals(blocksIn(folder), blocksIn(copyAsDiary(first.file())));
    }

    private Path copyAsDiary(Path backup) throws IOException {
        Path folder = Files.createTempDirectory(dir, "opened");
        Files.copy(backup, folder.resolve(DiaryFolder.DIARY_FILE));
        return folder;
    }

    @Test
    void backupWhileAnotherConnectionIsWritingHoldsOnlyCommittedWork() throws Exception {
        Path folder = diaryWithOneBlock();
        Path file = DiaryFolder.diaryFile(folder);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("DELETE FROM block");
            Backups.Backup copy = Backups.of(folder, CLOCK).backUp();
            statement.execute("COMMIT");
            assertEquals(1, blocksIn(copyAsDiary(copy.file())).size(), "the copy is the diary before the open transaction");
            assertEquals(1, Backups.check(copy.file()).blocks());
        }
        assertEquals(0, blocksIn(folder).size());
    }

    @Test
    void rotationOverAYearOfDailyBackupsKeepsSevenDaysFourWeeksAndTwelveMonths() throws IOException {
        Path folder = dir.resolve("diary");
        Path backupsFolder = Files.createDirectories(folder.resolve(Backups.FOLDER));
        Instant start = Instant.parse("2025-03-01T09:00:00Z");
        Instant last = null;
        for (int day = 0; day < 366; day++) {
            for (int hour : new int[] {0, 4}) {
                last = start.plus(day, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
                Files.writeString(backupsFolder.resolve(Backups.name(last, false)), "copy");
                Backups.of(folder, Clock.fixed(last, LONDON)).rotate(LONDON);
            }
        }
        Files.writeString(backupsFolder.resolve(Backups.name(start, true)), "kept apart");
        Backups backups = Backups.of(folder, Clock.fixed(last, LONDON));
        backups.rotate(LONDON);
        List<Backups.Backup> left = backups.list();
        Set<LocalDate> days = left.stream().filter(b -> !b.beforeRestore())
                .map(b -> b.made().atZone(LONDON).toLocalDate()).collect(Collectors.toSet());
        LocalDate lastDay = last.atZone(LONDON).toLocalDate(); // Sunday 1 March 2026
        assertEquals(last, left.get(0).made(), "the newest is kept");
        for (int back = 0; back < 7; back++) {
            assertTrue(days.contains(lastDay.minusDays(back)), "daily copy of " + lastDay.minusDays(back));
        }
        // the newest of each of the last 4 ISO weeks (Sundays) and of each of the last 12 months (their last days)
        for (int back = 1; back < 4; back++) {
            assertTrue(days.contains(lastDay.minusWeeks(back)), "weekly copy of " + lastDay.minusWeeks(back));
        }
        for (int back = 1; back < 12; back++) {
            LocalDate monthEnd = lastDay.withDayOfMonth(1).minusMonths(back - 1).minusDays(1);
            assertTrue(days.contains(monthEnd), "monthly copy of " + monthEnd);
        }
        assertTrue(left.stream().allMatch(b -> b.beforeRestore() || b.made().atZone(LONDON).getHour() == 13
                || b.made().atZone(LONDON).getHour() == 14), "only the later copy of a day is kept");
        assertEquals(7 + 3 + 10, days.size(), "nothing else is kept: " + days);
        assertEquals(1, left.stream().filter(Backups.Backup::beforeRestore).count(), "a copy made before a restore stays");
    }

    @Test
    void checkRefusesATextFile() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some words");
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> Backups.check(text));
        assertTrue(refused.getMessage().contains(text.toString()) && refused.getMessage().contains("not an SQLite database"),
                refused.getMessage());
    }

    @Test
    void checkRefusesATruncatedDiary() throws IOException {
        Path folder = diaryWithOneBlock();
        Path backup = Backups.of(folder, CLOCK).backUp().file();
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(dir.resolve("truncated.db"), java.util.Arrays.copyOf(whole, whole.length / 2));
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> Backups.check(truncated));
        assertTrue(refused.getMessage().contains(truncated.toString()) && refused.getMessage().contains("damaged"),
                refused.getMessage());
    }

    @Test
    void checkRefusesAnotherProgramsDatabase() throws Exception {
        Path foreign = dir.resolve("music.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE track (title TEXT)");
        }
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> Backups.check(foreign));
        assertTrue(refused.getMessage().contains("no diary tables"), refused.getMessage());
    }

    @Test
    void checkRefusesADiaryFromANewerVersion() throws Exception {
        Path newer = Backups.of(diaryWithOneBlock(), CLOCK).backUp().file();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET version = '" + (Diary.SCHEMA_VERSION + 1)
                    + "' WHERE CAST(version AS INTEGER) = " + Diary.SCHEMA_VERSION);
        }
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> Backups.check(newer));
        assertTrue(refused.getMessage().contains("newer version") && refused.getMessage().contains(newer.toString()),
                refused.getMessage());
    }

    @Test
    void restoreKeepsTheDiaryAsItWasAndPutsBackExactlyTheBackup() throws IOException {
        Path folder = diaryWithOneBlock();
        Backups backups = Backups.of(folder, CLOCK);
        Backups.Backup oneBlock = backups.backUp();
        List<Block> backedUp = blocksIn(folder);
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL, "Drive"), RecordedVia.GUI);
        }
        List<Block> twoBlocks = blocksIn(folder);

        Backups.Backup before = backups.restore(oneBlock.file()).before().orElseThrow();

        assertTrue(before.beforeRestore() && before.file().getFileName().toString().endsWith("-before-restore.db"));
        assertEquals(twoBlocks, blocksIn(copyAsDiary(before.file())));
        assertEquals(backedUp, blocksIn(folder));
        assertTrue(backups.list().contains(before));
        if (DiaryFolder.isPosix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(DiaryFolder.diaryFile(folder))));
        }
    }

    @Test
    void refusedRestoreChangesNothing() throws IOException {
        Path folder = diaryWithOneBlock();
        byte[] diaryBefore = Files.readAllBytes(DiaryFolder.diaryFile(folder));
        Path text = Files.writeString(dir.resolve("notes.db"), "words");
        Backups backups = Backups.of(folder, CLOCK);
        assertThrows(InputRefusedException.class, () -> backups.restore(text));
        assertArrayEquals(diaryBefore, Files.readAllBytes(DiaryFolder.diaryFile(folder)));
        assertTrue(backups.list().isEmpty(), "no copy was made for a refused restore");
    }

    @Test
    void restoreIsRefusedWhileTheDiaryIsOpen() throws IOException {
        Path folder = diaryWithOneBlock();
        Backups backups = Backups.of(folder, CLOCK);
        Path copy = backups.backUp().file();
        try (Diary open = Diary.open(folder, CLOCK)) {
            open.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.TRAVEL, "Drive"), RecordedVia.GUI);
            InputRefusedException refused = assertThrows(InputRefusedException.class, () -> backups.restore(copy));
            assertTrue(refused.getMessage().contains("open in another"), refused.getMessage());
            assertEquals(2, open.all().size());
        }
    }

    @Test
    void automaticBackupIsSkippedWhenTheNewestIsRecentAndTheDiaryUnchanged() throws IOException {
        Path folder = diaryWithOneBlock();
        Instant now = Instant.parse("2026-03-04T10:00:00Z");
        Files.setLastModifiedTime(DiaryFolder.diaryFile(folder), java.nio.file.attribute.FileTime.from(now.minusSeconds(60)));
        Backups backups = Backups.of(folder, Clock.fixed(now, LONDON));
        assertTrue(backups.backUpIfDue(LONDON).isPresent(), "the first is always made");
        Backups later = Backups.of(folder, Clock.fixed(now.plusSeconds(600), LONDON));
        assertTrue(later.backUpIfDue(LONDON).isEmpty(), "ten minutes on, nothing changed");
        Backups muchLater = Backups.of(folder, Clock.fixed(now.plus(2, ChronoUnit.HOURS), LONDON));
        assertTrue(muchLater.backUpIfDue(LONDON).isPresent(), "an hour or more on, a new copy is made");
        assertEquals(List.of(now.plus(2, ChronoUnit.HOURS)), backups.list().stream().map(Backups.Backup::made).toList(),
                "rotation keeps the newest of the day");
        assertTrue(Backups.of(dir.resolve("none"), CLOCK).backUpIfDue(LONDON).isEmpty(), "no diary, no copy");
    }
}
