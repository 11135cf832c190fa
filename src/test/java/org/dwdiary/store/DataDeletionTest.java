package org.dwdiary.store;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDeletionTest {
    @TempDir Path dir;

    /** A diary with a block, two backups, a half-made copy and the sample diary, as the app leaves them. */
    private Path folderAsTheAppLeavesIt() throws IOException {
        Path folder = dir.resolve("diary");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
        }
        Backups backups = Backups.of(folder, CLOCK);
        backups.backUp();
        backups.backUp();
        Files.writeString(backups.folder().resolve(".diary-2026-03-04T120002Z.db.part"), "half a copy");
        Diary.open(DiaryFolder.demoFolder(folder), CLOCK).close();
        return folder;
    }

    @Test
    void deletesTheDiaryItsBackupsAndTheSampleThenTheEmptyFolder() throws IOException {
        Path folder = folderAsTheAppLeavesIt();
        DataDeletion.AllData surveyed = DataDeletion.survey(folder);
        assertEquals(2, surveyed.backups());
        assertTrue(surveyed.diary() && surveyed.sample() && surveyed.diaryBytes() > 0 && surveyed.sampleBytes() > 0);

        DataDeletion.AllData deleted = DataDeletion.deleteAll(folder);

        assertFalse(Files.exists(folder), "the emptied folder goes too");
        assertTrue(deleted.folderRemoved());
        assertEquals(2, deleted.backups());
        assertEquals(surveyed.totalBytes(), deleted.totalBytes());
        assertEquals(List.of(), deleted.kept());
    }

    @Test
    void aFileTheAppDidNotMakeStaysAndIsNamed() throws IOException {
        Path folder = folderAsTheAppLeavesIt();
        Path mine = Files.writeString(folder.resolve("my notes.txt"), "mine");
        Path mineInBackups = Files.writeString(folder.resolve("backups/keep-me.db"), "mine too");

        DataDeletion.AllData deleted = DataDeletion.deleteAll(folder);

        assertEquals(List.of(mineInBackups, mine).stream().sorted().toList(), deleted.kept().stream().sorted().toList());
        assertTrue(Files.exists(mine) && Files.exists(mineInBackups));
        assertFalse(deleted.folderRemoved());
        assertFalse(Files.exists(DiaryFolder.diaryFile(folder)));
        assertFalse(Files.exists(DiaryFolder.demoFolder(folder)));
        assertEquals(List.of(mineInBackups), Files.list(folder.resolve("backups")).toList());
    }

    @Test
    void refusedWhileTheDiaryIsOpenAndNothingIsDeleted() throws IOException {
        Path folder = folderAsTheAppLeavesIt();
        List<Path> before;
        try (var files = Files.walk(folder)) {
            before = files.filter(file -> !file.getFileName().toString().endsWith("-shm")).sorted().toList();
        }
        try (Diary open = Diary.open(folder, CLOCK)) {
            open.count();
            InputRefusedException refused = assertThrows(InputRefusedException.class, () -> DataDeletion.deleteAll(folder));
            assertTrue(refused.getMessage().contains(folder.toString()) && refused.getMessage().contains("Nothing was deleted"),
                    refused.getMessage());
            for (Path file : before) {
                assertTrue(Files.exists(file), file + " is still there");
            }
        }
    }

    @Test
    void refusedWhileTheSampleIsOpen() throws IOException {
        Path folder = folderAsTheAppLeavesIt();
        try (Diary sample = Diary.open(DiaryFolder.demoFolder(folder), CLOCK)) {
            sample.count();
            assertThrows(InputRefusedException.class, () -> DataDeletion.deleteAll(folder));
            assertTrue(DiaryFolder.hasDiary(folder));
        }
    }

    @Test
    void aFolderWithoutADiaryIsRefusedAsNothingToDelete() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("not-a-diary"));
        Path file = Files.writeString(folder.resolve("letter.txt"), "mine");
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> DataDeletion.deleteAll(folder));
        assertTrue(refused.getMessage().contains(folder.toString()) && refused.getMessage().contains("nothing to delete"),
                refused.getMessage());
        assertTrue(Files.exists(file));
    }
}
