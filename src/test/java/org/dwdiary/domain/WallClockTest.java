package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.dwdiary.domain.London.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WallClockTest {

    @ParameterizedTest(name = "{0} {1}–{2} is {3} to {4}")
    @CsvSource({
            "2026-03-02, 09:00, 10:30, 2026-03-02T09:00:00Z, 2026-03-02T10:30:00Z",
            "2026-07-01, 09:00, 10:30, 2026-07-01T08:00:00Z, 2026-07-01T09:30:00Z",
            // an end earlier than the start is on the next day
            "2026-03-02, 22:00, 01:30, 2026-03-02T22:00:00Z, 2026-03-03T01:30:00Z",
            "2026-03-02, 23:59, 00:00, 2026-03-02T23:59:00Z, 2026-03-03T00:00:00Z",
            "2026-12-31, 23:00, 01:00, 2026-12-31T23:00:00Z, 2027-01-01T01:00:00Z",
            // across the spring-forward gap: 90 minutes
            "2026-03-29, 00:30, 03:00, 2026-03-29T00:30:00Z, 2026-03-29T02:00:00Z",
            // across the repeated hour: 180 minutes
            "2026-10-25, 00:30, 02:30, 2026-10-24T23:30:00Z, 2026-10-25T02:30:00Z",
            // Saturday night into the short Sunday
            "2026-03-28, 23:00, 02:30, 2026-03-28T23:00:00Z, 2026-03-29T01:30:00Z",
    })
    void spanWrittenOnTheWallClockBecomesInstants(LocalDate day, LocalTime from, LocalTime to,
                                                  Instant start, Instant end) {
        Instant[] span = WallClock.span(day, from, to, ZONE);

        assertEquals(start, span[0]);
        assertEquals(end, span[1]);
    }

    @ParameterizedTest(name = "{0} {1}–{2} is refused")
    @CsvSource({
            "2026-03-29, 01:30, 03:00, 01:30 on Sun 29 Mar 2026 does not exist in Europe/London",
            "2026-03-29, 01:00, 03:00, 01:00 on Sun 29 Mar 2026 does not exist in Europe/London",
            "2026-03-29, 00:30, 01:59, 01:59 on Sun 29 Mar 2026 does not exist in Europe/London",
            // 23:00 to 01:15 ends on the Sunday, inside the gap
            "2026-03-28, 23:00, 01:15, 01:15 on Sun 29 Mar 2026 does not exist in Europe/London",
    })
    void timeTheClocksSkipIsRefused(LocalDate day, LocalTime from, LocalTime to, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> WallClock.span(day, from, to, ZONE));

        assertEquals(expected + ": the clocks went forward past it", refused.getMessage());
    }

    @Test
    void timeThatHappensTwiceMeansItsFirstOccurrence() {
        Instant first = WallClock.instant(LocalDateTime.parse("2026-10-25T01:30"), ZONE);

        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), first);
        assertEquals("2026-10-25T01:30+01:00", first.atZone(ZONE).toOffsetDateTime().toString());
    }

    @Test
    void spanIntoTheRepeatedHourEndsAtItsFirstOccurrence() {
        Instant[] span = WallClock.span(LocalDate.of(2026, 10, 25), LocalTime.of(0, 30), LocalTime.of(1, 30), ZONE);

        assertEquals(60, java.time.Duration.between(span[0], span[1]).toMinutes());
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "2026-05-11T08:30:00Z, 2026-05-11T09:30",
            "2026-03-02T09:30:00Z, 2026-03-02T09:30",
            // around the spring-forward gap every local time is unique
            "2026-03-29T00:59:00Z, 2026-03-29T00:59",
            "2026-03-29T01:00:00Z, 2026-03-29T02:00",
            // the repeated hour: the offset tells which 01:30 it was
            "2026-10-25T00:00:00Z, 2026-10-25T01:00+01:00",
            "2026-10-25T00:30:00Z, 2026-10-25T01:30+01:00",
            "2026-10-25T01:00:00Z, 2026-10-25T01:00+00:00",
            "2026-10-25T01:30:00Z, 2026-10-25T01:30+00:00",
            "2026-10-25T01:59:00Z, 2026-10-25T01:59+00:00",
            "2026-10-24T23:59:00Z, 2026-10-25T00:59",
            "2026-10-25T02:00:00Z, 2026-10-25T02:00",
    })
    void fileTimeCarriesAnOffsetOnlyWhenTheWallClockTimeHappensTwice(Instant instant, String expected) {
        assertEquals(expected, WallClock.isoLocal(instant, ZONE));
    }

    @ParameterizedTest(name = "every minute from {0} reads back")
    @CsvSource({"2026-10-24T22:00:00Z", "2026-03-28T22:00:00Z", "2026-06-30T22:00:00Z"})
    void fileTimeReadsBackToTheSameInstantAroundClockChanges(Instant from) {
        for (Instant instant = from; instant.isBefore(from.plusSeconds(6 * 3600)); instant = instant.plusSeconds(60)) {
            String text = WallClock.isoLocal(instant, ZONE);

            Instant back = text.length() > 16
                    ? java.time.OffsetDateTime.parse(text).toInstant()
                    : WallClock.instant(LocalDateTime.parse(text), ZONE);

            assertEquals(instant, back, text);
        }
    }

    @Test
    void fileTimeInAZoneWithoutClockChangesNeverCarriesAnOffset() {
        assertEquals("2026-10-25T01:30", WallClock.isoLocal(Instant.parse("2026-10-25T01:30:00Z"), ZoneId.of("UTC")));
    }
}
