package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeekNoteCommandTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");

    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    private WeekNote stored(WeekId week) {
        try (Diary diary = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            return diary.weekNote(week);
        }
    }

    @Test
    void setsTheWeeksNoteAndPrintsIt() {
        Result result = cli.run("week-note", "2026-W10", "--caseload", "18",
                "--went-well", "Two long visits; Zoë's team helped", "--got-in-the-way", "Court report\nIT down");

        assertEquals(0, result.code(), result::toString);
        assertEquals("""
                Week 2026-W10: Mon 2 Mar 2026 to Sun 8 Mar 2026
                  Caseload: 18
                  What went well?
                    Two long visits; Zoë's team helped
                  What got in the way of direct work?
                    Court report
                    IT down
                """, result.out());
        assertEquals("", result.err());
        assertEquals(new WeekNote(W10, 18, "Two long visits; Zoë's team helped", "Court report\nIT down"), stored(W10));
    }

    @Test
    void withoutAWeekItIsThisWeekAndADayMeansItsWeek() {
        cli.run("week-note", "--caseload", "18");
        cli.run("week-note", "2026-03-08", "--went-well", "Sunday counts in W10");

        assertEquals(new WeekNote(W10, 18, "Sunday counts in W10", ""), stored(W10));
        assertTrue(stored(W10.plusWeeks(1)).isEmpty());
    }

    @Test
    void onlyTheOptionsGivenChange() {
        cli.run("week-note", "2026-W10", "--caseload", "18", "--went-well", "Visits", "--got-in-the-way", "Emails");

        Result result = cli.run("week-note", "2026-W10", "--caseload", "19");

        assertEquals(0, result.code(), result::toString);
        assertEquals(new WeekNote(W10, 19, "Visits", "Emails"), stored(W10));
        cli.run("week-note", "2026-W10", "--got-in-the-way", "Sickness in the team");
        assertEquals(new WeekNote(W10, 19, "Visits", "Sickness in the team"), stored(W10));
    }

    @Test
    void anEmptyValueClearsThatFieldAndClearingAllLeavesNoNote() {
        cli.run("week-note", "2026-W10", "--caseload", "18", "--went-well", "Visits");

        Result cleared = cli.run("week-note", "2026-W10", "--caseload", "");

        assertEquals(0, cleared.code(), cleared::toString);
        assertTrue(cleared.out().contains("  Caseload: not given\n  What went well?\n    Visits\n"
                + "  What got in the way of direct work?\n    (nothing written)\n"), cleared.out());
        assertEquals(new WeekNote(W10, null, "Visits", ""), stored(W10));

        Result empty = cli.run("week-note", "2026-W10", "--went-well=");

        assertEquals("No notes for 2026-W10.\n", empty.out());
        try (Diary diary = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            assertTrue(diary.weekNotes(W10, W10).isEmpty());
        }
    }

    @Test
    void withoutAnOptionItOnlyPrints() {
        Result none = cli.run("week-note", "2026-W11");

        assertEquals(0, none.code(), none::toString);
        assertEquals("No notes for 2026-W11.\n", none.out());
        cli.run("week-note", "2026-W10", "--caseload", "18");
        assertEquals(cli.run("week-note", "2026-W10", "--caseload", "18").out(), cli.run("week-note").out());
    }

    @Test
    void jsonGivesTheFourFieldsWithNullForNoCaseload() {
        Result empty = cli.run("week-note", "2026-W11", "--json");
        assertEquals("{\"week\":\"2026-W11\",\"caseload\":null,\"wentWell\":\"\",\"gotInTheWay\":\"\"}\n", empty.out());

        Result set = cli.run("week-note", "2026-W10", "--caseload", "18", "--went-well", "Café visit \"good\"", "--json");

        assertEquals(0, set.code(), set::toString);
        assertEquals("{\"week\":\"2026-W10\",\"caseload\":18,\"wentWell\":\"Café visit \\\"good\\\"\",\"gotInTheWay\":\"\"}\n",
                set.out());
    }

    @Test
    void aBadCaseloadIsRefusedNamingItAndNothingIsWritten() {
        cli.run("week-note", "2026-W10", "--caseload", "18", "--went-well", "Visits");

        Result result = cli.run("week-note", "2026-W10", "--caseload", "eighteen", "--went-well", "Changed");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("caseload \"eighteen\""), result.err());
        assertEquals(new WeekNote(W10, 18, "Visits", ""), stored(W10));
        assertEquals(1, cli.run("week-note", "2026-W10", "--caseload", "-3").code());
        assertEquals(1, cli.run("week-note", "2026-W10", "--caseload", "1000").code());
        assertEquals(new WeekNote(W10, 18, "Visits", ""), stored(W10));
    }

    @Test
    void anOverlongReflectionIsRefusedNamingTheQuestionAndNothingIsWritten() {
        Result result = cli.run("week-note", "2026-W10", "--caseload", "18",
                "--got-in-the-way", "x".repeat(WeekNote.MAX_REFLECTION + 1));

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains("\"What got in the way of direct work?\" is 501 characters; keep it to 500"),
                result.err());
        assertTrue(stored(W10).isEmpty());
    }

    @Test
    void aBadWeekIsRefusedNamingIt() {
        Result words = cli.run("week-note", "next-week", "--caseload", "18");
        assertEquals(1, words.code(), words::toString);
        assertTrue(words.err().contains("\"next-week\" is not a week"), words.err());

        Result noSuchWeek = cli.run("week-note", "2026-W54", "--caseload", "18");
        assertEquals(1, noSuchWeek.code(), noSuchWeek::toString);
        assertTrue(noSuchWeek.err().contains("week 54 does not exist in 2026"), noSuchWeek.err());

        Result noSuchDay = cli.run("week-note", "2026-02-30", "--caseload", "18");
        assertEquals(1, noSuchDay.code(), noSuchDay::toString);
        assertTrue(noSuchDay.err().contains("\"2026-02-30\" is not a date"), noSuchDay.err());

        try (Diary diary = Diary.open(cli.dataDir, CliRunner.CLOCK)) {
            assertTrue(diary.weekNotes(WeekId.parse("2026-W01"), WeekId.parse("2026-W53")).isEmpty());
        }
    }
}
