package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.cli.CliRunner.Snapshot;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.dwdiary.cli.CliRunner.LONDON;
import static org.dwdiary.cli.CliRunner.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dwdiary import FILE.ics} on Wednesday 4 March 2026 at noon (London), with a calendar as Outlook
 * exports it: a weekly team meeting (no meeting in half-term, one moved), a weekly duty desk and a catch-up
 * that no keyword classifies, a day of leave, a visit with private details, a cancelled meeting, and a
 * conference still to come.
 */
class CalendarImportCommandTest {
    /** What no block, message or diary file may ever hold: it stands for names, addresses and case details. */
    private static final String PRIVATE = "PRIVATE";

    static final String CALENDAR = """
            BEGIN:VCALENDAR
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
            VERSION:2.0
            METHOD:PUBLISH
            X-WR-CALNAME:Calendar
            BEGIN:VTIMEZONE
            TZID:Europe/London
            BEGIN:STANDARD
            DTSTART:16011028T020000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            TZOFFSETFROM:+0100
            TZOFFSETTO:-0000
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010325T010000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            TZOFFSETFROM:-0000
            TZOFFSETTO:+0100
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000team
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260216T100000
            DTEND;TZID=Europe/London:20260216T110000
            RRULE:FREQ=WEEKLY;BYDAY=MO
            EXDATE;TZID=Europe/London:20260223T100000
            SUMMARY:Team meeting
            LOCATION:PRIVATE-LOCATION Room 4
            DESCRIPTION:PRIVATE-DESCRIPTION agenda: allocation of the new referrals an
             d the families on the waiting list
            SEQUENCE:0
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000team
            RECURRENCE-ID;TZID=Europe/London:20260302T100000
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260302T113000
            DTEND;TZID=Europe/London:20260302T123000
            SUMMARY:Team meeting
            LOCATION:PRIVATE-LOCATION Room 6
            SEQUENCE:1
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000duty
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260225T090000
            DTEND;TZID=Europe/London:20260225T113000
            RRULE:FREQ=WEEKLY;COUNT=3
            SUMMARY:Duty desk
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000catchup
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260226T150000
            DTEND;TZID=Europe/London:20260226T153000
            SUMMARY:Catch-up
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000leave
            DTSTAMP:20260301T090000Z
            DTSTART;VALUE=DATE:20260227
            DTEND;VALUE=DATE:20260228
            SUMMARY:Annual leave
            TRANSP:TRANSPARENT
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000visit
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260303T093000
            DTEND;TZID=Europe/London:20260303T110000
            SUMMARY:Home visit
            LOCATION:PRIVATE-LOCATION 12 Acacia Avenue
            DESCRIPTION:PRIVATE-DESCRIPTION see the children after school\\, case 12345
            ATTENDEE;CN=PRIVATE-ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:private.parent@example.org
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000notes
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260303T130000
            DTEND;TZID=Europe/London:20260303T143000
            SUMMARY:Case notes
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000strategy
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260303T150000
            DTEND;TZID=Europe/London:20260303T160000
            STATUS:CANCELLED
            SUMMARY:Strategy meeting
            END:VEVENT
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000conference
            DTSTAMP:20260301T090000Z
            DTSTART;TZID=Europe/London:20260305T100000
            DTEND;TZID=Europe/London:20260305T120000
            SUMMARY:Child protection conference
            DESCRIPTION:PRIVATE-DESCRIPTION review conference
            END:VEVENT
            END:VCALENDAR
            """;

    private static final String HEADER = "Calendar work.ics, Mon 16 Feb 2026 to Wed 4 Mar 2026: 7 events.";
    private static final String SKIPPED = "Skipped: all-day events (leave is not work time): 1; cancelled events: 1.";

    @TempDir Path tempDir;
    private CliRunner cli;
    private Path calendar;

    @BeforeEach
    void calendarFile() throws IOException {
        cli = new CliRunner(tempDir);
        calendar = ics("work.ics", CALENDAR);
    }

