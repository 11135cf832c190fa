package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.at;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A diary made with version 0.1 (schema V1) must open in every later version with its blocks intact.
 * {@code diaries/v1-diary.db} was written once with the 0.1 command line (zone Europe/London; seven blocks
 * added, #5 deleted, #7 imported from CSV across the October clock change) and is never regenerated:
 * if this test fails, a change has broken existing diaries.
 */
class GoldenDiaryTest {

    @Test
    void diaryMadeWithVersionOneOpensWithAllItsBlocks(@TempDir Path dir) throws IOException {
        Path folder = copyOfGoldenDiary(dir);

        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(LONDON, diary.zone());
            assertEquals(List.of(
                    new Block(1, at("2026-03-02T09:00"), at("2026-03-02T10:30"), LONDON, WorkKind.DIRECT,
                            "Home visit", "Took longer than planned"),
                    new Block(2, at("2026-03-02T10:30"), at("2026-03-02T11:00"), LONDON, WorkKind.TRAVEL,
                            "Drive back", null),
                    new Block(3, at("2026-03-02T22:00"), at("2026-03-03T01:30"), LONDON, WorkKind.RECORDING,
                            "Court statement", null),
                    new Block(4, at("2026-03-03T13:00"), at("2026-03-03T14:00"), LONDON, WorkKind.MEETINGS,
                            "Supervision", null),
                    new Block(6, at("2026-03-04T09:00"), at("2026-03-04T10:00"), LONDON, WorkKind.DIRECT,
                            "Visite à domicile", "Famille ravie 😊, à revoir"),
                    new Block(7, Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"), LONDON,
                            WorkKind.RECORDING, "Case notes", "Clocks went back")),
                    diary.all());
            assertEquals(Optional.of(WorkKind.RECORDING), diary.kindOf("Emails"), "a deleted block's activity is kept");
        }
    }

    @Test
    void diaryMadeWithVersionOneTakesNewBlocks(@TempDir Path dir) throws IOException {
        Path folder = copyOfGoldenDiary(dir);

        try (Diary diary = Diary.open(folder, CLOCK)) {
            Block added = diary.add(block("2026-03-03T15:00", "2026-03-03T16:00", WorkKind.RECORDING, "Emails"),
                    RecordedVia.CLI);
            assertEquals(8, added.id(), "ids of deleted blocks are never reused");
        }
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals(7, diary.count());
        }
    }

    private static Path copyOfGoldenDiary(Path dir) throws IOException {
        Path folder = dir.resolve("diary");
        Files.createDirectories(folder);
        try (InputStream golden = GoldenDiaryTest.class.getResourceAsStream("/diaries/v1-diary.db")) {
            assertNotNull(golden, "the committed v1 diary is missing from the test resources");
            Files.copy(golden, folder.resolve("diary.db"));
        }
        return folder;
    }
}
