package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.DiaryUnreadableException.Problem;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.List;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At open, a diary file this version cannot use — cut short, a damaged page, a text file, another program's
 * database, a newer schema — is refused with the problem named in plain words and left byte for byte as it
 * was; the newest good backup goes back in its place while the bad file is kept aside, never deleted.
 */
class UnreadableDiaryTest {
    /** Two years of ten blocks a working day (about 5,000 blocks): enough pages for damage in the middle of one. */
    private static final int WEEKS = 104;

    @TempDir static Path shared;
    private static Path bigDiary;
    private static int bigBlocks;

    @TempDir Path dir;

    @BeforeAll
    static void writeABigDiary() {
        Path folder = shared.resolve("big");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            bigBlocks = SampleDiaryWriter.write(diary, WEEKS, 10, 2026, CLOCK);
        }
        bigDiary = DiaryFolder.diaryFile(folder);
    }

    /** A copy of the big diary in a folder of its own. */
    private Path copyOfBigDiary() throws IOException {
        Path folder = dir.resolve("diary");
        Files.createDirectories(folder);
        Files.copy(bigDiary, DiaryFolder.diaryFile(folder));
        return folder;
    }

    private static DiaryUnreadableException refusedAtOpen(Path folder, Problem expected) throws IOException {
        Path file = DiaryFolder.diaryFile(folder);
        byte[] before = Files.readAllBytes(file);
        DiaryUnreadableException refused = assertThrows(DiaryUnreadableException.class, () -> Diary.open(folder, CLOCK));
        assertEquals(expected, refused.problem(), refused.getMessage());
        assertEquals(file, refused.file());
        assertTrue(refused.getMessage().startsWith("Your diary file " + file + " "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith(" Nothing has been changed or deleted."), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is byte for byte as it was");
        // Asked again (the user tries once more): the same answer, still nothing changed.
        assertEquals(expected, assertThrows(DiaryUnreadableException.class, () -> Diary.open(folder, CLOCK)).problem());
        assertArrayEquals(before, Files.readAllBytes(file));
        return refused;
    }

    @Test
    void aDiaryCutShortIsDamagedAndSaysHowShort() throws IOException {
        Path folder = copyOfBigDiary();
        long whole = Files.size(DiaryFolder.diaryFile(folder));
        DamagedFiles.cutInHalf(DiaryFolder.diaryFile(folder));

        DiaryUnreadableException refused = refusedAtOpen(folder, Problem.DAMAGED);

        assertTrue(refused.getMessage().contains(String.format(java.util.Locale.UK, "is damaged: it is cut short: %,d of its %,d "
                + "bytes are there, the rest is missing.", whole / 2, whole)), refused.getMessage());
        assertEquals("Your diary file is damaged", refused.heading());
    }

    @Test
    void bytesOverwrittenInTheMiddleOfAPageAreFoundByTheQuickCheck() throws Exception {
        Path folder = copyOfBigDiary();
        int page = DamagedFiles.overwriteMiddleOfABlockPage(DiaryFolder.diaryFile(folder));

        DiaryUnreadableException refused = refusedAtOpen(folder, Problem.DAMAGED);

        assertTrue(refused.getMessage().contains("is damaged: SQLite's check found \""), refused.getMessage());
        assertTrue(refused.getMessage().contains(" page " + page + " cell "), "SQLite names the damaged page: " + refused.getMessage());
    }

    @Test
    void aTextFileNamedDiaryDbIsNotADiary() throws IOException {
        Path folder = dir.resolve("diary");
        Files.createDirectories(folder);
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));

        DiaryUnreadableException refused = refusedAtOpen(folder, Problem.NOT_SQLITE);

        assertTrue(refused.getMessage().contains("is not a diary: it is not a database at all"), refused.getMessage());
        assertEquals("The file in your diary's place is not a diary", refused.heading());
    }

    @Test
    void anotherProgramsDatabaseIsNotADiaryAndGetsNoDiaryTables() throws Exception {
        Path folder = dir.resolve("diary");
        Files.createDirectories(folder);
        DamagedFiles.writeOtherProgramsDatabase(DiaryFolder.diaryFile(folder));

        DiaryUnreadableException refused = refusedAtOpen(folder, Problem.NOT_A_DIARY);

        assertTrue(refused.getMessage().contains("is not a diary: it is another program's database (its tables are album, photo; "
                + "a diary has block, activity, setting)."), refused.getMessage());
    }

    @Test
    void aDiaryWithSchema99IsFromANewerVersion() throws Exception {
        Path folder = dir.resolve("diary");
        Diary.open(folder, CLOCK).close();
        DamagedFiles.markAsSchema(DiaryFolder.diaryFile(folder), 99);

        DiaryUnreadableException refused = refusedAtOpen(folder, Problem.NEWER);

        assertTrue(refused.getMessage().contains("was made by a newer version of Direct Work Diary (its schema is 99; this version "
                + "knows up to " + Diary.SCHEMA_VERSION + "). Open it with that version"), refused.getMessage());
    }

    @Test
    void anEmptyFileAndATablelessDatabaseAreStillNewDiaries() throws Exception {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Files.createFile(DiaryFolder.diaryFile(empty));
        Path tableless = dir.resolve("tableless");
        Files.createDirectories(tableless);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + DiaryFolder.diaryFile(tableless));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE scratch (x)");
            statement.execute("DROP TABLE scratch");
        }
        for (Path folder : List.of(empty, tableless)) {
            try (Diary diary = Diary.open(folder, CLOCK)) {
                diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
                assertEquals(1, diary.count(), folder.toString());
            }
        }
    }

    @Test
    void theNewestGoodBackupGoesBackSkippingADamagedNewerOneAndTheDamagedDiaryIsKept() throws Exception {
        Path folder = copyOfBigDiary();
        Clock monday = Clock.fixed(Instant.parse("2026-03-02T18:00:00Z"), LONDON);
        Clock tuesday = Clock.fixed(Instant.parse("2026-03-03T18:00:00Z"), LONDON);
        Backups.Backup good = Backups.of(folder, monday).backUp();
        try (Diary diary = Diary.open(folder, tuesday)) {
            diary.add(block("2026-03-15T03:00", "2026-03-15T03:30", WorkKind.DIRECT, "Night visit"), RecordedVia.GUI);
        }
        Backups.Backup newer = Backups.of(folder, tuesday).backUp();
        DamagedFiles.overwriteMiddleOfABlockPage(newer.file());
        byte[] newerBytes = Files.readAllBytes(newer.file());
        DamagedFiles.overwriteMiddleOfABlockPage(DiaryFolder.diaryFile(folder));
        byte[] damaged = Files.readAllBytes(DiaryFolder.diaryFile(folder));
        Backups backups = Backups.of(folder, CLOCK);

        Backups.GoodBackup found = backups.newestGood();
        assertEquals(good.file(), found.backup().orElseThrow().file());
        assertEquals(bigBlocks, found.diary().orElseThrow().blocks());
        assertEquals(1, found.skipped().size());
        assertEquals(newer.file(), found.skipped().get(0).backup().file());
        assertTrue(found.skipped().get(0).reason().startsWith("it is damaged (SQLite's integrity check says: "),
                found.skipped().get(0).reason());

        Backups.Restored restored = backups.restore(good.file());

        Path kept = folder.resolve("diary.db.damaged-2026-03-04T120000Z");
        assertEquals(List.of(kept), restored.setAside());
        assertEquals(kept, restored.setAsideDiary().orElseThrow());
        assertTrue(restored.before().isEmpty(), "a damaged diary cannot be copied: it is set aside instead");
        assertArrayEquals(damaged, Files.readAllBytes(kept), "the damaged diary is kept byte for byte");
        assertArrayEquals(newerBytes, Files.readAllBytes(newer.file()), "the damaged backup is left alone");
        assertEquals(bigBlocks, restored.diary().blocks());
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(bigBlocks, diary.count());
            assertTrue(diary.all().stream().map(Block::label).noneMatch("Night visit"::equals));
        }
        if (DiaryFolder.isPosix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(DiaryFolder.diaryFile(folder))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        }
    }

    @Test
    void theDamagedDiarysLogIsKeptBesideItUnderTheSameNewName() throws Exception {
        Path folder = dir.resolve("diary");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
        }
        Backups.Backup good = Backups.of(folder, CLOCK).backUp();
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        byte[] log = "a log that belongs to the bad file".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(folder.resolve("diary.db-wal"), log);

        Backups.Restored restored = Backups.of(folder, CLOCK).restore(good.file());

        assertEquals(List.of(folder.resolve("diary.db.not-a-diary-2026-03-04T120000Z"),
                folder.resolve("diary.db.not-a-diary-2026-03-04T120000Z-wal")), restored.setAside());
        assertArrayEquals(log, Files.readAllBytes(folder.resolve("diary.db.not-a-diary-2026-03-04T120000Z-wal")));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(1, diary.count(), "the restored diary is not mixed with the old log");
        }
    }

    @Test
    void aDiaryFromANewerVersionIsSetAsideAsNewer() throws Exception {
        Path folder = dir.resolve("diary");
        Diary.open(folder, CLOCK).close();
        Backups.Backup good = Backups.of(folder, CLOCK).backUp();
        DamagedFiles.markAsSchema(DiaryFolder.diaryFile(folder), 99);

        Backups.Restored restored = Backups.of(folder, CLOCK).restore(good.file());

        assertEquals(folder.resolve("diary.db.newer-2026-03-04T120000Z"), restored.setAsideDiary().orElseThrow());
        Diary.open(folder, CLOCK).close();
    }

    @Test
    void settingAsideForANewEmptyDiaryKeepsTheFileAndRefusesASoundDiary() throws Exception {
        Path folder = copyOfBigDiary();
        DamagedFiles.cutInHalf(DiaryFolder.diaryFile(folder));
        byte[] damaged = Files.readAllBytes(DiaryFolder.diaryFile(folder));
        Backups backups = Backups.of(folder, CLOCK);
        assertEquals(Problem.DAMAGED, backups.problem().orElseThrow().problem());

        List<Path> moved = backups.setAside();

        assertEquals(List.of(folder.resolve("diary.db.damaged-2026-03-04T120000Z")), moved);
        assertArrayEquals(damaged, Files.readAllBytes(moved.get(0)));
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(0, diary.count(), "a new, empty diary");
        }
        assertTrue(backups.problem().isEmpty());
        InputRefusedException refused = assertThrows(InputRefusedException.class, backups::setAside);
        assertTrue(refused.getMessage().contains("can be opened, so it was not set aside"), refused.getMessage());

        // A second bad file in the same second gets the next free name: nothing is ever replaced.
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        assertEquals(List.of(folder.resolve("diary.db.not-a-diary-2026-03-04T120000Z")), backups.setAside());
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        assertEquals(List.of(folder.resolve("diary.db.not-a-diary-2026-03-04T120001Z")), backups.setAside());
        assertArrayEquals(damaged, Files.readAllBytes(moved.get(0)));
    }

    @Test
    void aDamagedDiaryIsNeverBackedUpSoItCannotPushOutTheGoodCopies() throws IOException {
        Path folder = copyOfBigDiary();
        Backups backups = Backups.of(folder, CLOCK);
        Backups.Backup good = backups.backUp();
        DamagedFiles.cutInHalf(DiaryFolder.diaryFile(folder));
        Backups later = Backups.of(folder, Clock.fixed(CLOCK.instant().plusSeconds(7200), LONDON));

        assertEquals(Problem.DAMAGED, assertThrows(DiaryUnreadableException.class, later::backUp).problem());
        assertEquals(Problem.DAMAGED, assertThrows(DiaryUnreadableException.class, () -> later.backUpIfDue(LONDON)).problem());
        assertEquals(Problem.DAMAGED, assertThrows(DiaryUnreadableException.class,
                () -> Backups.copy(DiaryFolder.diaryFile(folder), dir.resolve("elsewhere.db"))).problem());

        assertEquals(List.of(good.file()), backups.list().stream().map(Backups.Backup::file).toList());
        assertFalse(Files.exists(dir.resolve("elsewhere.db")));
    }

    @Test
    void openingTightensTheBackupsFolderAndItsCopies() throws IOException {
        if (!DiaryFolder.isPosix()) {
            return;
        }
        Path folder = dir.resolve("diary");
        Diary.open(folder, CLOCK).close();
        Backups.Backup copy = Backups.of(folder, CLOCK).backUp();
        Path backupsFolder = folder.resolve(Backups.FOLDER);
        Path notOurs = Files.writeString(backupsFolder.resolve("readme.txt"), "mine");
        Files.setPosixFilePermissions(backupsFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(copy.file(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(notOurs, PosixFilePermissions.fromString("rw-r--r--"));

        Diary.open(folder, CLOCK).close();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backupsFolder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.file())));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(notOurs)),
                "a file the app did not make keeps its permissions");
    }

    @Test
    void deletingAllDataTakesTheSetAsideFilesTooEvenBesideADamagedDiary() throws Exception {
        Path folder = copyOfBigDiary();
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        Backups.of(folder, CLOCK).setAside();
        Files.copy(bigDiary, DiaryFolder.diaryFile(folder));
        DamagedFiles.cutInHalf(DiaryFolder.diaryFile(folder));
        long asideBytes = Files.size(folder.resolve("diary.db.not-a-diary-2026-03-04T120000Z"));

        DataDeletion.AllData found = DataDeletion.survey(folder);
        assertEquals(1, found.setAside());
        assertEquals(asideBytes, found.setAsideBytes());
        assertEquals(List.of(), found.kept(), "the set-aside file is the worker's data, not someone else's");

        DataDeletion.AllData deleted = DataDeletion.deleteAll(folder);

        assertTrue(deleted.folderRemoved(), "the damaged diary and the set-aside file are gone, and so the folder");
    }
}
