package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static org.dwdiary.domain.London.ZONE;
import static org.dwdiary.domain.London.at;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockTest {

    @ParameterizedTest(name = "{0} to {1} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-02T09:00 | 2026-03-02T09:00 | the block Mon 2 Mar 2026 09:00–09:00 has no length",
            "2026-03-02T10:00 | 2026-03-02T09:00 | the block ends before it starts (10:00 to 09:00)",
            "2026-03-02T23:00 | 2026-03-02T22:00 | (23:00 to 22:00)",
            // an end on an earlier day, at a later time: the days must be named or it reads like a good block
            "2026-03-03T09:00 | 2026-03-02T10:00 | the block ends before it starts (Tue 3 Mar 2026 09:00 to Mon 2 Mar 2026 10:00)",
            // in the hour that happens twice, times alone are the best a message can do
            "2026-10-25T01:30+00:00 | 2026-10-25T01:15+01:00 | the block ends before it starts (01:30 to 01:15)",
            "2026-03-02T09:00 | 2026-03-03T09:01 | the block Mon 2 Mar 2026 09:00–Tue 3 Mar 09:01 lasts 24:01",
            "2026-03-02T09:00 | 2026-03-05T09:00 | lasts 72:00; a block can be at most 24 hours",
    })
    void blockWithoutASensibleLengthIsRefusedNamingItsTimes(String start, String end, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> London.block(WorkKind.DIRECT, start, end));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} to {1} is allowed")
    @CsvSource({
            "2026-03-02T09:00, 2026-03-03T09:00",
            // 24 hours elapsed from the start of the short day ends at 01:00 the day after
            "2026-03-29T00:00, 2026-03-30T01:00",
            "2026-03-02T09:00, 2026-03-02T09:01",
    })
    void blockOfUpToTwentyFourHoursIsAllowed(String start, String end) {
        Block block = assertDoesNotThrow(() -> London.block(WorkKind.RECORDING, start, end));

        assertTrue(block.minutes() <= 24 * 60);
    }

    @Test
    void twentyFourHoursByTheClockOnTheLongDayIsTooLong() {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> London.block(WorkKind.RECORDING, "2026-10-25T00:00", "2026-10-26T00:00"));

        assertTrue(refused.getMessage().contains("lasts 25:00"), refused.getMessage());
    }

    @Test
    void secondsAreDroppedSoBlocksAreWholeMinutes() {
        Block block = Block.create(Instant.parse("2026-03-02T09:00:42Z"), Instant.parse("2026-03-02T10:29:59Z"),
                ZONE, WorkKind.DIRECT, null, null);

        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), block.start());
        assertEquals(Instant.parse("2026-03-02T10:29:00Z"), block.end());
        assertEquals(89, block.minutes());
    }

    static Stream<Arguments> activities() {
        return Stream.of(
                Arguments.of("Home visit", "Home visit"),
                Arguments.of("  Home visit  ", "Home visit"),
                Arguments.of("Home    visit", "Home visit"),
                Arguments.of("Home\tvisit", "Home visit"),
                Arguments.of("Home\nvisit\r\n", "Home visit"),
                Arguments.of("Court \t \n statement", "Court statement"),
                Arguments.of("", null),
                Arguments.of("   ", null),
                Arguments.of("\t\n", null),
                Arguments.of(null, null));
    }

    @ParameterizedTest(name = "activity [{0}] is kept as [{1}]")
    @MethodSource("activities")
    void activityIsOneTidyLineOrNothing(String typed, String kept) {
        Block block = Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT, typed, null);

        assertEquals(kept, block.activity());
        assertEquals(kept == null ? "Direct work" : kept, block.label());
    }

    @ParameterizedTest(name = "note [{0}] is kept as [{1}]")
    @CsvSource(value = {
            "'  Ran over  ', Ran over",
            "'   ',          NULL",
            "'',             NULL",
    }, nullValues = "NULL")
    void blankNoteIsNoNote(String typed, String kept) {
        Block block = Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT, null, typed);

        assertEquals(kept, block.note());
    }

    @Test
    void noteKeepsItsLineBreaks() {
        Block block = Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.RECORDING, null,
                "first line\nsecond line");

        assertEquals("first line\nsecond line", block.note());
    }

    @Test
    void activityOfEightyCharactersIsAllowedAndEightyOneRefused() {
        String eighty = "a".repeat(Block.ACTIVITY_MAX_LENGTH);
        assertEquals(eighty, Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT,
                eighty, null).activity());

        String tooLong = "Assessment write-up " + "x".repeat(61);
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT, tooLong, null));
        assertAll(
                () -> assertTrue(refused.getMessage().contains("\"Assessment write-up …\""), refused.getMessage()),
                () -> assertTrue(refused.getMessage().contains("81 characters"), refused.getMessage()));
    }

    @Test
    void activityIsMeasuredAfterItsSpacesAreTidied() {
        String spaced = "Home" + " ".repeat(100) + "visit";

        Block block = Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT, spaced, null);

        assertEquals("Home visit", block.activity());
    }

    @Test
    void noteOfTwoThousandCharactersIsAllowedAndLongerRefused() {
        String longest = "n".repeat(Block.NOTE_MAX_LENGTH);
        assertEquals(longest, Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.RECORDING,
                null, longest).note());

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.RECORDING, null,
                        longest + "!"));
        assertTrue(refused.getMessage().contains("2001 characters"), refused.getMessage());
    }

    @ParameterizedTest(name = "09:00–10:00 and {0}–{1} overlap: {2}")
    @CsvSource({
            "2026-03-02T08:00, 2026-03-02T09:00, false",   // touching before
            "2026-03-02T10:00, 2026-03-02T11:00, false",   // touching after
            "2026-03-02T08:00, 2026-03-02T09:01, true",
            "2026-03-02T09:59, 2026-03-02T11:00, true",
            "2026-03-02T09:15, 2026-03-02T09:45, true",    // inside
            "2026-03-02T08:00, 2026-03-02T11:00, true",    // around
            "2026-03-02T09:00, 2026-03-02T10:00, true",    // the same times
    })
    void blocksThatOnlyTouchDoNotOverlap(String start, String end, boolean overlaps) {
        Block block = London.block(WorkKind.DIRECT, "2026-03-02T09:00", "2026-03-02T10:00");
        Block other = London.block(WorkKind.TRAVEL, start, end);

        assertEquals(overlaps, block.overlaps(other));
        assertEquals(overlaps, other.overlaps(block));
    }

    @Test
    void describeNamesTheLabelDayAndTimes() {
        Block block = London.block(0, WorkKind.DIRECT, "Home visit", "2026-03-02T09:00", "2026-03-02T10:30");

        assertEquals("\"Home visit\", Mon 2 Mar 2026 09:00–10:30", block.describe(ZONE));
    }

    @Test
    void newBlockIsNotStoredUntilItHasAnId() {
        Block block = London.block(WorkKind.DIRECT, "2026-03-02T09:00", "2026-03-02T10:30");

        assertFalse(block.isStored());
        assertTrue(block.withId(7).isStored());
    }

    // found by QuickAddFuzzTest: half an emoji was stored as "?", so the diary held other text than the block added
    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"activity, \uD800 lone", "activity, visit \uDE00", "note, ran over \uD83D"})
    void textWithHalfACharacterIsRefusedNamingTheField(String field, String text) {
        String activity = field.equals("activity") ? text : "Visit";
        String note = field.equals("note") ? text : null;

        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> Block.create(
                at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT, activity, note));

        assertTrue(refused.getMessage().startsWith("the " + field + " has a broken character at position "),
                refused.getMessage());
        assertThrows(InputRefusedException.class, () -> new RunningTimer(at("2026-03-02T09:00"), ZONE,
                WorkKind.DIRECT, activity, note), "a timer is refused alike");
    }

    @Test
    void wholeEmojiIsKept() {
        Block block = Block.create(at("2026-03-02T09:00"), at("2026-03-02T10:00"), ZONE, WorkKind.DIRECT,
                "\uD83D\uDE00 visit", "note \uD83D\uDE00");

        assertEquals("\uD83D\uDE00 visit", block.activity());
    }

    // found by CsvImportFuzzTest: a start in the year -999999999 threw DateTimeException while the refusal was worded
    @ParameterizedTest(name = "{0} to {1} is refused")
    @CsvSource({"-999999999-01-01T00:00:00Z, -999999999-01-01T01:00:00Z, starts at -999999999-01-01T00:00:00Z",
            "1899-12-31T23:00:00Z, 1900-01-01T00:30:00Z, starts at 1899-12-31T23:00:00Z",
            "2199-12-31T23:30:00Z, 2200-01-01T00:30:00Z, ends at 2200-01-01T00:30:00Z",
            "+999999999-12-31T22:00:00Z, +999999999-12-31T23:00:00Z, starts at +999999999-12-31T22:00:00Z"})
    void newBlockOutsideTheYearsADiaryKeepsIsRefused(String start, String end, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> Block.create(
                Instant.parse(start), Instant.parse(end), ZONE, WorkKind.DIRECT, "Visit", null));

        assertEquals("the block " + expected + " (UTC), outside the years a diary keeps (1900 to 2199)",
                refused.getMessage());
    }

    @Test
    void firstAndLastMinutesADiaryKeepsAreAllowed() {
        assertDoesNotThrow(() -> Block.create(Block.EARLIEST, Block.EARLIEST.plusSeconds(60), ZONE, WorkKind.DIRECT, null, null));
        assertDoesNotThrow(() -> Block.create(Block.LATEST.minusSeconds(60), Block.LATEST, ZONE, WorkKind.DIRECT, null, null));
    }
}
