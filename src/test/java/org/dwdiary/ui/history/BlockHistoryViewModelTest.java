package org.dwdiary.ui.history;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A block's history in words, read from a real diary whose clock moves on between changes. */
class BlockHistoryViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir Path folder;
    final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T10:05:00Z"));
    Diary diary;

    @BeforeEach
    void open() {
        diary = Diary.open(folder, clock);
        diary.setZone("Europe/London");
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void listsEachChangeWithWhenHowWhatAndTheValuesBeforeAndAfter() {
        Block added = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.RECORDING, "Case notes", null),
                RecordedVia.GUI);
        clock.advance(Duration.ofDays(2).plusMinutes(9));
        Block edited = new Block(added.id(), added.start(), at("2026-03-02T09:45"), LONDON, WorkKind.DIRECT, "Home visit",
                "Dad present");
        diary.apply(DiaryChange.edit(added, edited), RecordedVia.CLI);
        clock.advance(Duration.ofHours(1));
        diary.apply(DiaryChange.delete(edited), RecordedVia.GUI);
        clock.advance(Duration.ofMinutes(1));
        diary.apply(DiaryChange.delete(edited).inverse(), RecordedVia.GUI);

        BlockHistoryViewModel model = model(edited);
        assertEquals(List.of(
                new BlockHistoryViewModel.Row("Mon 2 Mar 2026 10:05", "window", "added",
                        "Mon 2 Mar 2026 09:00–10:00 · Recording · Case notes"),
                new BlockHistoryViewModel.Row("Wed 4 Mar 2026 10:14", "command line", "edited",
                        "09:00–10:00 → 09:00–09:45; Recording → Direct work; \"Case notes\" → \"Home visit\"; note added"),
                new BlockHistoryViewModel.Row("Wed 4 Mar 2026 11:14", "window", "deleted",
                        "Mon 2 Mar 2026 09:00–09:45 · Direct work · Home visit · with a note"),
                new BlockHistoryViewModel.Row("Wed 4 Mar 2026 11:15", "window", "restored",
                        "Mon 2 Mar 2026 09:00–09:45 · Direct work · Home visit · with a note")),
                model.rowsProperty().get());
        assertEquals("First recorded Mon 2 Mar 2026 10:05 (within 24 hours of its end)", model.firstRecorded());
        assertEquals("Home visit", model.title());
        assertEquals("Mon 2 Mar 2026 09:00–09:45 · Direct work · 0:45", model.now());
    }

    @Test
    void notesShowOnlyWhenAsked() {
        Block added = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", "Gran there"),
                RecordedVia.GUI);
        Block changed = new Block(added.id(), added.start(), added.end(), LONDON, WorkKind.DIRECT, "Home visit", "Gran and Dad");
        diary.apply(DiaryChange.edit(added, changed), RecordedVia.GUI);
        BlockHistoryViewModel model = model(changed);
        assertEquals("note changed", model.rowsProperty().get().get(1).change());
        assertEquals("Mon 2 Mar 2026 09:00–10:00 · Direct work · Home visit · with a note", model.rowsProperty().get().get(0).change());

        model.showNotesProperty().set(true);
        assertEquals("note \"Gran there\" → \"Gran and Dad\"", model.rowsProperty().get().get(1).change());
        assertEquals("Mon 2 Mar 2026 09:00–10:00 · Direct work · Home visit · note \"Gran there\"",
                model.rowsProperty().get().get(0).change());
    }

    @Test
    void aBlockMovedToAnotherDayShowsBothDays() {
        Block added = diary.add(block("2026-03-02T22:00", "2026-03-03T01:30", WorkKind.RECORDING, "Write-up", null),
                RecordedVia.GUI);
        Block moved = added.withTimes(at("2026-03-04T22:00"), at("2026-03-05T01:30"));
        diary.apply(DiaryChange.edit(added, moved), RecordedVia.GUI);
        assertEquals("Mon 2 Mar 22:00–Tue 3 Mar 01:30 → Wed 4 Mar 22:00–Thu 5 Mar 01:30",
                model(moved).rowsProperty().get().get(1).change());
    }

    @Test
    void aBlockRecordedDaysLaterSaysHowLongAfter() {
        clock.advance(Duration.ofDays(3).plusHours(2));
        Block added = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.MEETINGS, "Team meeting", null),
                RecordedVia.IMPORT);
        BlockHistoryViewModel model = model(added);
        assertEquals("First recorded Thu 5 Mar 2026 12:05 (3 days after its end)", model.firstRecorded());
        assertEquals("import", model.rowsProperty().get().get(0).how());
    }

    @ParameterizedTest(name = "recorded {0} minutes after the end: {1}")
    @CsvSource({
            "-30, before its end",
            "0, within 24 hours of its end",
            "1440, within 24 hours of its end",
            "1441, 24 hours after its end",
            "2820, 47 hours after its end",
            "2880, 2 days after its end",
            "4380, 3 days after its end",
    })
    void saysHowSoonABlockWasRecorded(long minutesAfterEnd, String words) {
        Instant end = Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(words, BlockHistoryViewModel.timeliness(end.plus(Duration.ofMinutes(minutesAfterEnd)), end));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "add, gui, window",
            "edit, cli, command line",
            "add, import, import",
            "add, demo, sample data",
            "existing, cli, 'command line, before history'",
            "delete, before-history, before history",
    })
    void saysHowEachChangeCame(String action, String via, String words) {
        HistoryEntry entry = new HistoryEntry(1, "block 1", action, Instant.EPOCH, via, null, null, HistoryEntry.GENESIS, "");
        assertEquals(words, BlockHistoryViewModel.how(entry));
    }

    @ParameterizedTest
    @CsvSource({"add, added", "existing, added", "edit, edited", "delete, deleted", "restore, restored"})
    void saysWhatEachChangeDid(String action, String words) {
        assertEquals(words, BlockHistoryViewModel.what(action));
    }

    @Test
    void aBlockWithNoHistorySaysSo() {
        Block block = block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null).withId(7);
        BlockHistoryViewModel model = new BlockHistoryViewModel(block, List.of(), LONDON);
        assertEquals("The diary keeps no record of when this block was first recorded.", model.firstRecorded());
        assertEquals(List.of(), model.rowsProperty().get());
    }

    private BlockHistoryViewModel model(Block block) {
        return new BlockHistoryViewModel(block, diary.history(HistoryEntry.blockSubject(block.id())), LONDON);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    static Block block(String from, String to, WorkKind kind, String activity, String note) {
        return Block.create(at(from), at(to), LONDON, kind, activity, note);
    }

    /** A clock the test moves on between changes, so each entry has its own time. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
