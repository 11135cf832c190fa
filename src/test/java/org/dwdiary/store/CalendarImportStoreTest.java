package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.CalendarImportPlan.Status;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.at;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Calendar imports stored in a real diary file: each occurrence remembered, so nothing comes in twice. */
class CalendarImportStoreTest {
    @TempDir Path dir;
    private Diary diary;

    @BeforeEach
    void open() {
        diary = Diary.open(dir, CLOCK);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    @Test
    void importingTheSameEventsAgainAddsNothing() {
        List<CalendarEvent> events = List.of(
                event("visit-1", "Home visit", "2026-03-02T09:00", "2026-03-02T10:00"),
                event("notes-1", "Case notes", "2026-03-02T10:00", "2026-03-02T11:00"));
        assertEquals(2, importing(events));
        List<Block> imported = diary.all();

        CalendarImportPlan again = diary.planCalendar(events, null, false);

        assertEquals(2, again.count(Status.UNCHANGED));
        assertEquals(List.of(), again.writes());
        assertEquals(0, diary.importCalendar(again.writes()));
        assertEquals(imported, diary.all());
    }

    @Test
    void importedBlocksAreTheEventsWithTheirKindsAndNoNotes() {
        diary.add(block("2026-02-23T09:00", "2026-02-23T10:00", WorkKind.RECORDING, "HOME VISIT"), RecordedVia.GUI);

        importing(List.of(
                event("visit-1", "home visit", "2026-03-02T09:00", "2026-03-02T10:00"),
                event("team-1", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00")));

        List<Block> blocks = diary.all();
        assertEquals(3, blocks.size());
        assertEquals(Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), LONDON, WorkKind.RECORDING,
                "HOME VISIT", null), blocks.get(1).withId(0), "the remembered kind and the diary's spelling");
        assertEquals(Block.create(at("2026-03-02T10:00"), at("2026-03-02T11:00"), LONDON, WorkKind.MEETINGS,
                "Team meeting", null), blocks.get(2).withId(0));
        assertEquals(Optional.of(WorkKind.MEETINGS), diary.kindOf("team meeting"), "the activity is remembered");
    }

    @Test
    void movedOccurrenceMovesItsBlockKeepingItsIdKindAndNote() {
        CalendarEvent first = occurrence("team", "2026-03-02T10:00", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00");
        importing(List.of(first));
        Block imported = diary.all().get(0);
        Block edited = new Block(imported.id(), imported.start(), imported.end(), LONDON, WorkKind.DIRECT,
                "Team meeting", "family joined");
        diary.apply(DiaryChange.edit(imported, edited), RecordedVia.GUI);
        CalendarEvent moved = occurrence("team", "2026-03-02T10:00", "Team meeting", "2026-03-03T14:00", "2026-03-03T15:00");

        CalendarImportPlan plan = diary.planCalendar(List.of(moved), null, false);
        assertEquals(Status.MOVED, plan.rows().get(0).status());
        assertEquals(1, diary.importCalendar(plan.writes()));

        assertEquals(List.of(new Block(imported.id(), at("2026-03-03T14:00"), at("2026-03-03T15:00"), LONDON,
                WorkKind.DIRECT, "Team meeting", "family joined")), diary.all());
        assertEquals(Status.UNCHANGED, diary.planCalendar(List.of(moved), null, false).rows().get(0).status(),
                "the move is remembered");
    }

    @Test
    void eventTheUserDeletedAfterImportingIsNotAddedAgain() {
        List<CalendarEvent> events = List.of(event("visit-1", "Home visit", "2026-03-02T09:00", "2026-03-02T10:00"));
        importing(events);
        diary.apply(DiaryChange.delete(diary.all().get(0)), RecordedVia.GUI);

        CalendarImportPlan plan = diary.planCalendar(events, null, false);

        assertEquals(Status.REMOVED_BY_YOU, plan.rows().get(0).status());
        assertEquals(0, diary.importCalendar(plan.writes()));
        assertEquals(0, diary.count());
    }

    @Test
    void eventTheUserDeletedIsNotAddedAgainWhenItMovesInTheCalendar() {
        importing(List.of(event("visit-1", "Home visit", "2026-03-02T09:00", "2026-03-02T10:00")));
        diary.apply(DiaryChange.delete(diary.all().get(0)), RecordedVia.GUI);

        CalendarImportPlan plan = diary.planCalendar(
                List.of(event("visit-1", "Home visit", "2026-03-03T09:00", "2026-03-03T10:00")), null, false);

        assertEquals(Status.REMOVED_BY_YOU, plan.rows().get(0).status());
        assertEquals(0, diary.importCalendar(plan.writes()));
        assertEquals(0, diary.count());
    }

    @Test
    void blockTheUserEditedAfterImportIsLeftAloneWhileItsEventStaysTheSame() {
        List<CalendarEvent> events = List.of(event("team-1", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00"));
        importing(events);
        Block imported = diary.all().get(0);
        Block edited = new Block(imported.id(), at("2026-03-02T10:00"), at("2026-03-02T10:40"), LONDON,
                WorkKind.DIRECT, "Family meeting", "left early");
        diary.apply(DiaryChange.edit(imported, edited), RecordedVia.GUI);

        CalendarImportPlan plan = diary.planCalendar(events, null, false);

        assertEquals(Status.UNCHANGED, plan.rows().get(0).status());
        assertEquals(WorkKind.DIRECT, plan.rows().get(0).kind());
        assertEquals(0, diary.importCalendar(plan.writes()));
        assertEquals(List.of(edited), diary.all());
    }

    @Test
    void newEventIsNotPlacedInTheTimeTheUserTrimmedOffAnImportedBlock() {
        CalendarEvent meeting = event("team-1", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00");
        importing(List.of(meeting));
        Block imported = diary.all().get(0);
        diary.apply(DiaryChange.edit(imported, imported.withTimes(at("2026-03-02T10:00"), at("2026-03-02T10:30"))),
                RecordedVia.GUI);

        CalendarImportPlan plan = diary.planCalendar(List.of(meeting,
                event("visit-1", "Home visit", "2026-03-02T10:15", "2026-03-02T11:00")), null, false);

        assertEquals(List.of(Status.UNCHANGED, Status.OVERLAPS), plan.rows().stream().map(r -> r.status()).toList());
        assertEquals(List.of(diary.all().get(0)), plan.rows().get(1).clashes());
    }

    @Test
    void importIsOneTransactionRefusedWhollyWhenABlockWasAddedMeanwhile() {
        List<CalendarEvent> events = List.of(
                event("visit-1", "Home visit", "2026-03-02T09:00", "2026-03-02T10:00"),
                event("team-1", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00"));
        CalendarImportPlan plan = diary.planCalendar(events, null, false);
        assertEquals(2, plan.writes().size());
        Block meanwhile = diary.add(block("2026-03-02T10:30", "2026-03-02T11:30", WorkKind.TRAVEL, "Drive"), RecordedVia.CLI);

        OverlapException refused = assertThrows(OverlapException.class, () -> diary.importCalendar(plan.writes()));

        assertEquals(List.of(meanwhile), refused.clashes());
        assertEquals(List.of(meanwhile), diary.all(), "not even the visit, which fits, was written");
        CalendarImportPlan again = diary.planCalendar(events, null, false);
        assertEquals(List.of(Status.NEW, Status.OVERLAPS), again.rows().stream().map(r -> r.status()).toList(),
                "no occurrence was remembered as imported");
    }

    @Test
    void moveOfABlockDeletedMeanwhileIsRefusedWithNothingWritten() {
        importing(List.of(occurrence("team", "2026-03-02T10:00", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00")));
        CalendarImportPlan plan = diary.planCalendar(List.of(
                event("visit-1", "Home visit", "2026-03-02T09:00", "2026-03-02T10:00"),
                occurrence("team", "2026-03-02T10:00", "Team meeting", "2026-03-02T14:00", "2026-03-02T15:00")), null, false);
        diary.apply(DiaryChange.delete(diary.all().get(0)), RecordedVia.GUI);

        assertThrows(InputRefusedException.class, () -> diary.importCalendar(plan.writes()));

        assertEquals(0, diary.count());
    }

    @Test
    void twoOccurrencesOfOneSeriesAreDistinctBlocksEachRememberedOnItsOwn() {
        CalendarEvent monday = occurrence("team", "2026-03-02T10:00", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00");
        CalendarEvent nextMonday = occurrence("team", "2026-03-09T10:00", "Team meeting", "2026-03-09T10:00", "2026-03-09T11:00");
        assertEquals(2, importing(List.of(monday, nextMonday)));

        CalendarImportPlan plan = diary.planCalendar(List.of(monday,
                occurrence("team", "2026-03-09T10:00", "Team meeting", "2026-03-09T11:00", "2026-03-09T12:00")), null, false);

        assertEquals(List.of(Status.UNCHANGED, Status.MOVED), plan.rows().stream().map(r -> r.status()).toList());
        diary.importCalendar(plan.writes());
        assertEquals(List.of("2026-03-02T10:00Z", "2026-03-09T11:00Z"),
                diary.all().stream().map(b -> b.start().toString().replace(":00Z", "Z")).toList());
    }

    @Test
    void singleEventAndAnOccurrenceWithTheSameUidAreDistinct() {
        importing(List.of(event("x", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00")));

        CalendarImportPlan plan = diary.planCalendar(List.of(
                occurrence("x", "2026-03-03T10:00", "Team meeting", "2026-03-03T10:00", "2026-03-03T11:00")), null, false);

        assertEquals(Status.NEW, plan.rows().get(0).status());
    }

    @Test
    void newEventMayTakeTheTimeAMeetingMovesAwayFrom() {
        importing(List.of(event("team-1", "Team meeting", "2026-03-02T10:00", "2026-03-02T11:00")));
        Block meeting = diary.all().get(0);

        CalendarImportPlan plan = diary.planCalendar(List.of(
                event("visit-1", "Home visit", "2026-03-02T10:00", "2026-03-02T11:00"),
                event("team-1", "Team meeting", "2026-03-02T15:00", "2026-03-02T16:00")), null, false);
        assertEquals(2, diary.importCalendar(plan.writes()));

        List<Block> blocks = diary.all();
        assertEquals(List.of("Home visit", "Team meeting"), blocks.stream().map(Block::activity).toList());
        assertEquals(meeting.id(), blocks.get(1).id());
        assertEquals(at("2026-03-02T15:00"), blocks.get(1).start());
    }

    @Test
    void meetingThatCannotMoveDoesNotStopTheRestOfTheImport() {
        importing(List.of(event("team-1", "Team meeting", "2026-03-02T15:00", "2026-03-02T16:00")));
        Block meeting = diary.all().get(0);
        Block visit = diary.add(block("2026-03-02T11:00", "2026-03-02T12:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);

        // the meeting now clashes with the visit, so it stays at 15:00, where notes cannot go either
        CalendarImportPlan plan = diary.planCalendar(List.of(
                event("team-1", "Team meeting", "2026-03-02T11:00", "2026-03-02T12:00"),
                event("notes-1", "Case notes", "2026-03-02T15:00", "2026-03-02T16:00"),
                event("email-1", "Emails", "2026-03-02T16:00", "2026-03-02T16:30")), null, false);
        assertEquals(1, diary.importCalendar(plan.writes()));

        List<Block> blocks = diary.all();
        assertEquals(List.of(visit, meeting), blocks.subList(0, 2));
        assertEquals("Emails", blocks.get(2).activity());
    }

    private int importing(List<CalendarEvent> events) {
        return diary.importCalendar(diary.planCalendar(events, null, false).writes());
    }

    private static CalendarEvent event(String uid, String title, String start, String end) {
        return new CalendarEvent(uid, null, title, at(start), at(end));
    }

    private static CalendarEvent occurrence(String uid, String original, String title, String start, String end) {
        return new CalendarEvent(uid, at(original), title, at(start), at(end));
    }
}
