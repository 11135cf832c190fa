package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.Integrity;
import org.dwdiary.domain.RecordKeeping;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.at;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contemporaneous record: every change kept, chained by hashes, and anything changed outside the app found. */
class HistoryTest {
    @TempDir Path folder;

    private static void sql(Path folder, String... statements) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + DiaryFolder.diaryFile(folder));
             Statement statement = raw.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Adds two blocks, edits the first, deletes the second and undoes the deletion. */
    private static void aFewChanges(Diary diary) {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
        Block notes = diary.add(block("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.RECORDING, "Case notes"), RecordedVia.CLI);
        Block longer = new Block(visit.id(), visit.start(), at("2026-03-02T09:45"), LONDON, WorkKind.DIRECT, "Home visit", null);
        diary.apply(DiaryChange.edit(visit, longer), RecordedVia.GUI);
        DiaryChange deleted = diary.apply(DiaryChange.delete(notes), RecordedVia.GUI);
        diary.apply(deleted.inverse(), RecordedVia.GUI);
    }

    @Test
    void everyChangeIsKeptWithItsValuesBeforeAndAfterWhenAndHow() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            aFewChanges(diary);
            List<HistoryEntry> entries = diary.history(null);
            assertEquals(List.of("block 1 add gui", "block 2 add cli", "block 1 edit gui", "block 2 delete gui", "block 2 restore gui"),
                    entries.stream().map(e -> e.subject() + " " + e.action() + " " + e.via()).toList());
            HistoryEntry edit = entries.get(2);
            assertEquals("2026-03-02T10:00:00Z", Diary.values(edit.oldValue()).get("end"));
            assertEquals("2026-03-02T09:45:00Z", Diary.values(edit.newValue()).get("end"));
            assertEquals(CLOCK.instant().getEpochSecond(), edit.at().getEpochSecond());
            assertNull(entries.get(3).newValue());
            assertEquals(entries.get(2).hash(), entries.get(3).prevHash());
            assertEquals(HistoryEntry.GENESIS, entries.get(0).prevHash());
            assertEquals(2, diary.history("block 2").size() - 1, "block 2: added, then deleted and restored");

            Integrity integrity = diary.verify();
            assertTrue(integrity.intact(), integrity::describe);
            assertEquals(5, integrity.entries());
            assertEquals(entries.get(4).hash(), integrity.finalHash());
        }
    }

    @Test
    void aBlockChangedWithPlainJdbcOutsideTheAppIsFoundAndNamed() throws SQLException {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            aFewChanges(diary);
        }
        sql(folder, "UPDATE block SET end_at = end_at + 3600 WHERE id = 2");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            Integrity integrity = diary.verify();
            assertFalse(integrity.intact());
            assertEquals("block 2 does not match its last history entry: it was changed outside the app", integrity.problem());
        }
    }

    @Test
    void aBlockAddedOutsideTheAppIsFound() throws SQLException {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            aFewChanges(diary);
        }
        sql(folder, "INSERT INTO block (start_at, end_at, zone, kind, recorded_at, recorded_via) "
                + "VALUES (1772500000, 1772503600, 'Europe/London', 'direct', 1772503600, 'gui')");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals("block 3 is not in the history: it was added outside the app", diary.verify().problem());
        }
    }

    @Test
    void theHistoryCannotBeChangedThroughSqlAndAChangeWithTheGuardsRemovedBreaksTheChain() throws SQLException {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            aFewChanges(diary);
        }
        SQLException refused = assertThrows(SQLException.class, () -> sql(folder, "DELETE FROM history WHERE seq = 2"));
        assertTrue(refused.getMessage().contains("the history is append-only"), refused.getMessage());

        // Someone who drops the guards and rewrites entry 3 to hide the edit:
        sql(folder, "DROP TRIGGER history_is_append_only_update",
                "UPDATE history SET new_value = old_value WHERE seq = 3",
                "UPDATE block SET end_at = end_at + 900 WHERE id = 1");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals("history entry #3 (block 1) does not match its hash: it was changed outside the app",
                    diary.verify().problem());
        }
    }

    @Test
    void aRemovedEntryIsFound() throws SQLException {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            aFewChanges(diary);
        }
        sql(folder, "DROP TRIGGER history_is_append_only_delete", "DELETE FROM history WHERE seq = 4");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals("history entry #4 is missing (the next one is #5): the history was changed outside the app",
                    diary.verify().problem());
        }
    }

    @Test
    void dayMarksAreInTheHistoryToo() throws SQLException {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertTrue(diary.mark(new DayMark(monday, DayMark.Kind.LEAVE, false), RecordedVia.CLI));
            assertFalse(diary.mark(new DayMark(monday, DayMark.Kind.LEAVE, false), RecordedVia.CLI), "the same mark again changes nothing");
            assertTrue(diary.mark(new DayMark(monday, DayMark.Kind.SICK, true), RecordedVia.GUI));
            assertEquals(List.of("add", "edit"), diary.history("mark 2026-03-02").stream().map(HistoryEntry::action).toList());
            assertEquals(List.of(new DayMark(monday, DayMark.Kind.SICK, true)), diary.marks(monday, monday.plusDays(6)));
            assertTrue(diary.verify().intact());
        }
        sql(folder, "UPDATE day_mark SET half = 0");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals("mark 2026-03-02 does not match its last history entry: it was changed outside the app",
                    diary.verify().problem());
        }
    }

    @Test
    void contractChangesAreInTheHistoryAndAChangeOutsideTheAppIsFound() throws SQLException {
        LocalDate september = LocalDate.of(2026, 9, 1);
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setFigureSetting(org.dwdiary.domain.FigureSetting.CONTRACT_HOURS, "22:30", september);
            diary.setFigureSetting(org.dwdiary.domain.FigureSetting.CONTRACT_HOURS, "22:30", september);
            diary.setFigureSetting(org.dwdiary.domain.FigureSetting.CONTRACT_HOURS, "30", september);
            assertEquals(List.of("add cli", "edit cli"), diary.history("setting contract-hours from 2026-09-01").stream()
                    .map(e -> e.action() + " " + e.via()).toList(), "the same value again changes nothing");
            assertTrue(diary.verify().intact(), diary.verify()::describe);
        }
        // Someone raises the contract outside the app, hiding overtime:
        sql(folder, "UPDATE dated_setting SET value = '40:00'");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            assertEquals("setting contract-hours from 2026-09-01 does not match its last history entry: it was changed "
                    + "outside the app", diary.verify().problem());
        }
    }

    @Test
    void aDiaryFromBeforeTheHistoryStartsItWithItsBlocksAndVerifies(@TempDir Path dir) throws IOException {
        Path golden = dir.resolve("golden");
        Files.createDirectories(golden);
        try (InputStream in = getClass().getResourceAsStream("/diaries/v1-diary.db")) {
            Files.copy(in, golden.resolve("diary.db"));
        }
        try (Diary diary = Diary.open(golden, CLOCK)) {
            List<HistoryEntry> entries = diary.history(null);
            // seven blocks, #5 deleted: seven "existing" entries and one "delete"
            assertEquals(8, entries.size());
            assertEquals(List.of("existing", "delete"), diary.history("block 5").stream().map(HistoryEntry::action).toList());
            assertTrue(diary.verify().intact(), diary.verify()::describe);
            diary.add(block("2026-03-05T09:00", "2026-03-05T10:00", WorkKind.DIRECT, "Visit"), RecordedVia.CLI);
            assertTrue(diary.verify().intact());
        }
    }

    @Test
    void theShareRecordedWithin24HoursAndTheLaterEditsArePerPeriod() {
        Clock lateClock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), LONDON);
        try (Diary diary = Diary.open(folder, CLOCK)) { // Wednesday 4 March, noon
            aFewChanges(diary); // Monday 2 March, 1:45 in all, recorded two days later
            diary.add(block("2026-03-04T09:00", "2026-03-04T11:00", WorkKind.DIRECT, "Visit"), RecordedVia.GUI); // same day
        }
        try (Diary diary = Diary.open(folder, lateClock)) {
            diary.add(block("2026-03-05T09:00", "2026-03-05T10:00", WorkKind.MEETINGS, "Team"), RecordedVia.GUI); // 5 days late
            RecordKeeping kept = diary.recordKeeping(at("2026-03-02T00:00"), at("2026-03-09T00:00"));
            assertEquals(45 + 60 + 120 + 60, kept.minutes());
            assertEquals(120, kept.minutesRecordedWithin24Hours());
            assertEquals(3, kept.laterEdits(), "one edit of block 1; a deletion and a restore of block 2");
            assertEquals(120.0 / 285, kept.timelyShare(), 1e-9);
        }
    }

    @Test
    void historyValuesReadBackAsTheyWereWritten() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            Block block = diary.add(new Block(0, at("2026-03-02T09:00"), at("2026-03-02T10:00"), LONDON, WorkKind.DIRECT,
                    "Visite à domicile", "Famille ravie \"😊\""), RecordedVia.GUI);
            Map<String, Object> values = Diary.values(diary.history(HistoryEntry.blockSubject(block.id())).get(0).newValue());
            assertEquals("Visite à domicile", values.get("activity"));
            assertEquals("Famille ravie \"😊\"", values.get("note"));
            assertEquals("direct", values.get("kind"));
        }
    }
}
