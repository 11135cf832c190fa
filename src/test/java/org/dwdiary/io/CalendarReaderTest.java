package org.dwdiary.io;

import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the calendars Outlook, Google and others write: zones, repeats, what is skipped, and what is refused. */
class CalendarReaderTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final List<String> FIXTURES = List.of("outlook-gmt-standard-time.ics", "outlook-windows-zones.ics",
            "outlook-windows-zones-without-vtimezone.ics", "outlook-year-of-meetings.ics", "google-europe-london.ics",
            "apple-floating-utc-lf-bom.ics", "skips.ics");
    private static final String TEAM_MEETING_UID = "040000008200E00074C5B7101A82E0080000000010A3C4E1F262DC01000000000000000010000000D2B8E9C40C2E6A4B9F4E6B9D2E3A1B7C";
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    // ---- Outlook: Windows zone names, repeats, changed occurrences --------------------------------------------

    @ParameterizedTest(name = "{0}: {1}–{2} London time, {3} UTC")
    @CsvSource({
            "2026-03-23, 09:00, 10:00, 2026-03-23T09:00:00Z", // the last Monday in GMT
            "2026-03-30, 09:00, 10:00, 2026-03-30T08:00:00Z", // the first Monday in BST, after 29 March
            "2026-10-19, 09:00, 10:00, 2026-10-19T08:00:00Z", // the last Monday in BST
            "2026-10-26, 09:00, 10:00, 2026-10-26T09:00:00Z", // the first Monday in GMT again, after 25 October
    })
    void weeklyOutlookMeetingStaysAtNineLocalTimeOnBothSidesOfEachClockChange(LocalDate day, String start, String end,
                                                                              Instant utcStart) throws IOException {
        CalendarRead read = read("outlook-gmt-standard-time.ics", JAN_1, DEC_31);

        CalendarEvent meeting = on(read, "Team meeting", day);
        assertEquals(day + "T" + start, local(meeting.start()));
        assertEquals(day + "T" + end, local(meeting.end()));
        assertEquals(utcStart, meeting.start());
        assertEquals(meeting.start(), meeting.recurrenceId(), "a generated occurrence is known by its own start");
    }

    @Test
    void exdateRemovesOccurrencesAndAMovedOccurrenceReplacesTheGeneratedOne() throws IOException {
        CalendarRead read = read("outlook-gmt-standard-time.ics", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

        List<String> meetings = read.events().stream().filter(e -> e.uid().equals(TEAM_MEETING_UID))
                .map(e -> local(e.start()) + " " + e.title()).toList();
        assertEquals(List.of(
                // 6 April: EXDATE
                "2026-04-13T09:00 Team meeting",
                "2026-04-20T14:00 Team meeting (afternoon this week)", // moved from 09:00
                "2026-04-27T09:00 Team meeting",
                // 4 May: a cancelled occurrence, skipped
                "2026-05-11T09:00 Team meeting",
                "2026-05-18T09:00 Team meeting",
                "2026-05-25T09:00 Team meeting",
                // 1 June: EXDATE
                "2026-06-08T09:00 Team meeting",
                "2026-06-15T09:00 Team meeting",
                "2026-06-22T09:00 Team meeting",
                "2026-06-29T09:00 Team meeting"), meetings);
        CalendarEvent moved = on(read, "Team meeting (afternoon this week)", LocalDate.of(2026, 4, 20));
        assertEquals(at("2026-04-20T09:00"), moved.recurrenceId(), "a moved occurrence keeps its original start as its identity");
        assertEquals(Map.of(CalendarSkip.CANCELLED, 1), read.skipped());
    }

    @Test
    void outlookAllDayFreeAndCancelledEventsAreSkippedAndCounted() throws IOException {
        CalendarRead read = read("outlook-gmt-standard-time.ics", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31));

        assertEquals(Map.of(CalendarSkip.ALL_DAY, 1, CalendarSkip.FREE, 1, CalendarSkip.CANCELLED, 1), read.skipped());
        assertEquals(List.of("2026-02-02T09:00 Team meeting", "2026-02-09T09:00 Team meeting",
                        "2026-02-16T09:00 Team meeting", "2026-02-23T09:00 Team meeting", "2026-03-02T09:00 Team meeting",
                        "2026-03-09T09:00 Team meeting",
                        "2026-03-11T10:00 Home visit and direct work session with the young person, then a joint review w…",
                        "2026-03-16T09:00 Team meeting", "2026-03-23T09:00 Team meeting", "2026-03-30T09:00 Team meeting"),
                read.events().stream().map(e -> local(e.start()) + " " + e.title()).toList());
    }

    @Test
    void foldedSummaryIsOneLineWithEscapesUndoneAndCutToEightyCharacters() throws IOException {
        CalendarRead read = read("outlook-gmt-standard-time.ics", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 11));

        String title = read.events().get(0).title();
        assertEquals(Block.ACTIVITY_MAX_LENGTH, title.length());
        assertTrue(title.startsWith("Home visit and direct work session with the young person, then a joint review"), title);
        assertTrue(title.endsWith("…"), title);
    }

    @Test
    void eventCrossingMidnightKeepsItsStartAndItsEndOnTheNextDay() throws IOException {
        CalendarRead read = read("outlook-gmt-standard-time.ics", LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 24));

        CalendarEvent statement = on(read, "Court statement", LocalDate.of(2026, 10, 24));
        assertEquals("2026-10-24T21:30", local(statement.start()));
        assertEquals("2026-10-25T00:30", local(statement.end()));
        assertNull(statement.recurrenceId(), "a single event has no recurrence id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "zones-berlin-1,  2026-03-10T09:00:00Z", // W. Europe Standard Time, winter: +01:00
            "zones-paris-1,   2026-07-15T12:00:00Z", // Romance Standard Time, summer: +02:00
            "zones-eastern-1, 2026-03-20T14:00:00Z", // the file's own (pre-2007) US rules: still EST on 20 March
            "zones-custom-1,  2026-04-02T09:00:00Z", // an Outlook "Customized Time Zone", +03:00
    })
    void outlookZoneNamesAreReadWithTheRulesTheFileDefines(String uid, Instant utcStart) throws IOException {
        CalendarRead read = read("outlook-windows-zones.ics", JAN_1, DEC_31);

        assertEquals(utcStart, byUid(read, uid).start());
        assertEquals(Duration.ofHours(uid.equals("zones-paris-1") ? 2 : 1), length(byUid(read, uid)));
        assertEquals(List.of(), read.remarks());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bare-london-1,    2026-07-01T09:00:00Z", // "GMT Standard Time" → Europe/London (ical4j's own list says Dublin)
            "bare-berlin-1,    2026-07-01T12:00:00Z", // "W. Europe Standard Time" → Europe/Berlin
            "bare-paris-1,     2026-07-02T07:00:00Z", // "Romance Standard Time" → Europe/Paris
            "bare-eastern-1,   2026-07-02T19:00:00Z", // "Eastern Standard Time" → America/New_York, in summer time
            "bare-guatemala-1, 2026-07-03T15:00:00Z", // "Central America Standard Time" → Guatemala, no summer time
            "bare-iana-1,      2026-07-03T12:00:00Z", // an IANA id without a VTIMEZONE
            "bare-mozilla-1,   2026-07-06T09:00:00Z", // an IANA id behind an old Mozilla prefix
            "bare-unknown-1,   2026-07-06T13:00:00Z", // a name nobody knows: read in the diary's zone
    })
    void zoneNamesWithoutAVtimezoneAreResolvedThroughTheCldrWindowsMapping(String uid, Instant utcStart) throws IOException {
        CalendarRead read = read("outlook-windows-zones-without-vtimezone.ics", JAN_1, DEC_31);

        assertEquals(utcStart, byUid(read, uid).start());
        assertEquals(List.of("The time zone \"Somewhere Standard Time\" is not one the diary knows; its times were"
                + " read as Europe/London times."), read.remarks());
    }

    @Test
    void windowsZonesResourceMapsEveryNameToAZoneJavaKnows() {
        Map<String, String> names = CalendarZones.windowsNames();

        assertTrue(names.size() > 130, "CLDR has about 140 Windows zones; found " + names.size());
        names.forEach((name, id) -> assertEquals(id, ZoneId.of(id).getId(), name));
        assertEquals(ZoneId.of("Europe/London"), CalendarZones.named("GMT Standard Time").orElseThrow());
        assertEquals(ZoneOffset.ofHours(-11), CalendarZones.named("UTC-11").orElseThrow().getRules().getOffset(Instant.EPOCH),
                "ical4j's own list maps it to Etc/GMT+12");
    }

    // ---- Google: repeats of every kind, UTC, clock changes --------------------------------------------------

    @Test
    void googleWeeklyMeetingIsAtNineLondonTimeEveryMondayAllYear() throws IOException {
        CalendarRead read = read("google-europe-london.ics", JAN_1, DEC_31);

        List<CalendarEvent> mondays = read.events().stream().filter(e -> "Team meeting".equals(e.title())).toList();
        assertEquals(44, mondays.size(), "every Monday from 2 March to 28 December");
        assertTrue(mondays.stream().allMatch(e -> local(e.start()).endsWith("T09:00") && local(e.end()).endsWith("T10:00")),
                () -> mondays.stream().map(e -> local(e.start())).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Duty desk               | 2026-03-02T09:30 2026-03-03T09:30 2026-03-04T09:30 2026-03-05T09:30 2026-03-06T09:30",
            "Court statement writing | 2026-03-09T13:00 2026-03-10T13:00 2026-03-11T13:00 2026-03-12T13:00 2026-03-13T13:00",
            "Core group meeting      | 2026-03-05T10:00 2026-04-02T10:00 2026-05-07T10:00 2026-08-06T10:00 2026-10-01T10:00 2026-11-05T10:00 2026-12-03T10:00",
            "Core group meeting (moved) | 2026-09-10T14:00",
    })
    void dailyWithCountDailyWithUntilAndMonthlyRepeatsGiveTheirOccurrences(String title, String starts) throws IOException {
        CalendarRead read = read("google-europe-london.ics", JAN_1, DEC_31);

        assertEquals(List.of(starts.split(" ")), read.events().stream().filter(e -> title.equals(e.title()))
                .map(e -> local(e.start())).toList());
    }

    @Test
    void cancelledOverrideOfAGoogleSeriesIsSkippedAsCancelled() throws IOException {
        CalendarRead read = read("google-europe-london.ics", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));

        assertEquals(Map.of(CalendarSkip.CANCELLED, 1), read.skipped(), "2 July: the organiser cancelled it");
    }

    @Test
    void utcTimesAreReadAsTheInstantsTheyAre() throws IOException {
        CalendarRead read = read("google-europe-london.ics", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4));

        CalendarEvent discussion = on(read, "Strategy discussion", LocalDate.of(2026, 3, 4));
        assertEquals(Instant.parse("2026-03-04T14:00:00Z"), discussion.start());
        assertEquals(Instant.parse("2026-03-04T15:00:00Z"), discussion.end());
    }

    @Test
    void eventAcrossTheSpringForwardNightLastsTheHoursThatReallyPassed() throws IOException {
        CalendarRead read = read("google-europe-london.ics", LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 28));

        CalendarEvent duty = on(read, "Emergency duty", LocalDate.of(2026, 3, 28));
        assertEquals("2026-03-29T03:00", local(duty.end()));
        assertEquals(Duration.ofHours(3), length(duty), "23:00 GMT to 03:00 BST");
    }

    @Test
    void lineEndsMakeNoDifference() throws IOException {
        byte[] crlf = bytes("google-europe-london.ics");
        byte[] lf = new String(crlf, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(crlf.length > lf.length, "the fixture has CRLF line ends");

        assertEquals(read("google-europe-london.ics", JAN_1, DEC_31).events(),
                CalendarReader.read(new ByteArrayInputStream(lf), "google-europe-london.ics", LONDON, JAN_1, DEC_31).events());
    }

    // ---- floating times, UTF-8 BOM, LF, titles and UIDs -------------------------------------------------------

    @ParameterizedTest(name = "diary in {0}")
    @CsvSource({
            "Europe/London,    2026-07-01T08:30:00Z, 2026-01-15T09:30:00Z",
            "America/New_York, 2026-07-01T13:30:00Z, 2026-01-15T14:30:00Z",
    })
    void floatingTimesAreReadInTheDiarysZone(ZoneId zone, Instant summer, Instant winter) throws IOException {
        CalendarRead read;
        try (InputStream in = open("apple-floating-utc-lf-bom.ics")) {
            read = CalendarReader.read(in, "apple-floating-utc-lf-bom.ics", zone, JAN_1, DEC_31);
        }

        assertEquals(summer, byUid(read, "floating-1@example.org").start());
        assertEquals(winter, byUid(read, "floating-2@example.org").start());
    }

    @Test
    void fileWithAByteOrderMarkAndLfLinesIsReadWithItsFoldedTitle() throws IOException {
        CalendarRead read = read("apple-floating-utc-lf-bom.ics", JAN_1, DEC_31);

        assertEquals(6, read.events().size());
        assertEquals("Child protection conference: a long title that goes on and on so that the expor…",
                byUid(read, "utc-1@example.org").title());
    }

    @Test
    void titleIsOneTrimmedLineAndAnEmptyTitleIsNull() throws IOException {
        CalendarRead read = read("apple-floating-utc-lf-bom.ics", JAN_1, DEC_31);

        assertEquals("Travel to visit", byUid(read, "utc-2@example.org").title());
        assertNull(byUid(read, "utc-3@example.org").title());
    }

    @Test
    void eventWithoutUidGetsAKeyMadeFromItsTitleAndStartThatStaysTheSame() throws IOException {
        CalendarEvent first = on(read("apple-floating-utc-lf-bom.ics", JAN_1, DEC_31), "Case recording", LocalDate.of(2026, 7, 3));
        CalendarEvent again = on(read("apple-floating-utc-lf-bom.ics", JAN_1, DEC_31), "Case recording", LocalDate.of(2026, 7, 3));
        String other = readText(calendar(event(null, "Case recording", "DTSTART:20260703T110000Z\nDTEND:20260703T120000Z")))
                .events().get(0).uid();

        assertTrue(first.uid().matches("no-uid:[0-9a-f]{32}"), first.uid());
        assertEquals(first.uid(), again.uid());
        assertNotEquals(first.uid(), other, "another start, another key");
    }

    // ---- what is skipped, and the range --------------------------------------------------------------------

    @Test
    void eachKindOfUnusableEventIsSkippedAndCountedUnderItsReason() throws IOException {
        CalendarRead read = read("skips.ics", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertEquals(List.of("keep-1@example.org", "keep-2@example.org", "keep-3@example.org"),
                read.events().stream().map(CalendarEvent::uid).toList());
        assertEquals(Duration.ofHours(24), length(read.events().get(1)), "exactly 24 hours is still a block");
        assertEquals(Duration.ofMinutes(90), length(read.events().get(2)), "DURATION instead of DTEND");
        Map<CalendarSkip, Integer> expected = Map.of(
                CalendarSkip.ALL_DAY, 5,             // one day of leave, four Fridays working from home
                CalendarSkip.CANCELLED, 1,
                CalendarSkip.FREE, 2,                // TRANSP:TRANSPARENT, and Outlook's busy status FREE
                CalendarSkip.TOO_LONG, 2,            // 25 hours; DURATION:P2D
                CalendarSkip.NO_END_OR_BAD_TIMES, 6); // end before start, no end, bad start, no start, bad rule, < 1 min
        assertEquals(expected, read.skipped());
        assertEquals(List.copyOf(read.skipped().keySet()), List.of(CalendarSkip.ALL_DAY, CalendarSkip.CANCELLED,
                CalendarSkip.FREE, CalendarSkip.TOO_LONG, CalendarSkip.NO_END_OR_BAD_TIMES), "in the enum's order");
    }

    @Test
    void eventsOutsideTheRangeAreNeitherReturnedNorCounted() throws IOException {
        CalendarRead read = read("skips.ics", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

        assertEquals(List.of("outside-1@example.org"), read.events().stream().map(CalendarEvent::uid).toList());
        assertEquals(Map.of(
                CalendarSkip.ALL_DAY, 5,             // Easter leave; Fridays 3, 10, 17 and 24 April
                CalendarSkip.CANCELLED, 1,
                CalendarSkip.NO_END_OR_BAD_TIMES, 4), // ends before it starts; and, in every range, the events
                read.skipped());                      // whose start cannot be read and the series with a bad rule
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ALL_DAY", "CANCELLED", "FREE", "TOO_LONG", "NO_END_OR_BAD_TIMES"})
    void everySkipReasonHasWordsForTheUser(CalendarSkip reason) {
        assertTrue(reason.describe().contains("events"), reason.describe());
    }

    @Test
    void defaultRangeIsWhatTheFileCovers() throws IOException {
        CalendarRead read = read("outlook-year-of-meetings.ics", null, null);

        assertEquals(LocalDate.of(2026, 1, 5), read.from());
        assertEquals(LocalDate.of(2027, 1, 3), read.to(), "the last of the 364 daily recording slots");
        assertEquals(List.of(), read.remarks());
    }

    @Test
    void aYearOfWeeklyAndDailyMeetingsGivesEveryOccurrenceOnce() throws IOException {
        CalendarRead read = read("outlook-year-of-meetings.ics", null, null);

        Map<String, Long> perSeries = read.events().stream()
                .collect(Collectors.groupingBy(e -> e.title().replaceAll(" \\(.*\\)$", ""), Collectors.counting()));
        assertEquals(Map.of("Team meeting", 50L, "Supervision", 50L, "Duty team huddle", 52L,
                "Morning check-in", 257L, "End-of-day case recording", 362L), perSeries);
        assertEquals(771, read.events().size());
        assertEquals(Map.of(CalendarSkip.CANCELLED, 1), read.skipped());
        assertEquals(read.events().size(), read.events().stream().map(e -> List.of(e.uid(), e.recurrenceId())).distinct().count(),
                "(uid, recurrenceId) names each occurrence once");
    }

    @Test
    void defaultRangeIsAtMostTheYearUpToTheLastEvent() throws IOException {
        CalendarRead read = readText(calendar(
                event("old@example.org", "Home visit", "DTSTART:20240501T090000Z\nDTEND:20240501T100000Z"),
                event("recent@example.org", "Home visit", "DTSTART:20261120T090000Z\nDTEND:20261120T100000Z")));

        assertEquals(LocalDate.of(2025, 11, 21), read.from());
        assertEquals(LocalDate.of(2026, 11, 20), read.to());
        assertEquals(List.of("recent@example.org"), read.events().stream().map(CalendarEvent::uid).toList());
        assertEquals(List.of("Only the year up to 2026-11-20 was read; use --from and --to for more."), read.remarks());
    }

    @Test
    void endlessRepeatIsExpandedOnlyWithinTheRange() throws IOException {
        String weekly = event("weekly@example.org", "Supervision",
                "DTSTART;TZID=Europe/London:20250106T100000\nDTEND;TZID=Europe/London:20250106T110000\nRRULE:FREQ=WEEKLY");
        CalendarRead read = readText(calendar(weekly,
                event("single@example.org", "Home visit", "DTSTART:20260302T090000Z\nDTEND:20260302T100000Z")));

        assertEquals(LocalDate.of(2025, 3, 3), read.from());
        assertEquals(LocalDate.of(2026, 3, 2), read.to());
        assertEquals(53, read.events().stream().filter(e -> e.uid().equals("weekly@example.org")).count());
    }

    @Test
    void calendarWithOnlyEndlessRepeatsIsReadForTheYearFromItsFirstEvent() throws IOException {
        CalendarRead read = readText(calendar(event("weekly@example.org", "Supervision",
                "DTSTART;TZID=Europe/London:20260105T100000\nDTEND;TZID=Europe/London:20260105T110000\nRRULE:FREQ=WEEKLY")));

        assertEquals(LocalDate.of(2026, 1, 5), read.from());
        assertEquals(LocalDate.of(2027, 1, 4), read.to());
        assertEquals(53, read.events().size(), "every Monday from 5 January 2026 to 4 January 2027");
        assertEquals(List.of("The calendar has only repeating events without an end; the year 2026-01-05 to"
                + " 2027-01-04 was read; use --from and --to for other dates."), read.remarks());
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({
            "2026-06-01,          , 2026-06-01, 2026-12-03", // to: the last finite event
            "2025-01-01,          , 2025-01-01, 2025-12-31", // at most a year
            "          , 2026-04-30, 2026-03-02, 2026-04-30", // from: the first event
            "          , 2027-12-31, 2027-01-01, 2027-12-31", // at most a year
    })
    void oneEndOfTheRangeMayBeGivenAndTheOtherComesFromTheFile(LocalDate from, LocalDate to,
                                                               LocalDate readFrom, LocalDate readTo) throws IOException {
        CalendarRead read = read("google-europe-london.ics", from, to);

        assertEquals(readFrom, read.from());
        assertEquals(readTo, read.to());
    }

    @Test
    void rangeThatEndsBeforeItStartsIsRefused() {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> read("google-europe-london.ics", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)));

        assertTrue(refused.getMessage().contains("google-europe-london.ics"), refused.getMessage());
    }

    @Test
    void calendarWithoutEventsGivesNothingAndSaysSo() throws IOException {
        CalendarRead read = readText(calendar());

        assertEquals(List.of(), read.events());
        assertNull(read.from());
        assertNull(read.to());
        assertEquals(List.of("The calendar has no events."), read.remarks());
    }

    // ---- recurrence details ical4j leaves to its caller ---------------------------------------------------------

    @Test
    void exdateWrittenInUtcRemovesTheOccurrenceOfAZonedSeries() throws IOException {
        CalendarRead read = readText(calendar(event("series@example.org", "Supervision",
                "DTSTART;TZID=Europe/London:20260701T100000\nDTEND;TZID=Europe/London:20260701T110000\n"
                        + "RRULE:FREQ=WEEKLY;COUNT=3\nEXDATE:20260708T090000Z")));

        assertEquals(List.of("2026-07-01T10:00", "2026-07-15T10:00"), starts(read));
    }

    @Test
    void rdateAddsOccurrencesWithTheSeriesLength() throws IOException {
        CalendarRead read = readText(calendar(event("series@example.org", "Supervision",
                "DTSTART;TZID=Europe/London:20260701T100000\nDTEND;TZID=Europe/London:20260701T110000\n"
                        + "RRULE:FREQ=WEEKLY;COUNT=2\nRDATE;TZID=Europe/London:20260703T150000,20260704T090000")));

        assertEquals(List.of("2026-07-01T10:00", "2026-07-03T15:00", "2026-07-04T09:00", "2026-07-08T10:00"), starts(read));
        assertTrue(read.events().stream().allMatch(e -> length(e).equals(Duration.ofHours(1))));
    }

    @Test
    void occurrenceAtATimeTheClocksSkipMovesOnByTheGap() throws IOException {
        CalendarRead read = readText(calendar(event("night@example.org", "Night duty",
                "DTSTART;TZID=Europe/London:20260322T013000\nDTEND;TZID=Europe/London:20260322T023000\n"
                        + "RRULE:FREQ=WEEKLY;COUNT=2")));

        assertEquals(List.of("2026-03-22T01:30", "2026-03-29T02:30"), starts(read), "01:30 does not exist on 29 March");
    }

    @Test
    void untilWrittenAsADayIncludesThatWholeDay() throws IOException {
        CalendarRead read = readText(calendar(event("series@example.org", "Supervision",
                "DTSTART;TZID=Europe/London:20260701T100000\nDTEND;TZID=Europe/London:20260701T110000\n"
                        + "RRULE:FREQ=WEEKLY;UNTIL=20260715")));

        assertEquals(List.of("2026-07-01T10:00", "2026-07-08T10:00", "2026-07-15T10:00"), starts(read));
    }

    @Test
    void seriesWithMoreOccurrencesInTheRangeThanAnyDiaryNeedsIsCutAndTheUserTold() throws IOException {
        String hourly = calendar(event("hourly@example.org", "Check the duty inbox",
                "DTSTART:20250101T000000Z\nDTEND:20250101T001500Z\nRRULE:FREQ=HOURLY"));

        CalendarRead read = CalendarReader.read(new ByteArrayInputStream(hourly.getBytes(StandardCharsets.UTF_8)),
                "test.ics", LONDON, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));

        assertEquals(EventSeries.MOST_IN_RANGE, read.events().size());
        assertEquals(List.of("The repeating event \"Check the duty inbox\" repeats more than 20000 times in the range;"
                + " only the first 20000 were read."), read.remarks());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=15", "FREQ=DAILY;BYMINUTE=0,30", "FREQ=DAILY;COUNT=0",
            "FREQ=DAILY;INTERVAL=100000"})
    void rulesNoCalendarProgramWritesAreNotExpanded(String rule) throws IOException {
        CalendarRead read = readText(calendar(event("odd@example.org", "Odd", "DTSTART:19000101T000000Z\n"
                + "DTEND:19000101T000100Z\nRRULE:" + rule),
                event("plain@example.org", "Home visit", "DTSTART:20260701T100000Z\nDTEND:20260701T110000Z")));

        assertEquals(List.of("plain@example.org"), read.events().stream().map(CalendarEvent::uid).toList());
        assertEquals(Map.of(CalendarSkip.NO_END_OR_BAD_TIMES, 1), read.skipped());
    }

    @Test
    void outlookAllDayFlagMakesATimedEventAllDay() throws IOException {
        CalendarRead read = readText(calendar(event("leave@example.org", "Annual leave",
                "DTSTART;TZID=Europe/London:20260701T000000\nDTEND;TZID=Europe/London:20260702T000000\n"
                        + "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")));

        assertEquals(List.of(), read.events());
        assertEquals(Map.of(CalendarSkip.ALL_DAY, 1), read.skipped());
    }

    @Test
    void unusableVtimezoneFallsBackToItsName() throws IOException {
        String zone = """
                BEGIN:VTIMEZONE
                TZID:W. Europe Standard Time
                BEGIN:STANDARD
                DTSTART:16011025T030000
                RRULE:FREQ=SECONDLY
                TZOFFSETFROM:+0200
                TZOFFSETTO:+0100
                END:STANDARD
                END:VTIMEZONE
                """;
        CalendarRead read = readText(calendar(zone + event("call@example.org", "Call",
                "DTSTART;TZID=\"W. Europe Standard Time\":20260701T100000\n"
                        + "DTEND;TZID=\"W. Europe Standard Time\":20260701T110000")));

        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), read.events().get(0).start());
    }

    @Test
    void sameEventTwiceIsReadOnceAsItsLatestSequence() throws IOException {
        CalendarRead read = readText(calendar(
                event("twice@example.org", "Home visit", "SEQUENCE:2\nDTSTART:20260701T100000Z\nDTEND:20260701T110000Z"),
                event("twice@example.org", "Home visit (old time)", "SEQUENCE:1\nDTSTART:20260701T090000Z\nDTEND:20260701T100000Z")));

        assertEquals(List.of("Home visit"), read.events().stream().map(CalendarEvent::title).toList());
    }

    @Test
    void fileWithTwoCalendarsGivesTheEventsOfBoth() throws IOException {
        String text = calendar(event("a@example.org", "Home visit", "DTSTART:20260701T100000Z\nDTEND:20260701T110000Z"))
                + calendar(event("b@example.org", "Case recording", "DTSTART:20260702T100000Z\nDTEND:20260702T110000Z"));

        assertEquals(List.of("a@example.org", "b@example.org"),
                readText(text).events().stream().map(CalendarEvent::uid).toList());
    }

    @Test
    void utf16FileWithAByteOrderMarkIsRead() throws IOException {
        byte[] text = new String(bytes("google-europe-london.ics"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);

        CalendarRead read = CalendarReader.read(new ByteArrayInputStream(text), "utf16.ics", LONDON, JAN_1, DEC_31);

        assertEquals(read("google-europe-london.ics", JAN_1, DEC_31).events(), read.events());
    }

    // ---- privacy, and what every reader of the result may rely on -------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"outlook-gmt-standard-time.ics", "google-europe-london.ics", "apple-floating-utc-lf-bom.ics",
            "outlook-year-of-meetings.ics"})
    void descriptionsLocationsAttendeesOrganisersAndAttachmentsAreNeverRead(String fixture) throws IOException {
        assertTrue(new String(bytes(fixture), StandardCharsets.UTF_8).contains("PRIVATE-DESCRIPTION-TEXT"), "the fixture has them");

        String everything = read(fixture, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)).toString();

        assertAll(List.of("PRIVATE-", "agenda", "Room 2", "example.org/", "mailto", "Google Meet", "html", "Reminder")
                .stream().map(marker -> () -> assertFalse(everything.contains(marker), marker + " leaked")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"outlook-gmt-standard-time.ics", "outlook-windows-zones.ics",
            "outlook-windows-zones-without-vtimezone.ics", "outlook-year-of-meetings.ics", "google-europe-london.ics",
            "apple-floating-utc-lf-bom.ics", "skips.ics"})
    void everyEventReadCanBecomeABlockAndEventsComeInStartOrder(String fixture) throws IOException {
        CalendarRead read = read(fixture, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));

        for (CalendarEvent event : read.events()) {
            Block.create(event.start(), event.end(), LONDON, WorkKind.MEETINGS, event.title(), null);
        }
        List<Instant> starts = read.events().stream().map(CalendarEvent::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
    }

    @Test
    void readingLeavesJavasListOfZonesAlone() throws IOException {
        for (String fixture : FIXTURES) {
            read(fixture, null, null);
        }

        assertTrue(ZoneId.getAvailableZoneIds().stream().noneMatch(id -> id.startsWith("ical4j")),
                "ical4j's zone registry adds 1,500 made-up ids to java.time; the reader does not use it");
    }

    // ---- files that are not calendars ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "random-bytes.bin | random-bytes.bin is not an iCalendar (.ics) file",
            "blocks.csv       | blocks.csv is not an iCalendar (.ics) file",
            "cut-off.ics      | cut-off.ics ends in the middle of the calendar at line ",
    })
    void fileThatIsNotACalendarIsRefusedWithItsName(String fixture, String message) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> read(fixture, null, null));

        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", " \r\n\r\n", "BEGIN:VCALENDAR", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID:20260701T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "BEGIN:VCARD\r\nFN:Someone\r\nEND:VCARD\r\n",
            "END:VCALENDAR\r\n", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"})
    void brokenTextIsRefusedWithTheFilesName(String text) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> readText(text));

        assertTrue(refused.getMessage().startsWith("test.ics "), refused.getMessage());
    }

    @Test
    void componentsNestedWithoutEndAreRefusedNotAStackOverflow() {
        String deep = "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n".repeat(50_000) + "END:VCALENDAR\r\n";

        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> readText(deep));

        assertTrue(refused.getMessage().contains("line 12"), refused.getMessage());
    }

    // found by CalendarImportFuzzTest: the parser's own words ("Expected [VALARM], read [VEVENT]", "Expected [58],
    // read [10]") were passed on to the user
    @Test
    void parserComplaintsAreSaidInPlainWords() {
        assertRefusedWith("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                "(\"VEVENT\" where \"VALARM\" was expected: a BEGIN or END line is missing, or does not match)");
        assertEquals("expected ':' (between a name and its value) but found the end of the line: a line is broken, or "
                + "folded wrongly", CalendarReader.plainWords("Expected [58], read [10]"));
        assertEquals("expected a word but found the end of the file: a line is broken, or folded wrongly",
                CalendarReader.plainWords("Expected [-3], read [-1]"));
    }

    private static void assertRefusedWith(String text, String ending) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> readText(text));

        assertTrue(refused.getMessage().startsWith("test.ics cannot be read as a calendar: the text at line "),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith(ending), refused.getMessage());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static CalendarRead read(String fixture, LocalDate from, LocalDate to) throws IOException {
        try (InputStream in = open(fixture)) {
            return CalendarReader.read(in, fixture, LONDON, from, to);
        }
    }

    static InputStream open(String fixture) {
        return Objects.requireNonNull(CalendarReaderTest.class.getResourceAsStream("/calendars/" + fixture), fixture);
    }

    static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = open(fixture)) {
            return in.readAllBytes();
        }
    }

    private static CalendarRead readText(String text) throws IOException {
        return CalendarReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.ics", LONDON, null, null);
    }

    private static String calendar(String... events) {
        return ("BEGIN:VCALENDAR\nPRODID:-//Direct Work Diary tests//EN\nVERSION:2.0\n" + String.join("", events)
                + "END:VCALENDAR\n").replace("\n", "\r\n");
    }

    private static String event(String uid, String summary, String lines) {
        return "BEGIN:VEVENT\n" + (uid == null ? "" : "UID:" + uid + "\n") + "DTSTAMP:20261120T090000Z\nSUMMARY:" + summary
                + "\n" + lines + "\nEND:VEVENT\n";
    }

    private static CalendarEvent on(CalendarRead read, String title, LocalDate day) {
        return read.events().stream().filter(e -> title.equals(e.title()) && e.start().atZone(LONDON).toLocalDate().equals(day))
                .findFirst().orElseThrow(() -> new AssertionError("no \"" + title + "\" on " + day + " in " + read.events()));
    }

    private static CalendarEvent byUid(CalendarRead read, String uid) {
        return read.events().stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + uid + " in " + read.events()));
    }

    private static List<String> starts(CalendarRead read) {
        return read.events().stream().map(e -> local(e.start())).toList();
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, LONDON).toString();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static Duration length(CalendarEvent event) {
        return Duration.between(event.start(), event.end());
    }
}
