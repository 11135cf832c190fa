package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void diaryWithBlocksInTwoWeeks() {
        cli = new CliRunner(tempDir);
        cli.add("2026-02-27T09:00", "2026-02-27T10:00", WorkKind.MEETINGS, "Team meeting", null);
        cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", "Went well");
        cli.add("2026-03-02T22:00", "2026-03-03T01:30", WorkKind.RECORDING, "Court statement", null);
    }

    @Test
    void listsThisWeeksBlocksByDefault() {
        Result result = cli.run("list");

        assertEquals(0, result.code(), result::toString);
        assertEquals("""
                #2      Mon 2 Mar 2026 09:00–10:30               1:30  direct     Home visit
                #3      Mon 2 Mar 2026 22:00–Tue 3 Mar 01:30     3:30  recording  Court statement
                """, result.out());
        assertEquals("", result.err());
    }

    @Test
    void notesAreShownOnlyWhenAskedFor() {
        assertFalse(cli.run("list").out().contains("Went well"));

        Result result = cli.run("list", "--with-notes");

        assertTrue(result.out().contains("Home visit  — Went well"), result.out());
    }

    @Test
    void periodIncludesBothDays() {
        Result result = cli.run("list", "--from", "2026-02-27", "--to", "2026-03-02");

        assertEquals(0, result.code(), result::toString);
        assertEquals(3, result.out().lines().count(), result.out());
        assertTrue(result.out().startsWith("#1 "), result.out());
    }

    @Test
    void emptyPeriodSaysSo() {
        Result result = cli.run("list", "--from", "2026-04-01", "--to", "2026-04-05");

        assertEquals(0, result.code(), result::toString);
        assertEquals("No blocks from Wed 1 Apr 2026 to Sun 5 Apr 2026.\n", result.out());
    }

    @Test
    void jsonListsEveryBlockWithoutNotes() {
        Result result = cli.run("list", "--json");

        assertEquals(0, result.code(), result::toString);
        assertEquals("[{\"id\":2,\"date\":\"2026-03-02\",\"start\":\"2026-03-02T09:00\",\"end\":\"2026-03-02T10:30\","
                + "\"minutes\":90,\"kind\":\"direct\",\"activity\":\"Home visit\"},"
                + "{\"id\":3,\"date\":\"2026-03-02\",\"start\":\"2026-03-02T22:00\",\"end\":\"2026-03-03T01:30\","
                + "\"minutes\":210,\"kind\":\"recording\",\"activity\":\"Court statement\"}]\n", result.out());
    }

    @Test
    void jsonCarriesNotesWhenAskedFor() {
        Result result = cli.run("list", "--json", "--with-notes", "--from", "2026-02-27", "--to", "2026-03-02");

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().contains("\"activity\":\"Team meeting\",\"note\":null}"), result.out());
        assertTrue(result.out().contains("\"activity\":\"Home visit\",\"note\":\"Went well\"}"), result.out());
    }

    @Test
    void jsonOfAnEmptyPeriodIsAnEmptyArray() {
        assertEquals("[]\n", cli.run("list", "--json", "--from", "2026-04-01", "--to", "2026-04-05").out());
    }

    @Test
    void fromAfterToIsRefused() {
        Result result = cli.run("list", "--from", "2026-03-08", "--to", "2026-03-02");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertEquals("dwdiary list: --from 2026-03-08 is after --to 2026-03-02\n", result.err());
    }

    @Test
    void impossibleDateIsAUsageError() {
        Result result = cli.run("list", "--from", "2026-02-30");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("Usage: dwdiary list"), result.err());
    }
}
