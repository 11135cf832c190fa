package org.dwdiary.domain;

import org.dwdiary.domain.CalendarImportPlan.Key;
import org.dwdiary.domain.CalendarImportPlan.Link;
import org.dwdiary.domain.CalendarImportPlan.Row;
import org.dwdiary.domain.CalendarImportPlan.Status;
import org.dwdiary.domain.CalendarImportPlan.Write;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a calendar import would do, row by row. Every event is on Tuesday 3 March 2026 (London); the diary
 * remembers the activities in {@link #known} and uses the built-in keywords unless a test says otherwise.
 */
class CalendarImportPlanTest {
    private static final String DAY = "2026-03-03T";

    private final Map<String, Activity> known = new HashMap<>();
    private final Map<Key, Link> links = new HashMap<>();

    // ---- kinds

    @Test
    void rememberedActivityBeatsKeywordsAndKeepsTheDiarysSpelling() {
        remember("Home Visit", WorkKind.RECORDING); // logged as recording before, although "visit" says direct

        Row row = plan(event("a", "home visit", "10:00", "11:00")).rows().get(0);

        assertEquals(Status.NEW, row.status());
        assertEquals(WorkKind.RECORDING, row.kind());
        assertEquals(KindSource.REMEMBERED, row.kindSource());
        assertEquals("Home Visit", row.block().activity());
        assertEquals(WorkKind.RECORDING, row.block().kind());
        assertTrue(row.included());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} by its words")
    @CsvSource({
            "Home visits,               DIRECT",
            "Court statement,           RECORDING",
            "Drive to court,            TRAVEL",
            "Team meeting,              MEETINGS",
            "Child protection conference, MEETINGS",
    })
    void keywordGivesTheKindOfANewActivity(String title, WorkKind kind) {
        Row row = plan(event("a", title, "10:00", "11:00")).rows().get(0);

        assertEquals(Status.NEW, row.status());
        assertEquals(kind, row.kind());
        assertEquals(KindSource.KEYWORD, row.kindSource());
        assertEquals(title, row.block().activity());
        assertTrue(row.included());
    }

    @ParameterizedTest(name = "\"{0}\" needs a kind")
    @CsvSource({
            "Travel to visit", // words of two kinds: never settled by guessing
            "Duty desk",       // no keyword at all
    })
    void titleWithoutOneClearKindNeedsAKindAndIsNotWritten(String title) {
        CalendarImportPlan plan = plan(event("a", title, "10:00", "11:00"));

        Row row = plan.rows().get(0);
        assertEquals(Status.NO_KIND, row.status());
        assertNull(row.kind());
        assertFalse(row.included());
        assertEquals(List.of(row), plan.unclassified());
        assertEquals(List.of(), plan.writes());
    }

    @Test
    void defaultKindGoesOnlyToTitlesNeitherRememberedNorMatched() {
        remember("Supervision", WorkKind.DIRECT);

        CalendarImportPlan plan = CalendarImportPlan.of(List.of(
                        event("a", "Travel to visit", "09:00", "09:30"),
                        event("b", "Duty desk", "09:30", "10:00"),
                        event("c", "Home visit", "10:00", "11:00"),
                        event("d", "Supervision", "11:00", "12:00"),
                        event("e", null, "12:00", "12:30")),
                links, List.of(), this::lookUp, KindRules.defaults(), WorkKind.TRAVEL, false, ZONE);

        assertEquals(List.of(
                "Travel to visit NEW travel EXPLICIT 09:00-09:30 in",
                "Duty desk NEW travel EXPLICIT 09:30-10:00 in",
                "Home visit NEW direct KEYWORD 10:00-11:00 in",
                "Supervision NEW direct REMEMBERED 11:00-12:00 in",
                "(no title) NEW travel EXPLICIT 12:00-12:30 in"), describe(plan));
        assertEquals(List.of(), plan.unclassified());
        assertNull(plan.rows().get(4).block().activity(), "an event without a title gives a block without an activity");
    }

    @Test
    void eventWithoutTitleNeedsAKindWhenThereIsNoDefault() {
        CalendarImportPlan plan = plan(event("a", null, "10:00", "11:00"));

        assertEquals(List.of("(no title) NO_KIND ? - 10:00-11:00 out"), describe(plan));
    }

    @Test
    void keywordsComeFromTheRulesGiven() {
        CalendarImportPlan plan = CalendarImportPlan.of(List.of(event("a", "Duty desk", "10:00", "11:00")), links,
                List.of(), this::lookUp, KindRules.parse("direct: duty"), null, false, ZONE);

        assertEquals(List.of("Duty desk NEW direct KEYWORD 10:00-11:00 in"), describe(plan));
    }

    // ---- statuses of events imported before

    @Test
    void linkedEventThatIsTheSameAsImportedIsUnchangedEvenIfTheUserTrimmedAndEditedItsBlock() {
        CalendarEvent meeting = event("team-1", "Team meeting", "10:00", "11:00");
        // imported as 10:00-11:00 meetings; since then cut to 10:00-10:30, made direct and given a note
        Block edited = new Block(7, at(DAY + "10:00"), at(DAY + "10:30"), ZONE, WorkKind.DIRECT, "Family call", "ring back");
        link(meeting, edited);

        CalendarImportPlan plan = plan(List.of(meeting), List.of(edited), false);

        Row row = plan.rows().get(0);
        assertEquals(Status.UNCHANGED, row.status());
        assertEquals(WorkKind.DIRECT, row.kind(), "the block's kind, as the user left it");
        assertNull(row.block(), "nothing is written for it");
        assertFalse(row.included());
        assertEquals(List.of(), plan.writes());
        assertEquals(1, plan.count(Status.UNCHANGED));
    }

    @Test
    void unchangedEventNeedsNoKindEvenWhenItsTitleHasNone() {
        CalendarEvent duty = event("duty-1", "Duty desk", "10:00", "11:00");
        Block block = London.block(7, WorkKind.RECORDING, "Duty desk", DAY + "10:00", DAY + "11:00");
        link(duty, block);

        CalendarImportPlan plan = plan(List.of(duty), List.of(block), false);

        assertEquals(Status.UNCHANGED, plan.rows().get(0).status());
        assertEquals(List.of(), plan.unclassified());
    }

    @Test
    void sameOccurrenceAtNewTimesMovesItsBlockKeepingItsIdKindAndNote() {
        CalendarEvent before = occurrence("team-1", "10:00", "Team meeting", "10:00", "11:00");
        Block block = new Block(7, at(DAY + "10:00"), at(DAY + "11:00"), ZONE, WorkKind.DIRECT, "Team meeting",
                "bring the rota");
        link(before, block);
        CalendarEvent moved = occurrence("team-1", "10:00", "Team meeting", "14:00", "15:30");

        CalendarImportPlan plan = plan(List.of(moved), List.of(), false);

        Row row = plan.rows().get(0);
        assertEquals(Status.MOVED, row.status());
        assertEquals(new Block(7, at(DAY + "14:00"), at(DAY + "15:30"), ZONE, WorkKind.DIRECT, "Team meeting",
                "bring the rota"), row.block());
        assertEquals(WorkKind.DIRECT, row.kind());
        assertEquals(KindSource.REMEMBERED, row.kindSource());
        assertTrue(row.included());
        assertEquals(List.of(new Write(new Key("team-1", at(DAY + "10:00").getEpochSecond()), row.block(), moved)),
                plan.writes());
    }

    @Test
    void movedBlockDoesNotOverlapItsOwnOldTimes() {
        CalendarEvent before = event("team-1", "Team meeting", "10:00", "11:00");
        Block block = London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "10:00", DAY + "11:00");
        link(before, block);

        CalendarImportPlan plan = plan(List.of(event("team-1", "Team meeting", "10:30", "11:30")), List.of(block), false);

        assertEquals(List.of("Team meeting MOVED meetings REMEMBERED 10:30-11:30 in #7"), describe(plan));
    }

    @Test
    void renamedEventIsMovedAndItsBlockTakesTheNewTitle() {
        CalendarEvent before = event("team-1", "Team meeting", "10:00", "11:00");
        Block block = London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "10:00", DAY + "11:00");
        link(before, block);

        CalendarImportPlan plan = plan(List.of(event("team-1", "Team briefing", "10:00", "11:00")), List.of(block), false);

        assertEquals(List.of("Team briefing MOVED meetings REMEMBERED 10:00-11:00 in #7"), describe(plan));
    }

    @Test
    void eventWhoseBlockTheUserDeletedIsLeftOutEvenWhenItMovedSince() {
        CalendarEvent visit = event("visit-1", "Home visit", "10:00", "11:00");
        links.put(Key.of(visit), new Link(7, Optional.empty(), visit));
        CalendarEvent meeting = occurrence("team-1", "14:00", "Team meeting", "15:00", "16:00");
        links.put(Key.of(meeting), new Link(8, Optional.empty(), occurrence("team-1", "14:00", "Team meeting", "14:00", "15:00")));

        CalendarImportPlan plan = plan(List.of(visit, meeting), List.of(), false);

        assertEquals(List.of(
                "Home visit REMOVED_BY_YOU ? - no block out",
                "Team meeting REMOVED_BY_YOU ? - no block out"), describe(plan));
        assertEquals(List.of(), plan.writes());
        assertEquals(2, plan.count(Status.REMOVED_BY_YOU));
    }

    @Test
    void rowsImportedBeforeCannotBeGivenAKindOrIncluded() {
        CalendarEvent same = event("a", "Team meeting", "10:00", "11:00");
        link(same, London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "10:00", DAY + "11:00"));
        CalendarEvent deleted = event("b", "Home visit", "11:00", "12:00");
        links.put(Key.of(deleted), new Link(8, Optional.empty(), deleted));
        CalendarImportPlan plan = plan(List.of(same, deleted), List.of(), false);

        assertSame(plan, plan.withKind(0, WorkKind.DIRECT));
        assertSame(plan, plan.withKind(1, WorkKind.DIRECT));
        assertSame(plan, plan.withIncluded(0, true));
        assertSame(plan, plan.withIncluded(1, true));
        assertEquals(List.of(), plan.writes());
    }

    // ---- overlaps

    @Test
    void eventOverlappingABlockInTheDiaryIsLeftOutNamingTheBlock() {
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "10:30", DAY + "11:30");

        CalendarImportPlan plan = plan(List.of(event("a", "Team meeting", "10:00", "11:00")), List.of(visit), false);

        Row row = plan.rows().get(0);
        assertEquals(Status.OVERLAPS, row.status());
        assertEquals(List.of(visit), row.clashes());
        assertFalse(row.included());
        assertEquals("10:00-11:00", span(row.block()), "shown at the event's own times");
        assertEquals(List.of(), plan.writes());
    }

    @Test
    void eventEndingAsABlockStartsDoesNotOverlapIt() {
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "11:00", DAY + "12:00");

        CalendarImportPlan plan = plan(List.of(event("a", "Team meeting", "10:00", "11:00")), List.of(visit), false);

        assertEquals(List.of("Team meeting NEW meetings KEYWORD 10:00-11:00 in"), describe(plan));
    }

    @Test
    void ofTwoEventsOfTheFileThatOverlapTheEarlierRowWins() {
        CalendarImportPlan plan = plan(
                event("a", "Team meeting", "10:00", "11:00"),
                event("b", "Home visit", "10:30", "11:30"),
                event("c", "Case notes", "11:30", "12:00"));

        assertEquals(List.of(
                "Team meeting NEW meetings KEYWORD 10:00-11:00 in",
                "Home visit OVERLAPS direct KEYWORD 10:30-11:30 out",
                "Case notes NEW recording KEYWORD 11:30-12:00 in"), describe(plan));
        assertEquals(List.of(plan.rows().get(0).block()), plan.rows().get(1).clashes());
        assertEquals(List.of("a", "c"), uids(plan.writes()));
    }

    @Test
    void eventWithoutAKindTakesNoTimeFromLaterEvents() {
        CalendarImportPlan plan = plan(
                event("a", "Duty desk", "10:00", "11:00"),
                event("b", "Home visit", "10:30", "11:30"));

        assertEquals(List.of(
                "Duty desk NO_KIND ? - 10:00-11:00 out",
                "Home visit NEW direct KEYWORD 10:30-11:30 in"), describe(plan));
    }

    @Test
    void newEventMayTakeTheTimeAMeetingMovesAwayFrom() {
        // the team meeting moved from Tuesday 10:00 to 15:00; a visit is now in its old place
        CalendarEvent before = event("team-1", "Team meeting", "10:00", "11:00");
        Block meeting = London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "10:00", DAY + "11:00");
        link(before, meeting);

        CalendarImportPlan plan = plan(List.of(
                event("visit-1", "Home visit", "10:00", "11:00"),
                event("team-1", "Team meeting", "15:00", "16:00")), List.of(meeting), false);

        assertEquals(List.of(
                "Home visit NEW direct KEYWORD 10:00-11:00 in",
                "Team meeting MOVED meetings REMEMBERED 15:00-16:00 in #7"), describe(plan));
        assertEquals(plan.rows(), plan.withTrim(false).rows(), "planning again gives the same rows");
    }

    @Test
    void meetingThatCannotMoveKeepsItsOldTimeSoNoOtherEventIsPutThere() {
        // the team meeting moved from 15:00 to 11:00, where a visit already is: it stays at 15:00, so the
        // new 15:00 event overlaps it (writing both would leave two blocks at 15:00)
        CalendarEvent before = event("team-1", "Team meeting", "15:00", "16:00");
        Block meeting = London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "15:00", DAY + "16:00");
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "11:00", DAY + "12:00");
        link(before, meeting);

        CalendarImportPlan plan = plan(List.of(
                event("team-1", "Team meeting", "11:00", "12:00"),
                event("notes-1", "Case notes", "15:00", "16:00")), List.of(visit, meeting), false);

        assertEquals(List.of(
                "Team meeting OVERLAPS meetings REMEMBERED 11:00-12:00 out #7",
                "Case notes OVERLAPS recording KEYWORD 15:00-16:00 out"), describe(plan));
        assertEquals(List.of(meeting), plan.rows().get(1).clashes());
        assertEquals(List.of(), plan.writes());
        assertEquals(plan.rows(), plan.withTrim(false).rows(), "planning again gives the same rows");
    }

    @Test
    void movedMeetingLeftOutByTheUserKeepsItsOldTime() {
        CalendarEvent before = event("team-1", "Team meeting", "10:00", "11:00");
        Block meeting = London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "10:00", DAY + "11:00");
        link(before, meeting);
        CalendarImportPlan plan = plan(List.of(
                event("visit-1", "Home visit", "10:00", "11:00"),
                event("team-1", "Team meeting", "15:00", "16:00")), List.of(meeting), false);

        CalendarImportPlan kept = plan.withIncluded(1, false);

        assertEquals(List.of(
                "Home visit OVERLAPS direct KEYWORD 10:00-11:00 out",
                "Team meeting MOVED meetings REMEMBERED 15:00-16:00 out #7"), describe(kept));
        assertEquals(List.of(meeting), kept.rows().get(0).clashes());
        assertEquals(List.of(), kept.writes());
    }

    // ---- trimming

    @Test
    void trimmedEventIsTheLongestStretchThatNoBlockCovers() {
        Block drive = London.block(3, WorkKind.TRAVEL, "Drive", DAY + "09:30", DAY + "10:00");
        Block notes = London.block(4, WorkKind.RECORDING, "Case notes", DAY + "11:30", DAY + "12:00");

        CalendarImportPlan plan = plan(List.of(event("a", "Team meeting", "09:00", "12:00")), List.of(drive, notes), true);

        Row row = plan.rows().get(0);
        assertEquals(Status.TRIMMED, row.status());
        assertEquals("10:00-11:30", span(row.block()));
        assertEquals(List.of(drive, notes), row.clashes());
        assertTrue(row.included());
        assertEquals(List.of(row.block()), plan.writes().stream().map(Write::block).toList());
    }

    @Test
    void eventThatBlocksCoverEntirelyStillOverlapsWhenTrimming() {
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "09:00", DAY + "12:00");

        CalendarImportPlan plan = plan(List.of(event("a", "Team meeting", "10:00", "11:00")), List.of(visit), true);

        assertEquals(List.of("Team meeting OVERLAPS meetings KEYWORD 10:00-11:00 out"), describe(plan));
        assertEquals(List.of(), plan.writes());
    }

    @Test
    void laterEventIsTrimmedAroundAnEarlierOneOfTheSameFile() {
        CalendarImportPlan plan = CalendarImportPlan.of(List.of(
                        event("a", "Team meeting", "10:00", "11:00"),
                        event("b", "Home visit", "10:30", "12:00")),
                links, List.of(), this::lookUp, KindRules.defaults(), null, true, ZONE);

        assertEquals(List.of(
                "Team meeting NEW meetings KEYWORD 10:00-11:00 in",
                "Home visit TRIMMED direct KEYWORD 11:00-12:00 in"), describe(plan));
    }

    @Test
    void trimToggledOnAndOffAgainGivesTheEventsTheirOwnTimesBack() {
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "10:30", DAY + "11:00");
        CalendarImportPlan plan = plan(List.of(event("a", "Team meeting", "10:00", "12:00")), List.of(visit), false);
        assertFalse(plan.trims());
        assertEquals(List.of("Team meeting OVERLAPS meetings KEYWORD 10:00-12:00 out"), describe(plan));

        CalendarImportPlan trimmed = plan.withTrim(true);
        assertTrue(trimmed.trims());
        assertEquals(List.of("Team meeting TRIMMED meetings KEYWORD 11:00-12:00 in"), describe(trimmed));

        CalendarImportPlan untrimmed = trimmed.withTrim(false);
        assertFalse(untrimmed.trims());
        assertEquals(List.of("Team meeting OVERLAPS meetings KEYWORD 10:00-12:00 out"), describe(untrimmed));
        assertEquals(describe(trimmed), describe(untrimmed.withTrim(true)));
    }

    @Test
    void trimmedMovedMeetingStaysTheSameMovedBlockWhenThePlanChanges() {
        CalendarEvent before = event("team-1", "Team meeting", "10:00", "11:00");
        Block meeting = London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "10:00", DAY + "11:00");
        Block notes = London.block(8, WorkKind.RECORDING, "Case notes", DAY + "11:00", DAY + "12:00");
        link(before, meeting);
        CalendarImportPlan plan = plan(List.of(
                event("team-1", "Team meeting", "10:30", "11:30"),
                event("duty-1", "Duty desk", "13:00", "14:00")), List.of(meeting, notes), true);
        assertEquals("Team meeting TRIMMED meetings REMEMBERED 10:30-11:00 in #7", describe(plan).get(0));

        // choosing a kind for another row, or switching trimming on again, plans every row again
        assertEquals("Team meeting TRIMMED meetings REMEMBERED 10:30-11:00 in #7",
                describe(plan.withKind(1, WorkKind.DIRECT)).get(0));
        assertEquals(describe(plan), describe(plan.withTrim(true)));
        assertEquals("Team meeting OVERLAPS meetings REMEMBERED 10:30-11:30 out #7",
                describe(plan.withTrim(false)).get(0));
        assertEquals(describe(plan), describe(plan.withTrim(false).withTrim(true)));
    }

    // ---- the user's choices

    @Test
    void choosingAKindForARowWithoutOneIncludesIt() {
        CalendarImportPlan plan = plan(event("a", "Duty desk", "10:00", "11:00"));

        CalendarImportPlan chosen = plan.withKind(0, WorkKind.RECORDING);

        Row row = chosen.rows().get(0);
        assertEquals(Status.NEW, row.status());
        assertEquals(WorkKind.RECORDING, row.kind());
        assertEquals(KindSource.EXPLICIT, row.kindSource());
        assertEquals(WorkKind.RECORDING, row.block().kind());
        assertTrue(row.included());
        assertEquals(List.of(), chosen.unclassified());
        assertEquals(List.of(row.block()), chosen.writes().stream().map(Write::block).toList());
        assertEquals(Status.NO_KIND, plan.rows().get(0).status(), "the plan itself is left as it was");
    }

    @Test
    void rowGivenAKindClaimsItsTimeBeforeLaterRows() {
        CalendarImportPlan plan = plan(
                event("a", "Duty desk", "10:00", "11:00"),
                event("b", "Home visit", "10:30", "11:30"));

        CalendarImportPlan chosen = plan.withKind(0, WorkKind.DIRECT);

        assertEquals(List.of(
                "Duty desk NEW direct EXPLICIT 10:00-11:00 in",
                "Home visit OVERLAPS direct KEYWORD 10:30-11:30 out"), describe(chosen));
    }

    @Test
    void changingTheKindOfARowKeepsItsTimesAndInclusion() {
        CalendarImportPlan plan = plan(event("a", "Team meeting", "10:00", "11:00"));

        CalendarImportPlan changed = plan.withKind(0, WorkKind.DIRECT);

        assertEquals(List.of("Team meeting NEW direct EXPLICIT 10:00-11:00 in"), describe(changed));
    }

    @Test
    void rowLeftOutFreesItsTimeForALaterRowAndComesBackWhenIncludedAgain() {
        CalendarImportPlan plan = plan(
                event("a", "Team meeting", "10:00", "11:00"),
                event("b", "Home visit", "10:30", "11:30"));

        CalendarImportPlan leftOut = plan.withIncluded(0, false);

        assertEquals(List.of(
                "Team meeting NEW meetings KEYWORD 10:00-11:00 out",
                "Home visit NEW direct KEYWORD 10:30-11:30 in"), describe(leftOut));
        assertTrue(leftOut.rows().get(0).leftOut());
        assertEquals(List.of("b"), uids(leftOut.writes()));

        CalendarImportPlan back = leftOut.withIncluded(0, true);
        assertEquals(describe(plan), describe(back));
        assertEquals(List.of("a"), uids(back.writes()));
    }

    @Test
    void rowLeftOutStaysOutWhenItsKindChangesOrTrimmingToggles() {
        CalendarImportPlan leftOut = plan(event("a", "Team meeting", "10:00", "11:00")).withIncluded(0, false);

        assertEquals(List.of("Team meeting NEW direct EXPLICIT 10:00-11:00 out"),
                describe(leftOut.withKind(0, WorkKind.DIRECT)));
        assertEquals(List.of("Team meeting NEW meetings KEYWORD 10:00-11:00 out"),
                describe(leftOut.withTrim(true).withTrim(false)));
    }

    @Test
    void includingAnOverlappingRowDoesNotMakeItWritten() {
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "10:30", DAY + "11:30");
        CalendarImportPlan plan = plan(List.of(event("a", "Team meeting", "10:00", "11:00")), List.of(visit), false);

        CalendarImportPlan included = plan.withIncluded(0, true);

        assertEquals(List.of("Team meeting OVERLAPS meetings KEYWORD 10:00-11:00 out"), describe(included));
        assertEquals(List.of(), included.writes());
    }

    @Test
    void rowWithoutAKindCannotBeIncluded() {
        CalendarImportPlan plan = plan(event("a", "Duty desk", "10:00", "11:00"));

        assertSame(plan, plan.withIncluded(0, true));
        assertEquals(List.of(), plan.writes());
    }

    @Test
    void writesHoldOnlyTheIncludedRowsInOrderWithTheirKeys() {
        CalendarEvent unchanged = event("same", "Case notes", "08:00", "08:30");
        link(unchanged, London.block(5, WorkKind.RECORDING, "Case notes", DAY + "08:00", DAY + "08:30"));
        CalendarEvent deleted = event("gone", "Emails", "08:30", "09:00");
        links.put(Key.of(deleted), new Link(6, Optional.empty(), deleted));
        CalendarEvent before = occurrence("team", "09:00", "Team meeting", "09:00", "10:00");
        link(before, London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "09:00", DAY + "10:00"));
        CalendarEvent moved = occurrence("team", "09:00", "Team meeting", "16:00", "17:00");
        Block visit = London.block(3, WorkKind.DIRECT, "Home visit", DAY + "12:00", DAY + "13:00");
        CalendarEvent fresh = event("new", "Home visit", "10:00", "11:00");
        CalendarEvent clash = event("clash", "Strategy meeting", "12:30", "13:30");
        CalendarEvent noKind = event("nokind", "Duty desk", "14:00", "15:00");

        CalendarImportPlan plan = plan(List.of(unchanged, deleted, fresh, clash, noKind, moved),
                List.of(London.block(5, WorkKind.RECORDING, "Case notes", DAY + "08:00", DAY + "08:30"),
                        London.block(7, WorkKind.MEETINGS, "Team meeting", DAY + "09:00", DAY + "10:00"), visit),
                false);

        assertEquals(List.of(
                "Case notes UNCHANGED recording REMEMBERED no block out",
                "Emails REMOVED_BY_YOU ? - no block out",
                "Home visit NEW direct KEYWORD 10:00-11:00 in",
                "Strategy meeting OVERLAPS meetings KEYWORD 12:30-13:30 out",
                "Duty desk NO_KIND ? - 14:00-15:00 out",
                "Team meeting MOVED meetings REMEMBERED 16:00-17:00 in #7"), describe(plan));
        List<Write> writes = plan.writes();
        assertEquals(List.of(new Key("new", -1), new Key("team", at(DAY + "09:00").getEpochSecond())),
                writes.stream().map(Write::key).toList());
        assertEquals(List.of(fresh, moved), writes.stream().map(Write::event).toList());
        assertEquals(List.of("10:00-11:00 #0", "16:00-17:00 #7"),
                writes.stream().map(w -> span(w.block()) + " #" + w.block().id()).toList());
    }

    @Test
    void aSingleEventAndAnOccurrenceOfTheSameUidHaveDifferentKeys() {
        CalendarEvent single = event("x", "Team meeting", "10:00", "11:00");
        CalendarEvent occurrence = occurrence("x", "10:00", "Team meeting", "10:00", "11:00");

        assertEquals(new Key("x", -1), Key.of(single));
        assertEquals(new Key("x", at(DAY + "10:00").getEpochSecond()), Key.of(occurrence));
    }

    // ---- helpers

    private void remember(String name, WorkKind kind) {
        known.put(name.toLowerCase(Locale.ROOT), new Activity(name, kind));
    }

    private Optional<Activity> lookUp(String title) {
        return Optional.ofNullable(known.get(title.strip().toLowerCase(Locale.ROOT)));
    }

    /** Records that {@code event} was imported before and became {@code block}, still in the diary. */
    private void link(CalendarEvent event, Block block) {
        links.put(Key.of(event), new Link(block.id(), Optional.of(block), event));
    }

    private CalendarImportPlan plan(CalendarEvent... events) {
        return plan(List.of(events), List.of(), false);
    }

    private CalendarImportPlan plan(List<CalendarEvent> events, List<Block> existing, boolean trim) {
        return CalendarImportPlan.of(events, links, existing, this::lookUp, KindRules.defaults(), null, trim, ZONE);
    }

    /** A single event on Tuesday 3 March 2026, "10:00" to "11:00" in London. */
    private static CalendarEvent event(String uid, String title, String start, String end) {
        return new CalendarEvent(uid, null, title, at(DAY + start), at(DAY + end));
    }

    /** An occurrence of a repeating event whose original start was {@code original}. */
    private static CalendarEvent occurrence(String uid, String original, String title, String start, String end) {
        return new CalendarEvent(uid, at(DAY + original), title, at(DAY + start), at(DAY + end));
    }

    /** "10:00-11:30" */
    private static String span(Block block) {
        ZonedDateTime start = block.start().atZone(ZONE);
        ZonedDateTime end = block.end().atZone(ZONE);
        return DisplayFormats.TIME.format(start) + "-" + DisplayFormats.TIME.format(end);
    }

    /** Each row as "title STATUS kind source times-or-no-block in|out", with " #id" for a block already in the diary. */
    private static List<String> describe(CalendarImportPlan plan) {
        return plan.rows().stream().map(row -> (row.event().title() == null ? "(no title)" : row.event().title())
                + " " + row.status()
                + " " + (row.kind() == null ? "?" : row.kind().code())
                + " " + (row.kindSource() == null ? "-" : row.kindSource())
                + " " + (row.block() == null ? "no block" : span(row.block()))
                + " " + (row.included() ? "in" : "out")
                + (row.block() != null && row.block().isStored() ? " #" + row.block().id() : "")).toList();
    }

    private static List<String> uids(List<Write> writes) {
        return writes.stream().map(w -> w.key().uid()).collect(Collectors.toList());
    }
}
