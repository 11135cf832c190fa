package org.dwdiary.ui;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Backups;
import org.dwdiary.store.DamagedFiles;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The window's automatic copy: days counted in the diary's own zone; never a copy of a diary that cannot be opened. */
class AutomaticBackupTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @TempDir Path temp;

    @Test
    void rotationCountsDaysInTheDiarysZoneNotTheComputers() throws IOException {
        Path folder = temp.resolve("diary");
        Instant evening = Instant.parse("2026-03-03T10:00:00Z"); // 23:00 on Tue 3 Mar in Auckland
        Instant night = Instant.parse("2026-03-03T13:00:00Z");   // 02:00 on Wed 4 Mar in Auckland; both 3 Mar in UTC
        try (Diary diary = Diary.open(folder, Clock.fixed(evening, ZoneOffset.UTC))) {
            diary.setZone(AUCKLAND.getId());
        }
        Backups.Backup first = Backups.of(folder, Clock.fixed(evening, ZoneOffset.UTC)).backUp();
        try (Diary diary = Diary.open(folder, Clock.fixed(night, ZoneOffset.UTC))) {
            diary.add(Block.create(night.minusSeconds(3600), night.minusSeconds(1800), AUCKLAND, WorkKind.RECORDING, "Case notes", null),
                    RecordedVia.GUI);
        }
        Files.setLastModifiedTime(DiaryFolder.diaryFile(folder), FileTime.from(night.minusSeconds(60)));

        DiaryApp.backUpIfDue(folder, Clock.fixed(night, ZoneOffset.UTC)); // the computer on UTC

        List<Path> kept = Backups.of(folder, Clock.systemUTC()).list().stream().map(Backups.Backup::file).toList();
        assertEquals(2, kept.size(), "two days in Auckland, so both copies stay: " + kept);
        assertEquals(first.file(), kept.get(1));
    }

    @Test
    void aDamagedDiaryIsNotCopiedAndNothingIsRotatedAway() throws IOException {
        Path folder = temp.resolve("diary");
        Instant monday = Instant.parse("2026-03-02T10:00:00Z");
        Diary.open(folder, Clock.fixed(monday, ZoneOffset.UTC)).close();
        Backups.Backup good = Backups.of(folder, Clock.fixed(monday, ZoneOffset.UTC)).backUp();
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        byte[] text = Files.readAllBytes(DiaryFolder.diaryFile(folder));

        DiaryApp.backUpIfDue(folder, Clock.fixed(monday.plusSeconds(86_400 * 40), ZoneOffset.UTC));

        assertEquals(List.of(good.file()), Backups.of(folder, Clock.systemUTC()).list().stream().map(Backups.Backup::file).toList());
        assertArrayEquals(text, Files.readAllBytes(DiaryFolder.diaryFile(folder)));
    }

    @Test
    void withNoDiaryYetNothingIsMade() {
        Path folder = temp.resolve("none");
        DiaryApp.backUpIfDue(folder, Clock.systemUTC());
        assertFalse(Files.exists(folder), "the welcome's folder is not created behind the worker's back");
    }
}
