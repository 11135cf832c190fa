package org.dwdiary.store;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Activity labels remember the kind they were logged as and are suggested most used first. */
class ActivityMemoryTest {

    @Test
    void activityRemembersItsKind(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);

            assertEquals(Optional.of(WorkKind.DIRECT), diary.kindOf("Home visit"));
            assertEquals(Optional.of(WorkKind.DIRECT), diary.kindOf("  home VISIT "), "any case, spaces ignored");
            assertEquals(Optional.empty(), diary.kindOf("School visit"));
        }
    }

    @Test
    void latestKindWins(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.MEETINGS, "Court"), RecordedVia.GUI);
            diary.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.RECORDING, "Court"), RecordedVia.GUI);

            assertEquals(Optional.of(WorkKind.RECORDING), diary.kindOf("Court"));
            assertEquals(List.of(new Activity("Court", WorkKind.RECORDING)), diary.activities());
        }
    }

    @Test
    void kindIsRememberedAfterTheDiaryIsReopened(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.TRAVEL, "Drive to court"), RecordedVia.GUI);
        }
        try (Diary diary = Diary.open(dir, CLOCK)) {
            assertEquals(Optional.of(WorkKind.TRAVEL), diary.kindOf("Drive to court"));
        }
    }

    @Test
    void suggestionsComeMostUsedFirst(@TempDir Path dir) {
        try (Diary diary = Diary.open(dir, CLOCK)) {
            diary.add(block("2026-03-02T08:00", "2026-03-02T09:00", WorkKind.MEETINGS, "Panel"), RecordedVia.GUI);
            diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.RECORDING, "Case notes"), RecordedVia.GUI);
            diary.add(block("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.RECORDING, "Emails"), RecordedVia.GUI);
            diary.add(block("2026-03-02T11:00", "2026-03-02T12:00", WorkKind.RECORDING, "Emails"), RecordedVia.GUI);
            diary.add(block("2026-03-02T12:00", "2026-03-02T13:00", WorkKind.RECORDING, "Case notes"), RecordedVia.GUI);
            diary.add(block("2026-03-02T13:00", "2026-03-02T14:00", WorkKind.RECORDING, "Emails"), RecordedVia.GUI);

            assertEquals(List.of("Emails", "Case notes", "Panel"),
                    diary.activities().stream().map(Activity::name).toList());
        }
    }

    @Test
    void equallyUsedActivitiesComeMostRecentFirst(@TempDir Path dir) {
        try (Diary monday = Diary.open(dir, CLOCK)) {
            monday.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "School visit"), RecordedVia.GUI);
        }
        try (Diary tuesday = Diary.open(dir, Clock.offset(CLOCK, Duration.ofDays(1)))) {
            tuesday.add(block("2026-03-03T09:00", "2026-03-03T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);

            assertEquals(List.of("Home visit", "School visit"),
                    tuesday.activities().stream().map(Activity::name).toList());
        }
    }
}
