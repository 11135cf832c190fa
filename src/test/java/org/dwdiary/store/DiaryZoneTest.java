package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zone the diary counts its days and weeks in. */
class DiaryZoneTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void zoneDefaultsToTheClocksZone(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir.resolve("london"), CLOCK)) {
            assertEquals(LONDON, diary.zone());
        }
        try (Diary diary = Diary.open(dir.resolve("tokyo"), CLOCK.withZone(TOKYO))) {
            assertEquals(TOKYO, diary.zone());
        }
    }

    @Test
    void chosenZoneIsKeptAcrossOpens(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            diary.setZone(" America/New_York ");
            assertEquals(ZoneId.of("America/New_York"), diary.zone());
        }
        try (Diary diary = Diary.open(dir, CLOCK)) {
            assertEquals(ZoneId.of("America/New_York"), diary.zone(), "the setting beats the clock's zone");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Londn", "Mars/Olympus", "", "   ", "GMT+99"})
    void unknownZoneIsRefusedAndTheOldOneKept(String zone, @TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            diary.setZone("Europe/Paris");

            InputRefusedException refused = assertThrows(InputRefusedException.class, () -> diary.setZone(zone));

            assertTrue(refused.getMessage().contains("is not a time zone"), refused.getMessage());
            assertEquals(ZoneId.of("Europe/Paris"), diary.zone());
        }
    }

    @Test
    void weekIsCountedInTheDiarysZone(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            // Sunday 1 March 23:30 in London is Monday 2 March 08:30 in Tokyo.
            Block sundayNight = diary.add(block("2026-03-01T23:30", "2026-03-02T00:00", WorkKind.RECORDING, "Emails"),
                    RecordedVia.GUI);
            assertEquals(List.of(), diary.week(new WeekId(2026, 10)));

            diary.setZone("Asia/Tokyo");

            assertEquals(List.of(sundayNight), diary.week(new WeekId(2026, 10)));
        }
    }
}