    @Test
    void importsEachPastTimedEventAsABlockOfItsKind() {
        Result result = cli.run("import", calendar.toString(), "--default-kind", "recording");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER, SKIPPED, "Imported 7 events (7 new)."), result.out());
        assertEquals("", result.err());
        assertEquals(List.of(
                "Mon 16 Feb 10:00-11:00 meetings Team meeting",
                "Wed 25 Feb 09:00-11:30 recording Duty desk",
                "Thu 26 Feb 15:00-15:30 recording Catch-up",
                "Mon 2 Mar 11:30-12:30 meetings Team meeting",
                "Tue 3 Mar 09:30-11:00 direct Home visit",
                "Tue 3 Mar 13:00-14:30 recording Case notes",
                "Wed 4 Mar 09:00-11:30 recording Duty desk"), blocks());
    }

    @Test
    void descriptionsLocationsAndAttendeesNeverReachTheDiaryOrTheOutput() throws IOException {
        Result refused = cli.run("import", calendar.toString());
        Result dryRun = cli.run("import", calendar.toString(), "--default-kind", "recording", "--dry-run");
        Result result = cli.run("import", calendar.toString(), "--default-kind", "recording");
        Result again = cli.run("import", calendar.toString(), "--dry-run");

        assertEquals(List.of(1, 0, 0, 0), Stream.of(refused, dryRun, result, again).map(Result::code).toList());
        for (Result each : List.of(refused, dryRun, result, again)) {
            assertFalse(each.out().contains(PRIVATE), each::toString);
            assertFalse(each.err().contains(PRIVATE), each::toString);
        }
        assertTrue(cli.snapshot().blocks().stream().allMatch(block -> block.note() == null));
        try (Stream<Path> files = Files.walk(cli.dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(PRIVATE), file + " holds private text from the calendar");
                assertFalse(bytes.contains("Acacia"), file + " holds private text from the calendar");
            }
        }
    }

    @Test
    void titlesWithoutAKindRefuseTheImportListingEachTitleOnceWithItsCount() {
        cli.add("2026-03-02T09:00", "2026-03-02T09:30", WorkKind.TRAVEL, "Drive", null);
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", calendar.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertEquals(List.of(
                "dwdiary import: nothing was imported: 3 events have no kind (not an activity you have logged, and "
                        + "no keyword matches):",
                "  Duty desk: 2 times, first Wed 25 Feb 2026 09:00–11:30",
                "  Catch-up: Thu 26 Feb 2026 15:00–15:30",
                "Give --default-kind KIND (direct, recording, travel or meetings) for these, or add keywords with "
                        + "`dwdiary settings set kind-keywords`."), result.err().lines().toList());
        assertEquals(before, cli.snapshot());
    }

    @Test
    void titleLoggedBeforeNeedsNoDefaultKindAndTakesTheRememberedKind() {
        cli.add("2026-02-02T09:00", "2026-02-02T11:30", WorkKind.DIRECT, "duty desk", null);
        cli.add("2026-02-02T12:00", "2026-02-02T12:30", WorkKind.MEETINGS, "Catch-up", null);

        Result result = cli.run("import", calendar.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER, SKIPPED, "Imported 7 events (7 new)."), result.out());
        List<String> blocks = blocks();
        assertTrue(blocks.contains("Wed 25 Feb 09:00-11:30 direct duty desk"), blocks.toString());
        assertTrue(blocks.contains("Thu 26 Feb 15:00-15:30 meetings Catch-up"), blocks.toString());
    }

    @Test
    void unknownDefaultKindIsRefused() {
        Result result = cli.run("import", calendar.toString(), "--default-kind", "lunch");

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().startsWith("dwdiary import: --default-kind \"lunch\" is not one of "), result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void dryRunShowsWhatWouldHappenToEachEventAndWritesNothing() {
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", calendar.toString(), "--default-kind", "recording", "--dry-run");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER,
                "  + Mon 16 Feb 2026 10:00–11:00  meetings  Team meeting",
                "  + Wed 25 Feb 2026 09:00–11:30  recording  Duty desk",
                "  + Thu 26 Feb 2026 15:00–15:30  recording  Catch-up",
                "  + Mon 2 Mar 2026 11:30–12:30  meetings  Team meeting",
                "  + Tue 3 Mar 2026 09:30–11:00  direct  Home visit",
                "  + Tue 3 Mar 2026 13:00–14:30  recording  Case notes",
                "  + Wed 4 Mar 2026 09:00–11:30  recording  Duty desk",
                SKIPPED,
                "Dry run: 7 events would be imported (7 new). Nothing was written."), result.out());
        assertEquals(before, cli.snapshot());
        assertEquals(lines(HEADER, SKIPPED, "Imported 7 events (7 new)."),
                cli.run("import", calendar.toString(), "--default-kind", "recording").out(),
                "the dry run remembered nothing as imported");
    }

    @Test
    void dryRunAfterAnImportMarksEachEventAlreadyImported() {
        cli.run("import", calendar.toString(), "--default-kind", "recording");
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", calendar.toString(), "--dry-run");

        assertEquals(0, result.code(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("  = Mon 16 Feb 2026 10:00–11:00  meetings  Team meeting  (already imported)", lines.get(1));
        assertEquals("  = Wed 4 Mar 2026 09:00–11:30  recording  Duty desk  (already imported)", lines.get(7));
        assertEquals("Dry run: 0 events would be imported (7 already imported). Nothing was written.", lines.get(9));
        assertEquals(before, cli.snapshot());
    }

    @Test
    void eventOverlappingABlockIsLeftOutNamingTheBlock() {
        cli.add("2026-03-03T10:30", "2026-03-03T11:30", WorkKind.TRAVEL, "Drive back", null);

        Result result = cli.run("import", calendar.toString(), "--default-kind", "recording");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER,
                "  - Tue 3 Mar 2026 09:30–11:00  direct  Home visit  (overlaps a block already in the diary: "
                        + "\"Drive back\", Tue 3 Mar 2026 10:30–11:30)",
                SKIPPED,
                "Imported 6 events (6 new; 1 overlapping a block, left out (--trim fits them in where it can))."),
                result.out());
        assertFalse(blocks().contains("Tue 3 Mar 09:30-11:00 direct Home visit"));
        assertEquals(7, cli.snapshot().blocks().size());
    }

    @Test
    void trimFitsAnOverlappingEventIntoItsLongestFreeStretch() {
        cli.add("2026-03-03T10:30", "2026-03-03T11:30", WorkKind.TRAVEL, "Drive back", null);

        Result result = cli.run("import", calendar.toString(), "--default-kind", "recording", "--trim");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER,
                "  ~ Tue 3 Mar 2026 09:30–10:30  direct  Home visit  (trimmed to fit between blocks already in the "
                        + "diary: \"Drive back\", Tue 3 Mar 2026 10:30–11:30)",
                SKIPPED,
                "Imported 7 events (6 new; 1 trimmed to fit)."), result.out());
        List<String> blocks = blocks();
        assertTrue(blocks.contains("Tue 3 Mar 09:30-10:30 direct Home visit"), blocks.toString());
        assertTrue(blocks.contains("Tue 3 Mar 10:30-11:30 travel Drive back"), blocks.toString());
    }

    @Test
    void importingTheSameCalendarAgainAddsNothing() {
        cli.run("import", calendar.toString(), "--default-kind", "recording");
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", calendar.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER, SKIPPED, "Imported 0 events (7 already imported)."), result.out());
        assertEquals(before, cli.snapshot());
    }

    @Test
    void blockTheUserEditedOrDeletedAfterImportIsLeftAloneByALaterImport() {
        cli.run("import", calendar.toString(), "--default-kind", "recording");
        try (Diary diary = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            Block visit = find(diary, "Home visit");
            diary.apply(DiaryChange.edit(visit, new Block(visit.id(), visit.start(), at("2026-03-03T10:15"), LONDON,
                    WorkKind.DIRECT, "Home visit", "shorter than planned")), RecordedVia.GUI);
            diary.apply(DiaryChange.delete(find(diary, "Catch-up")), RecordedVia.GUI);
        }
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", calendar.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines(HEADER,
                "  - Thu 26 Feb 2026 15:00–15:30  ?  Catch-up  (imported before and deleted since: left out)",
                SKIPPED,
                "Imported 0 events (6 already imported; 1 deleted by you since an earlier import, left out)."),
                result.out());
        assertEquals(before, cli.snapshot());
    }

    @Test
    void meetingMovedInALaterExportMovesItsBlockKeepingItsKindAndNote() throws IOException {
        cli.run("import", calendar.toString(), "--default-kind", "recording");
        long id;
        try (Diary diary = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            Block meeting = diary.starting(at("2026-03-02T00:00"), at("2026-03-03T00:00")).get(0);
            id = meeting.id();
            diary.apply(DiaryChange.edit(meeting, new Block(id, meeting.start(), meeting.end(), LONDON,
                    WorkKind.DIRECT, "Team meeting", "parents came")), RecordedVia.GUI);
        }
        Path later = ics("work-later.ics", CALENDAR
                .replace("DTSTART;TZID=Europe/London:20260302T113000\nDTEND;TZID=Europe/London:20260302T123000",
                        "DTSTART;TZID=Europe/London:20260302T140000\nDTEND;TZID=Europe/London:20260302T150000")
                .replace("SEQUENCE:1", "SEQUENCE:2"));

        Result result = cli.run("import", later.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines("Calendar work-later.ics, Mon 16 Feb 2026 to Wed 4 Mar 2026: 7 events.",
                "  ~ Mon 2 Mar 2026 14:00–15:00  direct  Team meeting  (moved since the last import: its block moves too)",
                SKIPPED,
                "Imported 1 event (1 moved; 6 already imported)."), result.out());
        List<Block> blocks = cli.snapshot().blocks();
        assertEquals(7, blocks.size());
        Block moved = blocks.stream().filter(block -> block.id() == id).findFirst().orElseThrow();
        assertEquals(new Block(id, at("2026-03-02T14:00"), at("2026-03-02T15:00"), LONDON, WorkKind.DIRECT,
                "Team meeting", "parents came"), moved);
        assertEquals(lines("Calendar work-later.ics, Mon 16 Feb 2026 to Wed 4 Mar 2026: 7 events.", SKIPPED,
                "Imported 0 events (7 already imported)."), cli.run("import", later.toString()).out());
    }

    @Test
    void meetingThatCannotMoveStaysWhereItWasAndTheRestIsStillImported() throws IOException {
        cli.add("2026-03-02T08:45", "2026-03-02T09:30", WorkKind.TRAVEL, "Drive", null);
        cli.run("import", calendar.toString(), "--default-kind", "recording");
        Snapshot before = cli.snapshot();

        Result result = cli.run("import", meetingMovedOntoTheDrive().toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines("Calendar work-later.ics, Mon 16 Feb 2026 to Wed 4 Mar 2026: 9 events.",
                "  - Mon 2 Mar 2026 09:00–10:00  meetings  Team meeting  (overlaps a block already in the diary: "
                        + "\"Drive\", Mon 2 Mar 2026 08:45–09:30)",
                "  - Mon 2 Mar 2026 11:30–12:30  meetings  Supervision  (overlaps a block already in the diary: "
                        + "\"Team meeting\", Mon 2 Mar 2026 11:30–12:30)",
                SKIPPED,
                "Imported 1 event (1 new; 6 already imported; 2 overlapping blocks, left out (--trim fits them in "
                        + "where it can))."), result.out());
        List<Block> blocks = cli.snapshot().blocks();
        assertTrue(blocks.containsAll(before.blocks()), "the meeting's block stays at 11:30");
        assertEquals(before.blocks().size() + 1, blocks.size());
        assertTrue(blocks().contains("Mon 2 Mar 13:00-13:30 recording Emails"), blocks().toString());
    }

    @Test
    void meetingTrimmedAsItMovesLeavesItsOldTimeToANewEvent() throws IOException {
        cli.add("2026-03-02T08:45", "2026-03-02T09:30", WorkKind.TRAVEL, "Drive", null);
        cli.run("import", calendar.toString(), "--default-kind", "recording");

        Result result = cli.run("import", meetingMovedOntoTheDrive().toString(), "--trim");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines("Calendar work-later.ics, Mon 16 Feb 2026 to Wed 4 Mar 2026: 9 events.",
                "  ~ Mon 2 Mar 2026 09:30–10:00  meetings  Team meeting  (trimmed to fit between blocks already in "
                        + "the diary: \"Drive\", Mon 2 Mar 2026 08:45–09:30)",
                SKIPPED,
                "Imported 3 events (2 new; 1 trimmed to fit; 6 already imported)."), result.out());
        List<String> blocks = blocks();
        assertTrue(blocks.containsAll(List.of(
                "Mon 2 Mar 08:45-09:30 travel Drive",
                "Mon 2 Mar 09:30-10:00 meetings Team meeting",
                "Mon 2 Mar 11:30-12:30 meetings Supervision",
                "Mon 2 Mar 13:00-13:30 recording Emails")), blocks.toString());
        assertEquals(10, blocks.size(), "the drive, 7 blocks from the first import, supervision and emails");
    }

    /** A later export: the 2 March team meeting moved to 09:00, onto a drive; supervision and emails added. */
    private Path meetingMovedOntoTheDrive() throws IOException {
        return ics("work-later.ics", CALENDAR
                .replace("DTSTART;TZID=Europe/London:20260302T113000\nDTEND;TZID=Europe/London:20260302T123000",
                        "DTSTART;TZID=Europe/London:20260302T090000\nDTEND;TZID=Europe/London:20260302T100000")
                .replace("END:VCALENDAR", """
                        BEGIN:VEVENT
                        UID:040000008200E00074C5B7101A82E00800000000supervision
                        DTSTAMP:20260304T090000Z
                        DTSTART;TZID=Europe/London:20260302T113000
                        DTEND;TZID=Europe/London:20260302T123000
                        SUMMARY:Supervision
                        END:VEVENT
                        BEGIN:VEVENT
                        UID:040000008200E00074C5B7101A82E00800000000emails
                        DTSTAMP:20260304T090000Z
                        DTSTART;TZID=Europe/London:20260302T130000
                        DTEND;TZID=Europe/London:20260302T133000
                        SUMMARY:Emails
                        END:VEVENT
                        END:VCALENDAR"""));
    }

    @Test
    void fromAndToChooseTheDaysRead() {
        Result result = cli.run("import", calendar.toString(), "--from", "2026-03-02", "--to", "2026-03-03");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines("Calendar work.ics, Mon 2 Mar 2026 to Tue 3 Mar 2026: 3 events.",
                "Skipped: cancelled events: 1.",
                "Imported 3 events (3 new)."), result.out());
        assertEquals(List.of(
                "Mon 2 Mar 11:30-12:30 meetings Team meeting",
                "Tue 3 Mar 09:30-11:00 direct Home visit",
                "Tue 3 Mar 13:00-14:30 recording Case notes"), blocks());
    }

    @Test
    void fromAloneReadsUpToToday() {
        Result result = cli.run("import", calendar.toString(), "--from", "2026-03-03", "--default-kind", "recording");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines("Calendar work.ics, Tue 3 Mar 2026 to Wed 4 Mar 2026: 3 events.",
                "Skipped: cancelled events: 1.",
                "Imported 3 events (3 new)."), result.out());
    }

    @Test
    void futureMeetingsBecomeBlocksOnlyWhenToReachesThem() {
        Result result = cli.run("import", calendar.toString(), "--from", "2026-03-04", "--to", "2026-03-09",
                "--default-kind", "recording");

        assertEquals(0, result.code(), result::toString);
        assertEquals(lines("Calendar work.ics, Wed 4 Mar 2026 to Mon 9 Mar 2026: 3 events.",
                "Imported 3 events (3 new)."), result.out());
        assertEquals(List.of(
                "Wed 4 Mar 09:00-11:30 recording Duty desk",
                "Thu 5 Mar 10:00-12:00 meetings Child protection conference",
                "Mon 9 Mar 10:00-11:00 meetings Team meeting"), blocks());
    }

    @Test
    void rangeThatEndsBeforeItStartsIsRefused() {
        Result result = cli.run("import", calendar.toString(), "--from", "2026-03-03", "--to", "2026-03-02");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: the range to read from work.ics ends (2026-03-02) before it starts (2026-03-03)\n",
                result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void calendarWithoutTheIcsNameIsRecognisedByItsFirstLine() throws IOException {
        Path export = ics("calendar-export.txt", CALENDAR);

        Result result = cli.run("import", export.toString(), "--default-kind", "recording", "--dry-run");

        assertEquals(0, result.code(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("Calendar calendar-export.txt, Mon 16 Feb 2026 to Wed 4 Mar 2026: 7 events.", lines.get(0));
        assertEquals("Dry run: 7 events would be imported (7 new). Nothing was written.", lines.get(lines.size() - 1));
    }

    @Test
    void csvFileStillImportsAsCsv() throws IOException {
        Path csv = tempDir.resolve("blocks.csv");
        Files.writeString(csv, "start,end,kind,activity\n2026-03-02T09:00,2026-03-02T10:00,direct,Home visit\n");

        Result result = cli.run("import", csv.toString());

        assertEquals(0, result.code(), result::toString);
        assertEquals("Imported 1 block from " + csv + "\n", result.out());
        assertEquals(List.of("Mon 2 Mar 09:00-10:00 direct Home visit"), blocks());
    }

    @Test
    void calendarOptionsWithACsvFileAreAUsageError() throws IOException {
        Path csv = tempDir.resolve("blocks.csv");
        Files.writeString(csv, "start,end,kind,activity\n2026-03-02T09:00,2026-03-02T10:00,direct,Home visit\n");

        for (String option : List.of("--trim", "--dry-run")) {
            Result result = cli.run("import", csv.toString(), option);

            assertEquals(2, result.code(), result::toString);
            assertTrue(result.err().startsWith(
                    "--from, --to, --default-kind, --trim and --dry-run are for calendar (.ics) files"), result.err());
            assertEquals("", result.out());
        }
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void missingCalendarIsRefusedNamingTheFile() {
        Path missing = tempDir.resolve("missing.ics");

        Result result = cli.run("import", missing.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: there is no file " + missing + "\n", result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void fileThatIsNotACalendarIsRefusedNamingTheFile() throws IOException {
        Path notes = tempDir.resolve("notes.ics");
        Files.writeString(notes, "Home visit on Monday\n");

        Result result = cli.run("import", notes.toString());

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: notes.ics is not an iCalendar (.ics) file: such a file starts with BEGIN:VCALENDAR\n",
                result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void calendarCutShortIsRefusedWithNothingWritten() throws IOException {
        Path cut = ics("cut.ics", CALENDAR.substring(0, CALENDAR.indexOf("BEGIN:VEVENT", CALENDAR.indexOf("Catch-up"))));

        Result result = cli.run("import", cut.toString(), "--default-kind", "recording");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary import: cut.ics ends in the middle of the calendar at line 59: the file looks cut short; "
                + "save or export it again\n", result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void aMeetingLaterTodayIsNotTimeWorkedYet() throws IOException {
        Path today = ics("today.ics", """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:morning
                DTSTART;TZID=Europe/London:20260304T090000
                DTEND;TZID=Europe/London:20260304T100000
                SUMMARY:Team meeting
                END:VEVENT
                BEGIN:VEVENT
                UID:afternoon
                DTSTART;TZID=Europe/London:20260304T150000
                DTEND;TZID=Europe/London:20260304T160000
                SUMMARY:Strategy meeting
                END:VEVENT
                END:VCALENDAR
                """);

        Result result = cli.run("import", today.toString());

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().contains("  1 event later today is left out: they have not happened yet (--to takes them).\n"),
                result::toString);
        assertEquals(List.of("Wed 4 Mar 09:00-10:00 meetings Team meeting"), blocks());
    }

    // ---- helpers

    /** Writes a calendar with CRLF line ends, as calendar programs do. */
    private Path ics(String name, String content) throws IOException {
        Path file = tempDir.resolve(name);
        Files.writeString(file, content.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return file;
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The diary's blocks as "Mon 2 Mar 09:00-10:00 direct Home visit", in time order. */
    private List<String> blocks() {
        return cli.snapshot().blocks().stream().map(block -> {
            var start = block.start().atZone(LONDON);
            var end = block.end().atZone(LONDON);
            return DisplayFormats.SHORT_DAY.format(start) + " " + DisplayFormats.TIME.format(start) + "-"
                    + DisplayFormats.TIME.format(end) + " " + block.kind().code() + " " + block.activity();
        }).toList();
    }

    private static Block find(Diary diary, String activity) {
        return diary.all().stream().filter(block -> activity.equals(block.activity())).findFirst().orElseThrow();
    }
}
