package org.dwdiary.io;

import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.InputRefusedException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A calendar is read as a stream and only the events that may fall in the days read are kept: these are the
 * cases where that could go wrong (a revision or a time zone that comes later in the file), and the bounds.
 */
class CalendarReaderStreamingTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String ZONE = """
            BEGIN:VTIMEZONE
            TZID:Office time
            BEGIN:STANDARD
            DTSTART:16010101T000000
            TZOFFSETFROM:+0300
            TZOFFSETTO:+0300
            END:STANDARD
            END:VTIMEZONE
            """;

    private static CalendarRead read(String body, LocalDate from, LocalDate to) throws IOException {
        String text = ("BEGIN:VCALENDAR\nPRODID:-//tests//EN\nVERSION:2.0\n" + body + "END:VCALENDAR\n").replace("\n", "\r\n");
        return CalendarReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "work.ics", LONDON,
                from, to);
    }

    private static String event(String uid, int sequence, String start, String end, String title) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nSEQUENCE:" + sequence + "\nDTSTAMP:20260301T090000Z\nDTSTART:" + start
                + "\nDTEND:" + end + "\nSUMMARY:" + title + "\nEND:VEVENT\n";
    }

    @Test
    void timeZoneDefinedAfterTheEventsIsStillTheirs() throws IOException {
        String events = "BEGIN:VEVENT\nUID:a\nDTSTAMP:20260301T090000Z\nDTSTART;TZID=Office time:20260302T120000\n"
                + "DTEND;TZID=Office time:20260302T130000\nSUMMARY:Panel\nEND:VEVENT\n";

        CalendarRead read = read(events + ZONE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertEquals(List.of(Instant.parse("2026-03-02T09:00:00Z")), read.events().stream().map(CalendarEvent::start).toList(),
                "12:00 in the file's own +03:00 zone, defined at the end of the file");
        assertEquals(List.of(), read.remarks());
    }

    @Test
    void laterRevisionMovedOutOfTheDaysReadTakesTheEventOut() throws IOException {
        String moved = event("m", 0, "20260302T090000Z", "20260302T100000Z", "Visit")
                + event("m", 1, "20260602T090000Z", "20260602T100000Z", "Visit");
        String movedFirst = event("m", 1, "20260602T090000Z", "20260602T100000Z", "Visit")
                + event("m", 0, "20260302T090000Z", "20260302T100000Z", "Visit");

        for (String body : List.of(moved, movedFirst)) {
            CalendarRead read = read(body, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

            assertEquals(List.of(), read.events(), "the highest SEQUENCE is the event, wherever it is in the file");
        }
    }

    @Test
    void laterRevisionMovedIntoTheDaysReadIsRead() throws IOException {
        String body = event("m", 0, "20250302T090000Z", "20250302T100000Z", "Visit")
                + event("m", 1, "20260302T090000Z", "20260302T100000Z", "Visit moved");

        CalendarRead read = read(body, null, LocalDate.of(2026, 3, 31));

        assertEquals(List.of("Visit moved"), read.events().stream().map(CalendarEvent::title).toList());
    }

    @Test
    void changedOccurrenceOfASeriesStartedLongBeforeIsRead() throws IOException {
        String body = "BEGIN:VEVENT\nUID:s\nDTSTAMP:20260301T090000Z\nDTSTART:20200106T090000Z\nDTEND:20200106T100000Z\n"
                + "RRULE:FREQ=WEEKLY\nSUMMARY:Team\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20260302T090000Z\nDTSTAMP:20260301T090000Z\n"
                + "DTSTART:20260302T140000Z\nDTEND:20260302T150000Z\nSUMMARY:Team (moved)\nEND:VEVENT\n";

        CalendarRead read = read(body, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));

        assertEquals(List.of("Team (moved)"), read.events().stream().map(CalendarEvent::title).toList());
        assertEquals(Instant.parse("2026-03-02T14:00:00Z"), read.events().get(0).start());
    }

    /** {@code count} one-hour events on weekdays from 2000 on, made as the stream is read, never held whole. */
    private static InputStream manyEvents(int count, int perDay) {
        Enumeration<InputStream> parts = new Enumeration<>() {
            int made = -1;

            @Override
            public boolean hasMoreElements() {
                return made <= count;
            }

            @Override
            public InputStream nextElement() {
                String text;
                if (made == -1) {
                    text = "BEGIN:VCALENDAR\r\nPRODID:-//tests//EN\r\nVERSION:2.0\r\n";
                } else if (made == count) {
                    text = "END:VCALENDAR\r\n";
                } else {
                    LocalDateTime start = LocalDate.of(2000, 1, 3).plusDays(made / perDay).atTime(8, 0)
                            .plusMinutes(30L * (made % perDay));
                    text = ("BEGIN:VEVENT\nUID:event-" + made + "@example.org\nDTSTAMP:20260301T090000Z\nDTSTART:"
                            + STAMP.format(start) + "Z\nDURATION:PT30M\nSUMMARY:Meeting " + (made % 40)
                            + "\nDESCRIPTION:" + "Words never read. ".repeat(8) + "\nEND:VEVENT\n").replace("\n", "\r\n");
                }
                made++;
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }

    @Test
    void calendarWithMoreEventsThanAreEverKeptIsReadForTheDaysAsked() throws IOException {
        int count = 40_000; // 20 a day from 3 January 2000 to June 2005, with room kept for a year's 7,320

        CalendarRead read = CalendarReader.read(manyEvents(count, 20), "years.ics", LONDON, null, LocalDate.of(2004, 12, 31),
                7_500);

        assertEquals(LocalDate.of(2004, 1, 1), read.from(), "a year back from the day given");
        assertEquals(366 * 20, read.events().size(), "the year's events, and no others, were kept");
        assertTrue(read.remarks().contains("Only the year from 2004-01-01 to 2004-12-31 was read; use --from for more."),
                read.remarks().toString());
    }

    @Test
    void moreEventsInTheDaysAskedThanAnyoneWorksIsRefused() {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CalendarReader.read(
                manyEvents(2_001, 20), "busy.ics", LONDON, LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31), 2_000));

        assertEquals("busy.ics has more than 2,000 events between 2000-01-01 and 2009-12-31, more than anyone's "
                + "working days hold; read fewer days at a time (--from and --to)", refused.getMessage());
    }

    @Test
    void repeatsBeyondTheMostKeptAreRefusedToo() {
        String daily = "BEGIN:VEVENT\nUID:d\nDTSTAMP:20260301T090000Z\nDTSTART:20200101T090000Z\nDURATION:PT30M\n"
                + "RRULE:FREQ=DAILY\nSUMMARY:Duty\nEND:VEVENT\n";
        String text = ("BEGIN:VCALENDAR\nVERSION:2.0\n" + daily.repeat(3) .replace("UID:d", "UID:d1")
                + "END:VCALENDAR\n").replace("\n", "\r\n");

        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CalendarReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "duty.ics", LONDON,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 300));

        assertTrue(refused.getMessage().startsWith("duty.ics has more than 300 events between 2026-01-01 and 2026-12-31"),
                refused.getMessage());
    }
}
