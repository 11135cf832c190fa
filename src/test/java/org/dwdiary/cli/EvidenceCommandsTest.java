package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** mark, balance, check, history and verify; today is Wednesday 4 March 2026 (2026-W10). */
class EvidenceCommandsTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    @Test
    void aDayOfLeaveTakesItsHoursOffTheWeeksContractAndCanBeRemoved() {
        Result marked = cli.run("mark", "2026-03-02", "leave");
        assertEquals(0, marked.code(), marked::toString);
        assertEquals("Marked Mon 2 Mar 2026: Annual leave\n", marked.out());
        assertTrue(cli.run("week", "2026-W10", "--json").out().contains("\"contractMinutes\":1776,"), "37:00 less 7:24");

        assertEquals("Marked Mon 2 Mar 2026: Sickness (half day) (was Annual leave)\n",
                cli.run("mark", "2026-03-02", "sick", "--half").out());
        assertTrue(cli.run("week", "2026-W10", "--json").out().contains("\"contractMinutes\":1998,"), "37:00 less 3:42");

        assertEquals("Removed the mark from Mon 2 Mar 2026 (Sickness (half day))\n", cli.run("mark", "2026-03-02", "--remove").out());
        assertTrue(cli.run("week", "2026-W10", "--json").out().contains("\"contractMinutes\":2220,"));
    }

    @Test
    void badMarksAreRefusedNamingTheValue() {
        Result bad = cli.run("mark", "2026-03-02", "holidays");
        assertEquals(1, bad.code());
        assertEquals("dwdiary mark: \"holidays\" is not a kind of day; use leave, sick, holiday, toil\n", bad.err());
        assertEquals(1, cli.run("mark", "2026-03-02", "--remove").code());
        assertEquals(2, cli.run("mark", "2nd March", "leave").code());
    }

    @Test
    void balanceGivesTheWeeksTheToilLedgerAndTheFlexiPeriods() {
        for (int day = 2; day <= 6; day++) { // W10: five days of 9:00 = 45:00, 8:00 over
            cli.add("2026-03-0" + day + "T08:00", "2026-03-0" + day + "T17:00", WorkKind.RECORDING, "Case notes", null);
        }
        cli.run("settings", "set", "overtime-scheme", "toil");
        cli.run("mark", "2026-03-04", "toil", "--half");

        Result result = cli.run("balance", "--from", "2026-03-02", "--json");

        assertEquals(0, result.code(), result::toString);
        // Wednesday's half day of TOIL takes 3:42 off the contract: 33:18 contracted, 11:42 over.
        assertEquals("{\"from\":\"2026-03-02\",\"to\":\"2026-03-08\",\"scheme\":\"toil\",\"contractMinutes\":1998,"
                + "\"workedMinutes\":2700,\"overtimeMinutes\":702,\"balanceMinutes\":702,\"lostMinutes\":0,"
                + "\"weeks\":[{\"week\":\"2026-W10\",\"contractMinutes\":1998,\"workedMinutes\":2700,\"overtimeMinutes\":702,"
                + "\"differenceMinutes\":702,\"balanceMinutes\":702}],"
                + "\"toil\":{\"earnedMinutes\":702,\"takenMinutes\":222,\"balanceMinutes\":480},\"flexi\":[],"
                + "\"recordKeeping\":{\"minutes\":2700,\"recordedWithin24HoursMinutes\":2160,\"timelyShare\":0.8,\"laterEdits\":0}}\n",
                result.out());
    }

    @Test
    void balanceOnFlexiShowsLostHoursInText() {
        for (int week = 0; week < 4; week++) { // four weeks of 41:00: +4:00 each, +16:00 in the period, 6:00 lost
            for (int day = 0; day < 5; day++) {
                String date = java.time.LocalDate.of(2026, 2, 9).plusWeeks(week).plusDays(day).toString();
                cli.add(date + "T08:00", date + "T16:12", WorkKind.RECORDING, "Case notes", null);
            }
        }
        Result result = cli.run("balance", "--from", "2026-02-09", "--to", "2026-03-08");
        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().contains("Mon 9 Feb 2026 to Sun 8 Mar 2026: in 0:00, period +16:00, end +16:00, carried +10:00, LOST 6:00\n"),
                result.out());
        assertTrue(result.out().contains("Hours lost at settlement: 6:00\n"), result.out());
        assertTrue(result.out().endsWith("Record: 20% of the minutes recorded within 24 hours of their end; 0 later edits.\n"), result.out());
    }

    @Test
    void checkListsPossibleBreachesAsJsonAndStatesTheMethodInText() {
        cli.add("2026-03-02T09:00", "2026-03-02T16:30", WorkKind.RECORDING, "Court statement", null);
        cli.add("2026-03-02T19:00", "2026-03-02T23:00", WorkKind.RECORDING, "Case notes", null);      // a 2:30 break between
        cli.add("2026-03-03T07:00", "2026-03-03T08:00", WorkKind.TRAVEL, "Drive", null);              // 8:00 after 23:00
        cli.add("2026-03-04T09:00", "2026-03-04T15:10", WorkKind.RECORDING, "Assessment", null);      // 6:10 without a break

        Result json = cli.run("check", "--from", "2026-03-02", "--to", "2026-03-08", "--json");
        assertEquals(0, json.code(), json::toString);
        assertEquals("[{\"rule\":\"daily-rest-11h\",\"from\":\"2026-03-02\",\"to\":\"2026-03-03\",\"value\":480,\"limit\":660},"
                + "{\"rule\":\"break-20min\",\"from\":\"2026-03-04\",\"to\":\"2026-03-04\",\"value\":0,\"limit\":20}]\n", json.out());

        Result text = cli.run("check", "--from", "2026-03-02", "--to", "2026-03-08");
        assertTrue(text.out().contains("Mon 2 Mar 2026 to Tue 3 Mar 2026: Less than 11 hours' rest between working days (reg. 10): "
                + "rest 8:00, at least 11:00"), text.out());
        assertTrue(text.out().contains("not legal advice"), text.out());
    }

    @Test
    void historyShowsEveryChangeAndLeavesNotesOutUnlessAsked() {
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", "Went well");
        cli.run("delete", "1");

        Result text = cli.run("history");
        assertEquals(0, text.code(), text::toString);
        assertEquals("""
                #1 Wed 4 Mar 2026 12:00 block 1 add (gui): Mon 2 Mar 2026 09:00–10:00 direct · Home visit · note: (a note; --with-notes shows it)
                #2 Wed 4 Mar 2026 12:00 block 1 delete (cli): was Mon 2 Mar 2026 09:00–10:00 direct · Home visit · note: (a note; --with-notes shows it)
                """, text.out());
        assertTrue(cli.run("history", "--block", "1", "--json", "--with-notes").out().contains("\"note\":\"Went well\""));
        assertTrue(cli.run("history", "--block", "1", "--json").out().startsWith("[{\"seq\":1,\"subject\":\"block 1\",\"action\":\"add\","
                + "\"at\":\"2026-03-04T12:00:00Z\",\"via\":\"gui\",\"old\":null,\"new\":{\"start\":\"2026-03-02T09:00:00Z\""));
        assertEquals(1, cli.run("history", "--block", "9").code());
    }

    @Test
    void verifyPassesForAnUntouchedDiaryAndFailsNamingABlockChangedOutsideTheApp() throws Exception {
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        cli.add("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.RECORDING, "Case notes", null);
        Result intact = cli.run("verify");
        assertEquals(0, intact.code(), intact::toString);
        assertTrue(intact.out().startsWith("The diary's record is intact: 2 entries in the history; final hash "), intact.out());

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + cli.dataDir.resolve("diary.db"));
             Statement sql = raw.createStatement()) {
            sql.execute("UPDATE block SET kind = 'recording' WHERE id = 1");
        }
        Result broken = cli.run("verify");
        assertEquals(1, broken.code(), broken::toString);
        assertEquals("dwdiary verify: the diary's record is NOT intact: block 1 does not match its last history entry: "
                + "it was changed outside the app\n", broken.err());
    }

    @Test
    void workingRulesAreSettingsThatCanBeShownAndSet() {
        assertEquals("wtr-opt-out yes\n", cli.run("settings", "set", "wtr-opt-out", "yes").out());
        assertEquals("flexi-credit-limit 12:00\n", cli.run("settings", "set", "flexi-credit-limit", "12").out());
        Result bad = cli.run("settings", "set", "weekly-rest", "10");
        assertEquals(1, bad.code());
        assertEquals("dwdiary settings set: weekly-rest: \"10\" is not 7 or 14 (days)\n", bad.err());
        String show = cli.run("settings", "show").out();
        assertTrue(show.contains("wtr-opt-out yes\nweekly-rest 7\nnight-time 23:00-06:00\novertime-scheme flexi\n"
                + "balance-from start\nflexi-period 4\nflexi-credit-limit 12:00\nflexi-debit-limit 5:00\n"), show);
    }
}
