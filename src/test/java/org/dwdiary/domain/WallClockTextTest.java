package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quick wall-clock text of an export is the same, character for character, as {@link WallClock#isoLocal}
 * and the local day: otherwise an exported file would show other times, or not import back to the same blocks.
 */
class WallClockTextTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Europe/London", "Europe/Dublin", "America/New_York", "America/St_Johns",
            "Australia/Lord_Howe", "Antarctica/Troll", "Pacific/Apia", "Asia/Kolkata", "UTC", "+05:45", "-09:30"})
    void writesWhatWallClockWritesAcrossClockChanges(String zoneText) {
        ZoneId zone = ZoneId.of(zoneText);
        // Every 7 minutes through the years around clock changes, in time order as an export goes…
        List<Instant> instants = new ArrayList<>();
        for (long second = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
             second < Instant.parse("2012-06-01T00:00:00Z").getEpochSecond(); second += 7 * 60) {
            instants.add(Instant.ofEpochSecond(second));
        }
        WallClockText text = new WallClockText(zone);
        for (Instant instant : instants) {
            assertSame(text, instant, zone);
        }
        // …and at random over three centuries, in no order.
        Random random = new Random(zoneText.hashCode());
        long first = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        instants.clear();
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)) / 60 * 60));
        }
        Collections.shuffle(instants, random);
        for (Instant instant : instants) {
            assertSame(text, instant, zone);
        }
    }

    @Test
    void theHourLondonsClocksGoBackIsWrittenWithItsOffsetBothTimes() {
        WallClockText text = new WallClockText(ZoneId.of("Europe/London"));

        assertEquals("2026-10-25T00:59", text.isoLocal(Instant.parse("2026-10-24T23:59:00Z")));
        assertEquals("2026-10-25T01:00+01:00", text.isoLocal(Instant.parse("2026-10-25T00:00:00Z")));
        assertEquals("2026-10-25T01:59+01:00", text.isoLocal(Instant.parse("2026-10-25T00:59:00Z")));
        assertEquals("2026-10-25T01:00+00:00", text.isoLocal(Instant.parse("2026-10-25T01:00:00Z")));
        assertEquals("2026-10-25T01:59+00:00", text.isoLocal(Instant.parse("2026-10-25T01:59:00Z")));
        assertEquals("2026-10-25T02:00", text.isoLocal(Instant.parse("2026-10-25T02:00:00Z")));
        assertEquals("2026-03-29T00:59", text.isoLocal(Instant.parse("2026-03-29T00:59:00Z")));
        assertEquals("2026-03-29T02:00", text.isoLocal(Instant.parse("2026-03-29T01:00:00Z")));
    }

    @Test
    void yearsOutsideFourDigitsAreWrittenAsTheSlowWayWritesThem() {
        ZoneId london = ZoneId.of("Europe/London");
        WallClockText text = new WallClockText(london);
        for (String instant : List.of("0999-12-31T23:30:00Z", "1000-01-01T00:30:00Z", "0500-06-01T12:00:00Z",
                "9999-12-31T22:00:00Z", "+10000-01-01T10:00:00Z", "1969-12-31T23:59:00Z", "1970-01-01T00:00:00Z")) {
            assertSame(text, Instant.parse(instant), london);
        }
        WallClockText utc = new WallClockText(ZoneOffset.UTC);
        assertSame(utc, Instant.parse("9999-12-31T23:59:00Z"), ZoneOffset.UTC);
        assertEquals("1999-12-31", utc.date(Instant.parse("1999-12-31T23:59:00Z")));
    }

    private static void assertSame(WallClockText text, Instant instant, ZoneId zone) {
        assertEquals(WallClock.isoLocal(instant, zone), text.isoLocal(instant), () -> instant + " in " + zone);
        assertEquals(instant.atZone(zone).toLocalDate().toString(), text.date(instant), () -> instant + " in " + zone);
    }
}
