package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.at;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuickAddParserTest {
    /** Wednesday 4 March 2026, 14:07 and some seconds, in London. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 4, 14, 7, 42, 0, ZONE);
    private static final Map<String, WorkKind> REMEMBERED = Map.of(
            "Panel prep", WorkKind.RECORDING,      // the keyword "panel" says meetings
            "Travel to visit", WorkKind.TRAVEL,    // the keywords would ask: travel or direct?
            "Family time", WorkKind.DIRECT);       // no keyword at all

    private final QuickAddParser parser = new QuickAddParser(KindRules.defaults(),
            activity -> Optional.ofNullable(REMEMBERED.get(activity)));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                          | start                  | end                    | kind      | source     | activity                  | note
            # time forms
            9-10:30 Home visit                              | 2026-03-04T09:00       | 2026-03-04T10:30       | DIRECT    | KEYWORD    | Home visit                | -
            9:30-10:30 Case notes                           | 2026-03-04T09:30       | 2026-03-04T10:30       | RECORDING | KEYWORD    | Case notes                | -
            09:30-11:00 Emails                              | 2026-03-04T09:30       | 2026-03-04T11:00       | RECORDING | KEYWORD    | Emails                    | -
            9.30-10 Team meeting                            | 2026-03-04T09:30       | 2026-03-04T10:00       | MEETINGS  | KEYWORD    | Team meeting              | -
            0930-1045 Supervision                           | 2026-03-04T09:30       | 2026-03-04T10:45       | MEETINGS  | KEYWORD    | Supervision               | -
            9am-11am School visit                           | 2026-03-04T09:00       | 2026-03-04T11:00       | DIRECT    | KEYWORD    | School visit              | -
            2pm-3:30pm Strategy discussion                  | 2026-03-04T14:00       | 2026-03-04T15:30       | MEETINGS  | KEYWORD    | Strategy discussion       | -
            2:15pm-3PM Court statement                      | 2026-03-04T14:15       | 2026-03-04T15:00       | RECORDING | KEYWORD    | Court statement           | -
            14:00-15:00 Panel                               | 2026-03-04T14:00       | 2026-03-04T15:00       | MEETINGS  | KEYWORD    | Panel                     | -
            9:00 - 10:30 Home visit                         | 2026-03-04T09:00       | 2026-03-04T10:30       | DIRECT    | KEYWORD    | Home visit                | -
            9 am - 10 am Home visit                         | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            9–10:30 Home visit                              | 2026-03-04T09:00       | 2026-03-04T10:30       | DIRECT    | KEYWORD    | Home visit                | -
            '  9-10   Home    visit  '                      | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            # an end earlier than the start is on the next day
            22:00-01:30 Assessment write-up                 | 2026-03-04T22:00       | 2026-03-05T01:30       | RECORDING | KEYWORD    | Assessment write-up       | -
            11:30pm-12:15am Emails                          | 2026-03-04T23:30       | 2026-03-05T00:15       | RECORDING | KEYWORD    | Emails                    | -
            # a start and a length of elapsed time
            9:30+90m Case notes                             | 2026-03-04T09:30       | 2026-03-04T11:00       | RECORDING | KEYWORD    | Case notes                | -
            9:30+1h30 Case notes                            | 2026-03-04T09:30       | 2026-03-04T11:00       | RECORDING | KEYWORD    | Case notes                | -
            9:30+1.5h Case notes                            | 2026-03-04T09:30       | 2026-03-04T11:00       | RECORDING | KEYWORD    | Case notes                | -
            9:30+1.25H Case notes                           | 2026-03-04T09:30       | 2026-03-04T10:45       | RECORDING | KEYWORD    | Case notes                | -
            9:30+1h Case notes                              | 2026-03-04T09:30       | 2026-03-04T10:30       | RECORDING | KEYWORD    | Case notes                | -
            9:30+2h15m Case notes                           | 2026-03-04T09:30       | 2026-03-04T11:45       | RECORDING | KEYWORD    | Case notes                | -
            9:30 + 45min Case notes                         | 2026-03-04T09:30       | 2026-03-04T10:15       | RECORDING | KEYWORD    | Case notes                | -
            23:00+2h Emails                                 | 2026-03-04T23:00       | 2026-03-05T01:00       | RECORDING | KEYWORD    | Emails                    | -
            9+24h Family time                               | 2026-03-04T09:00       | 2026-03-05T09:00       | DIRECT    | REMEMBERED | Family time               | -
            # up to now (seconds dropped)
            -45m Case notes                                 | 2026-03-04T13:22       | 2026-03-04T14:07       | RECORDING | KEYWORD    | Case notes                | -
            - 1h30 Phone call @d                            | 2026-03-04T12:37       | 2026-03-04T14:07       | DIRECT    | EXPLICIT   | Phone call                | -
            9-now Case notes                                | 2026-03-04T09:00       | 2026-03-04T14:07       | RECORDING | KEYWORD    | Case notes                | -
            13:00 - NOW Emails                              | 2026-03-04T13:00       | 2026-03-04T14:07       | RECORDING | KEYWORD    | Emails                    | -
            # a start later in the day than now was yesterday, as an end earlier than the start is tomorrow
            22-now Emails                                   | 2026-03-03T22:00       | 2026-03-04T14:07       | RECORDING | KEYWORD    | Emails                    | -
            now+30m Emails                                  | 2026-03-04T14:07       | 2026-03-04T14:37       | RECORDING | KEYWORD    | Emails                    | -
            now-15:00 Emails                                | 2026-03-04T14:07       | 2026-03-04T15:00       | RECORDING | KEYWORD    | Emails                    | -
            # a timer
            now Case notes                                  | 2026-03-04T14:07       | -                      | RECORDING | KEYWORD    | Case notes                | -
            Now Duty @d, phones                             | 2026-03-04T14:07       | -                      | DIRECT    | EXPLICIT   | Duty                      | phones
            now @rec                                        | 2026-03-04T14:07       | -                      | RECORDING | EXPLICIT   | -                         | -
            # days
            today 9-10 Home visit                           | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            Yesterday 9-10 Home visit                       | 2026-03-03T09:00       | 2026-03-03T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            yesterday 22:00-01:30 Emails                    | 2026-03-03T22:00       | 2026-03-04T01:30       | RECORDING | KEYWORD    | Emails                    | -
            mon 9-10 Home visit                             | 2026-03-02T09:00       | 2026-03-02T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            Monday 9-10 Home visit                          | 2026-03-02T09:00       | 2026-03-02T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            tue 9-10 Home visit                             | 2026-03-03T09:00       | 2026-03-03T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            wed 9-10 Home visit                             | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            wednesday 16-17 Home visit                      | 2026-03-04T16:00       | 2026-03-04T17:00       | DIRECT    | KEYWORD    | Home visit                | -
            thu 9-10 Home visit                             | 2026-02-26T09:00       | 2026-02-26T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            THURSDAY 9-10 Home visit                        | 2026-02-26T09:00       | 2026-02-26T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            fri 9-10 Home visit                             | 2026-02-27T09:00       | 2026-02-27T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            sat 9:30+3h Catch-up recording                  | 2026-02-28T09:30       | 2026-02-28T12:30       | RECORDING | KEYWORD    | Catch-up recording        | -
            Sunday 9-10 Emails                              | 2026-03-01T09:00       | 2026-03-01T10:00       | RECORDING | KEYWORD    | Emails                    | -
            2026-02-11 9-10 Home visit                      | 2026-02-11T09:00       | 2026-02-11T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            11/02 9-10 Home visit                           | 2026-02-11T09:00       | 2026-02-11T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            11/02/2026 9-10 Home visit                      | 2026-02-11T09:00       | 2026-02-11T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            1/2/26 9-10 Home visit                          | 2026-02-01T09:00       | 2026-02-01T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            31/12/2025 23:00-1:00 Emails                    | 2025-12-31T23:00       | 2026-01-01T01:00       | RECORDING | KEYWORD    | Emails                    | -
            # dd/mm without a year is this year, even when that is later on
            11/05 9-10 Home visit                           | 2026-05-11T09:00       | 2026-05-11T10:00       | DIRECT    | KEYWORD    | Home visit                | -
            # notes
            9-10:30 Home visit, ran over, waited for the lift | 2026-03-04T09:00     | 2026-03-04T10:30       | DIRECT    | KEYWORD    | Home visit                | ran over, waited for the lift
            9-10:30 Home visit,                             | 2026-03-04T09:00       | 2026-03-04T10:30       | DIRECT    | KEYWORD    | Home visit                | -
            9-10 Home visit, mind the @t in here            | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | KEYWORD    | Home visit                | mind the @t in here
            # @kind, in any form and place
            9-10 Duty @d                                    | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | EXPLICIT   | Duty                      | -
            9-10 Duty @Direct                               | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | EXPLICIT   | Duty                      | -
            9-10 @r Duty                                    | 2026-03-04T09:00       | 2026-03-04T10:00       | RECORDING | EXPLICIT   | Duty                      | -
            9-10 Duty @REC log                              | 2026-03-04T09:00       | 2026-03-04T10:00       | RECORDING | EXPLICIT   | Duty log                  | -
            9-10 Duty @recording                            | 2026-03-04T09:00       | 2026-03-04T10:00       | RECORDING | EXPLICIT   | Duty                      | -
            9-10@t Duty                                     | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | EXPLICIT   | Duty                      | -
            9-10 Duty @travel                               | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | EXPLICIT   | Duty                      | -
            9-10 Duty @m                                    | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | EXPLICIT   | Duty                      | -
            9-10 Duty @meeting                              | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | EXPLICIT   | Duty                      | -
            9-10 Duty @Meetings, rota                       | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | EXPLICIT   | Duty                      | rota
            9-10 @direct Duty @d                            | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | EXPLICIT   | Duty                      | -
            9-10 @meetings                                  | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | EXPLICIT   | -                         | -
            # @kind beats everything; the remembered kind beats keywords
            9-10 Home visit @t                              | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | EXPLICIT   | Home visit                | -
            9-10 Drive to home visit @travel                | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | EXPLICIT   | Drive to home visit       | -
            9-10 Panel prep                                 | 2026-03-04T09:00       | 2026-03-04T10:00       | RECORDING | REMEMBERED | Panel prep                | -
            9-10 Travel to visit                            | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | REMEMBERED | Travel to visit           | -
            9-10 Family   time                              | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | REMEMBERED | Family time               | -
            9-10 Panel prep @m                              | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | EXPLICIT   | Panel prep                | -
            # keywords
            9-10 Drive to court                             | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | KEYWORD    | Drive to court            | -
            9-10 Bus back                                   | 2026-03-04T09:00       | 2026-03-04T10:00       | TRAVEL    | KEYWORD    | Bus back                  | -
            9-10 Training                                   | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | KEYWORD    | Training                  | -
            9-10 Child protection conference                | 2026-03-04T09:00       | 2026-03-04T10:00       | MEETINGS  | KEYWORD    | Child protection conference | -
            9-10 Contact session                            | 2026-03-04T09:00       | 2026-03-04T10:00       | DIRECT    | KEYWORD    | Contact session           | -
            9-10 Report writing                             | 2026-03-04T09:00       | 2026-03-04T10:00       | RECORDING | KEYWORD    | Report writing            | -
            9-10 Admin                                      | 2026-03-04T09:00       | 2026-03-04T10:00       | RECORDING | KEYWORD    | Admin                     | -
            # the clocks go forward on Sunday 29 March 2026: 00:30 to 03:00 is 90 minutes
            29/03 0:30-3 Emails                             | 2026-03-29T00:30       | 2026-03-29T03:00       | RECORDING | KEYWORD    | Emails                    | -
            29/03 0:30+1h Emails                            | 2026-03-29T00:30       | 2026-03-29T02:30       | RECORDING | KEYWORD    | Emails                    | -
            28/03 23:00-0:30 Emails                         | 2026-03-28T23:00       | 2026-03-29T00:30       | RECORDING | KEYWORD    | Emails                    | -
            # and back on Sunday 25 October 2026: 01:00-01:59 happens twice, and means its first time
            25/10 0:30-2:30 Emails                          | 2026-10-25T00:30       | 2026-10-25T02:30       | RECORDING | KEYWORD    | Emails                    | -
            25/10 1:30-2 Emails                             | 2026-10-25T01:30+01:00 | 2026-10-25T02:00       | RECORDING | KEYWORD    | Emails                    | -
            25/10 1:00+90m Emails                           | 2026-10-25T01:00+01:00 | 2026-10-25T01:30+00:00 | RECORDING | KEYWORD    | Emails                    | -
            24/10 23:00-1:00 Emails                         | 2026-10-24T23:00       | 2026-10-25T01:00+01:00 | RECORDING | KEYWORD    | Emails                    | -
            """)
    void lineIsReadIntoAQuickAdd(String line, String start, String end, WorkKind kind, KindSource source,
                                 String activity, String note) {
        QuickAdd added = parser.parse(line, NOW);

        assertAll(
                () -> assertEquals(at(start), added.start(), "start"),
                () -> assertEquals(end == null ? null : at(end), added.end(), "end"),
                () -> assertEquals(ZONE, added.zone(), "zone"),
                () -> assertEquals(kind, added.kind(), "kind"),
                () -> assertEquals(source, added.kindSource(), "kind source"),
                () -> assertEquals(activity, added.activity(), "activity"),
                () -> assertEquals(note, added.note(), "note"),
                () -> assertEquals(end == null, added.startsTimer(), "starts a timer"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a line that is no quick add at all
            blursday 9-10 Home visit         | "blursday" is not a day or a time: start with a time range like 9:30-10:30
            Home visit 9-10                  | "Home" is not a day or a time
            tomorrow 9-10 Home visit         | "tomorrow" is not a day or a time
            @d 9-10 Home visit               | "@d" is not a day or a time
            +30m Emails                      | "+30m" is not a day or a time
            , just a note                    | type a time range and an activity, e.g. 9-10:30 Home visit
            # bad times and ranges
            9:70-10 Home visit               | "9:70" is not a time
            9-25:00 Home visit               | "25:00" is not a time of day; write it like 9:30, 14:00 or 2pm
            13pm-14 Emails                   | "13pm" is not a time
            9h30-10 Emails                   | "9h30" is not a time
            today Home visit                 | "Home" is not a time: after the day, write a time range like 9:30-10:30
            today                            | "today" needs a time range after it, e.g. today 9-10:30 Home visit
            mon @d                           | "mon" needs a time range after it
            9 Home visit                     | "9" has no end: write a range like 9-10:30 or 9+1h
            9:30                             | "9:30" has no end
            9- Home visit                    | "Home" is not an end time: write a time range like 9:30-10:30
            9-                               | "9-" has no end time
            9--10 Home visit                 | "-10" is not an end time
            9-10-11 Home visit               | "9-10-11" is not a time range: write it like 9:30-10:30, 9:30+1h or -45m
            9-10+1h Home visit               | "9-10+1h" is not a time range
            9-9 Home visit                   | the block Wed 4 Mar 2026 09:00–09:00 has no length
            14:07-now Emails                 | has no length
            now-now Emails                   | has no length
            # bad lengths
            9:30+90 Case notes               | "90" has no unit: add m or h, like 90m
            -45 Case notes                   | "45" has no unit: add m or h
            9:30+1x Case notes               | "1x" is not a length of time: write it like 45m, 1h30 or 1.5h
            9:30+ Case notes                 | "Case" is not a length of time
            9:30+                            | "9:30+" needs a length after +
            '- '                             | "-" needs a length after it, like -45m
            # found by QuickAddFuzzTest: the en dash typed was named as a hyphen
            '– '                             | "–" needs a length after it, like -45m
            9:30+1.33h Case notes            | "1.33h" is not a whole number of minutes
            9:30+1h75 Case notes             | "1h75" has 75 minutes after the hours
            9:30+25h Case notes              | "25h" is longer than a block can be: at most 24 hours
            -99999999999999999999m Emails    | is longer than a block can be
            9:30+0m Case notes               | has no length
            # days that do not go with now
            yesterday now Case notes         | "yesterday" cannot go with "now": now is always today
            today now Case notes             | "today" cannot go with "now"
            mon 9-now Emails                 | "mon" cannot go with "now"
            yesterday -45m Case notes        | "yesterday" cannot go with "-45m": -45m counts back from now
            # bad dates
            31/02 9-10 Home visit            | "31/02" is not a date: write it like 11/05, 11/05/2026 or 2026-05-11
            2026-13-01 9-10 Home visit       | "2026-13-01" is not a date
            11/05/202 9-10 Home visit        | "11/05/202" is not a date
            # kinds
            9-10 Duty                        | say which kind "Duty" is: add @direct, @recording, @travel or @meetings
            now Duty                         | say which kind "Duty" is
            9-10                             | say what this block was: add an activity or @direct, @recording, @travel or @meetings
            9-10 Drive to home visit         | "Drive to home visit" could be travel ("Drive") or direct ("visit"): add @travel or @direct to say which
            9-10 Duty @x                     | "@x" is not a kind: use @direct, @recording, @travel or @meetings
            9-10 Duty @                      | "@" is not a kind
            9-10 Duty @dir                   | "@dir" is not a kind
            9-10 Duty @d @t                  | "@d" and "@t" are two kinds: a block has one
            # the clocks skip 01:00-01:59 on Sunday 29 March 2026
            29/03 1:30-3 Emails              | 01:30 on Sun 29 Mar 2026 does not exist in Europe/London: the clocks went forward past it
            28/03 23:00-1:15 Emails          | 01:15 on Sun 29 Mar 2026 does not exist in Europe/London
            29/03 1:15+1h Emails             | 01:15 on Sun 29 Mar 2026 does not exist
            """)
    void badLineIsRefusedNamingTheBadWord(String line, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> parser.parse(line, NOW));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" is refused as empty")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", ",", " , ", "\u00A0\u00A0\n,2h6 a note", "\u2007, note"})
    void emptyLineIsRefusedWithAnExample(String line) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> parser.parse(line, NOW));

        assertEquals("type a time range and an activity, e.g. 9-10:30 Home visit", refused.getMessage());
    }

    @Test
    void activityLongerThanABlockAllowsIsRefusedByTheBlocksRule() {
        String line = "9-10 " + "Visit ".repeat(14) + "@d";

        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> parser.parse(line, NOW));

        assertTrue(refused.getMessage().contains("is 83 characters long; an activity is a short label of at most 80"),
                refused.getMessage());
    }

    @Test
    void timerWithAnActivityTooLongIsRefusedAtOnceNotWhenItStops() {
        String line = "now " + "x".repeat(81) + " @d";

        assertThrows(InputRefusedException.class, () -> parser.parse(line, NOW));
    }

    @Test
    void lineOfMoreThanADayIsRefusedByTheBlocksRule() {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> parser.parse("25/10 0:00-23:30 Emails", NOW));

        assertTrue(refused.getMessage().contains("lasts 24:30; a block can be at most 24 hours"), refused.getMessage());
    }

    @ParameterizedTest(name = "at {0}, \"{1}\" is {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 45 minutes of elapsed time up to now, across the hour the clocks skip
            2026-03-29T02:10       | -45m Emails     | 2026-03-29T00:25       | 2026-03-29T02:10
            2026-03-29T03:10       | 0:30-now Emails | 2026-03-29T00:30       | 2026-03-29T03:10
            # at the second 01:20 of 25 October, the last 45 minutes began in the first
            2026-10-25T01:20+00:00 | -45m Emails     | 2026-10-25T01:35+01:00 | 2026-10-25T01:20+00:00
            2026-10-25T01:20+00:00 | 0:30-now Emails | 2026-10-25T00:30       | 2026-10-25T01:20+00:00
            2026-10-25T01:20+00:00 | now+10m Emails  | 2026-10-25T01:20+00:00 | 2026-10-25T01:30+00:00
            # just after midnight, a start in the evening was yesterday
            2026-03-05T00:20       | 22:30-now Emails| 2026-03-04T22:30       | 2026-03-05T00:20
            """)
    void timesUpToNowCountElapsedMinutesOnClockChangeDays(String now, String line, String start, String end) {
        QuickAdd added = parser.parse(line, at(now).atZone(ZONE));

        assertEquals(at(start), added.start(), "start");
        assertEquals(at(end), added.end(), "end");
    }

    @Test
    void timerStartedInTheRepeatedHourStartsAtTheInstantNow() {
        Instant secondOneTwenty = at("2026-10-25T01:20+00:00");

        QuickAdd timer = parser.parse("now Emails", secondOneTwenty.plusSeconds(30).atZone(ZONE));

        assertEquals(secondOneTwenty, timer.start());
        assertTrue(timer.startsTimer());
    }

    @Test
    void startTheClocksSkipIsRefusedInAnEndUpToNow() {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> parser.parse("1:30-now Emails", at("2026-03-29T03:10").atZone(ZONE)));

        assertTrue(refused.getMessage().startsWith("01:30 on Sun 29 Mar 2026 does not exist"), refused.getMessage());
    }

    @Test
    void rememberedKindIsAskedWithTheActivityAsTheBlockKeepsIt() {
        List<String> asked = new ArrayList<>();
        QuickAddParser recording = new QuickAddParser(KindRules.defaults(), activity -> {
            asked.add(activity);
            return Optional.empty();
        });

        recording.parse("  9-10   Home \t visit  , a note", NOW);
        recording.parse("9-10 Home visit @d", NOW);
        recording.parse("9-10 @rec", NOW);

        // asked with @kind too: the diary's spelling of a known activity is the one kept
        assertEquals(List.of("Home visit", "Home visit"), asked);
    }

    @Test
    void ownKindRulesAreUsed() {
        QuickAddParser own = new QuickAddParser(KindRules.parse("direct: duty"), activity -> Optional.empty());

        QuickAdd added = own.parse("9-10 Duty desk", NOW);

        assertEquals(WorkKind.DIRECT, added.kind());
        assertEquals(KindSource.KEYWORD, added.kindSource());
        assertThrows(InputRefusedException.class, () -> own.parse("9-10 Home visit", NOW));
    }

    @Test
    void quickAddBecomesANewBlock() {
        QuickAdd added = parser.parse("yesterday 22:00-01:30 Assessment write-up @rec, deadline", NOW);

        assertEquals(Block.create(at("2026-03-03T22:00"), at("2026-03-04T01:30"), ZONE, WorkKind.RECORDING,
                "Assessment write-up", "deadline"), added.toBlock());
        assertFalse(added.toBlock().isStored());
    }

    @Test
    void timerIsNoBlockYet() {
        QuickAdd timer = parser.parse("now Case notes", NOW);

        assertNull(timer.end());
        assertThrows(IllegalStateException.class, timer::toBlock);
    }
}
