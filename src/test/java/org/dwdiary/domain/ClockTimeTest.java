package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockTimeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "9,          09:00",
            "09,         09:00",
            "0,          00:00",
            "12,         12:00",
            "23,         23:00",
            "9:30,       09:30",
            "09:30,      09:30",
            "9.30,       09:30",
            "0930,       09:30",
            "930,        09:30",
            "1745,       17:45",
            "0000,       00:00",
            "00:00,      00:00",
            "23:59,      23:59",
            "14:00,      14:00",
            "'  14:00 ', 14:00",
            "9am,        09:00",
            "9 am,       09:00",
            "9AM,        09:00",
            "12am,       00:00",
            "12:30am,    00:30",
            "12pm,       12:00",
            "12:15pm,    12:15",
            "1pm,        13:00",
            "2pm,        14:00",
            "2PM,        14:00",
            "2 pm,       14:00",
            "2:15pm,     14:15",
            "2.15pm,     14:15",
            "11:59pm,    23:59",
            "930pm,      21:30",
            "0930am,     09:30",
    })
    void timeIsReadAsPeopleTypeIt(String text, LocalTime expected) {
        assertEquals(expected, ClockTime.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"25:00", "24:00", "9:60", "13pm", "0am", "00pm", "abc", "", "   ", "9:5", "9:", ":30",
            "9:30:00", "99", "12345", "2400", "-1", "9 o'clock", "half nine", "9:30 p.m.", "1 2", "9h30"})
    void textThatIsNotATimeIsRefusedQuotingIt(String text) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> ClockTime.parse(text));

        assertTrue(refused.getMessage().startsWith("\"" + text + "\" is not a time of day"), refused.getMessage());
        assertTrue(refused.getMessage().contains("9:30, 14:00 or 2pm"), refused.getMessage());
    }

    @Test
    void everyTimeTheAppShowsReadsBack() {
        for (LocalTime time = LocalTime.MIDNIGHT; ; time = time.plusMinutes(1)) {
            assertEquals(time, ClockTime.parse(DisplayFormats.TIME.format(time)));
            if (time.equals(LocalTime.of(23, 59))) {
                break;
            }
        }
    }

    @Test
    void missingTimeIsRefused() {
        assertThrows(InputRefusedException.class, () -> ClockTime.parse(null));
    }
}
