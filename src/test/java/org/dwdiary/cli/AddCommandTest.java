package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.cli.CliRunner.Snapshot;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.dwdiary.cli.CliRunner.LONDON;
import static org.dwdiary.cli.CliRunner.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    @Test
    void addsABlockAndSaysWhatWasAdded() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "10:30", "--kind", "direct",
                "--activity", "Home visit", "--note", "Went well");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Added #1: Mon 2 Mar 2026 09:00–10:30 (1:30) Direct work · Home visit\n", result.out());
        assertEquals("", result.err());
        assertEquals(List.of(new Block(1, at("2026-03-02T09:00"), at("2026-03-02T10:30"), LONDON, WorkKind.DIRECT,
                "Home visit", "Went well")), cli.snapshot().blocks());
    }

    @Test
    void withoutADateTheBlockIsToday() {
        Result result = cli.run("add", "--from", "2pm", "--to", "3:15pm", "--kind", "Meetings");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Added #1: Wed 4 Mar 2026 14:00–15:15 (1:15) Meetings\n", result.out());
        assertEquals(at("2026-03-04T14:00"), cli.snapshot().blocks().get(0).start());
    }

    @Test
    void endBeforeStartMeansTheNextDay() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "22:00", "--to", "01:30", "--kind", "recording",
                "--activity", "Court statement");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Added #1: Mon 2 Mar 2026 22:00–Tue 3 Mar 01:30 (3:30) Recording · Court statement\n",
                result.out());
        Block added = cli.snapshot().blocks().get(0);
        assertEquals(at("2026-03-03T01:30"), added.end());
    }

    @Test
    void overlapIsRefusedNamingTheClashingBlock() {
        cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", null);
        Snapshot before = cli.snapshot();

        Result result = cli.run("add", "--date", "2026-03-02", "--from", "10:00", "--to", "11:00", "--kind", "recording",
                "--activity", "Case notes");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertEquals("dwdiary add: the block \"Case notes\", Mon 2 Mar 2026 10:00–11:00 overlaps \"Home visit\", "
                + "Mon 2 Mar 2026 09:00–10:30. Blocks never overlap: change the times or shorten the other block.\n",
                result.err());
        assertEquals(before, cli.snapshot());
    }

    @Test
    void blockTouchingAnotherIsAdded() {
        cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", null);

        Result result = cli.run("add", "--date", "2026-03-02", "--from", "10:30", "--to", "11:00", "--kind", "travel");

        assertEquals(0, result.code(), result::toString);
        assertEquals(2, cli.snapshot().blocks().size());
    }

    @Test
    void unknownKindIsRefused() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "10:00", "--kind", "lunch");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary add: --kind \"lunch\" is not one of direct, recording, travel or meetings\n", result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void newActivityWithoutAKindIsRefused() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "10:00",
                "--activity", "School visit");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary add: \"School visit\" is a new activity: say which kind it is with --kind "
                + "direct, recording, travel or meetings\n", result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void noKindAndNoActivityIsRefused() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "10:00");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary add: say which kind of time this is with --kind direct, recording, travel or meetings\n",
                result.err());
    }

    @Test
    void knownActivityWithoutAKindTakesItsRememberedKind() {
        cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "10:00", "--kind", "meetings",
                "--activity", "Supervision");

        Result result = cli.run("add", "--date", "2026-03-03", "--from", "09:00", "--to", "10:00",
                "--activity", "supervision");

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().contains("Meetings"), result.out());
        assertEquals(WorkKind.MEETINGS, cli.snapshot().blocks().get(1).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "9:75", "13pm", "soon", ""})
    void impossibleTimeIsRefused(String time) {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", time, "--to", "10:00", "--kind", "direct");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary add: \"" + time + "\" is not a time of day; write it like 9:30, 14:00 or 2pm\n",
                result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void timeTheClocksSkipIsRefused() {
        Result result = cli.run("add", "--date", "2026-03-29", "--from", "01:30", "--to", "03:00", "--kind", "recording");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary add: 01:30 on Sun 29 Mar 2026 does not exist in Europe/London: "
                + "the clocks went forward past it\n", result.err());
    }

    @Test
    void blockWithNoLengthIsRefused() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "9:00", "--kind", "direct");

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("has no length"), result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "yesterday", "02/03/2026"})
    void impossibleDateIsAUsageError(String date) {
        Result result = cli.run("add", "--date", date, "--from", "09:00", "--to", "10:00", "--kind", "direct");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().startsWith("Invalid value for option '--date'"), result.err());
        assertTrue(result.err().contains("Usage: dwdiary add"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void missingFromIsAUsageError() {
        Result result = cli.run("add", "--to", "10:00", "--kind", "direct");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().startsWith("Missing required options: --from and --to"), result.err());
        assertTrue(result.err().contains("Usage: dwdiary add"), result.err());
    }

    @Test
    void tooLongActivityIsRefused() {
        Result result = cli.run("add", "--date", "2026-03-02", "--from", "09:00", "--to", "10:00", "--kind", "direct",
                "--activity", "x".repeat(81));

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("is 81 characters long; an activity is a short label of at most 80 characters"), result.err());
    }
}
