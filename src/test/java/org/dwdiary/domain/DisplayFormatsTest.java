package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayFormatsTest {

    @ParameterizedTest(name = "{0} minutes is {1}")
    @CsvSource({
            "0,     0:00",
            "5,     0:05",
            "59,    0:59",
            "60,    1:00",
            "90,    1:30",
            "1439,  23:59",
            "2700,  45:00",
            "3005,  50:05",
            "-15,   -0:15",
            "-90,   -1:30",
            "-600,  -10:00",
    })
    void minutesAreShownAsHoursAndMinutes(long minutes, String expected) {
        assertEquals(expected, DisplayFormats.hoursMinutes(minutes));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(value = {"0.0, 0%", "0.25, 25%", "0.184, 18%", "0.125, 13%", "1.0, 100%", "NULL, –"}, nullValues = "NULL")
    void shareIsAWholePercentageOrADash(Double share, String expected) {
        assertEquals(expected, DisplayFormats.percent(share));
    }

    @ParameterizedTest(name = "{0} to {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-02T09:00 | 2026-03-02T10:30 | Mon 2 Mar 2026 09:00–10:30",
            "2026-03-02T22:00 | 2026-03-03T01:30 | Mon 2 Mar 2026 22:00–Tue 3 Mar 01:30",
            "2026-07-01T09:00 | 2026-07-01T17:00 | Wed 1 Jul 2026 09:00–17:00",
    })
    void spanNamesTheDayAndAddsTheEndDayOnlyWhenItDiffers(String start, String end, String expected) {
        assertEquals(expected, DisplayFormats.span(at(start), at(end), ZONE));
    }

    @Test
    void dayIsWrittenTheBritishWay() {
        assertEquals("Sun 25 Oct 2026", DisplayFormats.day(java.time.LocalDate.of(2026, 10, 25)));
    }
}
