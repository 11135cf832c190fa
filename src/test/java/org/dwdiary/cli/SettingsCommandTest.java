package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    @Test
    void showsTheClocksZoneUntilOneIsChosen() {
        Result result = cli.run("settings", "show");

        assertEquals(0, result.code(), result::toString);
        assertEquals("zone Europe/London\n" + "kind-keywords " + org.dwdiary.domain.KindRules.defaults().format() + "\n"
                + "theme light\ncontract-hours 37:00\nworking-days Mon-Fri\nstandard-window 08:00-18:00\ndirect-target none\n"
                + "wtr-opt-out no\nweekly-rest 7\nnight-time 23:00-06:00\novertime-scheme flexi\nbalance-from start\n"
                + "flexi-period 4\nflexi-credit-limit 10:00\nflexi-debit-limit 5:00\n",
                result.out());
    }

    @Test
    void goingPartTimeFromADateKeepsTheHistoryAndShowsIt() {
        Result set = cli.run("settings", "set", "contract-hours", "22.5", "--from", "2026-09-01");

        assertEquals(0, set.code(), set::toString);
        assertEquals("contract-hours 22:30 from 2026-09-01\n  the weeks before keep 37:00\n", set.out());
        assertEquals(0, cli.run("settings", "set", "working-days", "Mon-Wed", "--from", "2026-09-01").code());
        String show = cli.run("settings", "show").out();
        // Today (4 March 2026) is before the change: today's values are still the old ones.
        assertTrue(show.contains("contract-hours 37:00\n  from the start: 37:00 (the default)\n  from 2026-09-01: 22:30\n"), show);
        assertTrue(show.contains("working-days Mon-Fri\n  from the start: Mon-Fri (the default)\n  from 2026-09-01: Mon-Wed\n"), show);
        assertTrue(cli.run("week", "2026-W37", "--json").out().contains("\"contractMinutes\":1350,"));
        assertTrue(cli.run("week", "2026-W35", "--json").out().contains("\"contractMinutes\":2220,"));
    }

    @Test
    void withoutADateAFirstValueHoldsForEveryWeekAndALaterOneFromThisWeek() {
        assertEquals("contract-hours 35:00 from the start\n", cli.run("settings", "set", "contract-hours", "35").out());
        assertEquals("contract-hours 30:00 from 2026-03-02\n  the weeks before keep 35:00\n",
                cli.run("settings", "set", "contract-hours", "30").out());
        assertTrue(cli.run("week", "2025-W01", "--json").out().contains("\"contractMinutes\":2100,"));
        assertTrue(cli.run("week", "2026-W10", "--json").out().contains("\"contractMinutes\":1800,"));
    }

    @Test
    void aMistakenValueCanBeUnset() {
        cli.run("settings", "set", "direct-target", "30%", "--from", "2026-01-05");
        Result unset = cli.run("settings", "unset", "direct-target", "--from", "2026-01-05");
        assertEquals(0, unset.code(), unset::toString);
        assertEquals("direct-target: the value from 2026-01-05 is removed; today it is none\n", unset.out());

        Result again = cli.run("settings", "unset", "direct-target", "--from", "2026-01-05");
        assertEquals(1, again.code());
        assertEquals("dwdiary settings unset: direct-target has no value from 2026-01-05; see settings show for its dates\n", again.err());
    }

    @Test
    void badDatedValuesAreRefusedNamingTheSettingAndNothingIsWritten() {
        Result bad = cli.run("settings", "set", "standard-window", "18:00-08:00", "--from", "2026-01-05");
        assertEquals(1, bad.code());
        assertEquals("dwdiary settings set: standard-window: \"18:00-08:00\" ends before it starts; the window is within one day, "
                + "e.g. 08:00-18:00\n", bad.err());
        Result badDate = cli.run("settings", "set", "contract-hours", "30", "--from", "1st Sept");
        assertEquals(1, badDate.code());
        assertTrue(badDate.err().contains("--from \"1st Sept\" is not a date"), badDate::toString);
        Result notDated = cli.run("settings", "set", "zone", "Europe/Paris", "--from", "2026-01-05");
        assertEquals(1, notDated.code());
        assertTrue(cli.run("settings", "show").out().contains("zone Europe/London\n"));
        assertTrue(cli.run("settings", "show").out().contains("standard-window 08:00-18:00\ndirect-target none\n"));
    }

    @Test
    void themeIsKept() {
        assertEquals("theme high-contrast\n", cli.run("settings", "set", "theme", "High contrast").out());
        assertTrue(cli.run("settings", "show").out().contains("theme high-contrast\n"));
        assertEquals(1, cli.run("settings", "set", "theme", "pink").code());
    }

    @Test
    void kindKeywordsCanBeChangedAndRestored() {
        Result set = cli.run("settings", "set", "kind-keywords", "direct: visit, duty; recording: notes");
        assertEquals(0, set.code(), set::toString);
        assertEquals("kind-keywords direct: visit, duty; recording: notes\n", set.out());
        assertEquals("Added #1: Wed 4 Mar 2026 09:00–10:00 (1:00) Direct work · Duty (kind from a keyword)\n",
                cli.run("add", "9-10 Duty").out());

        Result bad = cli.run("settings", "set", "kind-keywords", "lunch: sandwich");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("lunch"), bad::toString);

        cli.run("settings", "set", "kind-keywords", "default");
        assertTrue(cli.run("settings", "show").out().contains("travel: travel, drive, train, bus"));
    }

    @Test
    void setZoneIsKeptAndShown() {
        Result set = cli.run("settings", "set", "zone", "Europe/Paris");

        assertEquals(0, set.code(), set::toString);
        assertEquals("zone Europe/Paris\n", set.out());
        assertTrue(cli.run("settings", "show").out().startsWith("zone Europe/Paris\n"));
        assertEquals(ZoneId.of("Europe/Paris"), cli.snapshot().zone());
    }

    @Test
    void keyIsCaseInsensitive() {
        assertEquals(0, cli.run("settings", "set", "Zone", "Asia/Tokyo").code());
        assertEquals(ZoneId.of("Asia/Tokyo"), cli.snapshot().zone());
    }

    @Test
    void unknownZoneIsRefused() {
        cli.run("settings", "set", "zone", "Europe/Paris");

        Result result = cli.run("settings", "set", "zone", "Europe/Londn");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertEquals("dwdiary settings set: \"Europe/Londn\" is not a time zone; use a name such as Europe/London\n",
                result.err());
        assertEquals(ZoneId.of("Europe/Paris"), cli.snapshot().zone());
    }

    @Test
    void unknownKeyIsRefused() {
        Result result = cli.run("settings", "set", "colour", "blue");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary settings set: there is no setting \"colour\"; the settings are: zone, kind-keywords, theme, "
                + "contract-hours, working-days, standard-window, direct-target, wtr-opt-out, weekly-rest, night-time, "
                + "overtime-scheme, balance-from, flexi-period, flexi-credit-limit, flexi-debit-limit\n", result.err());
        assertEquals(ZoneId.of("Europe/London"), cli.snapshot().zone());
    }

    @Test
    void setWithoutAValueIsAUsageError() {
        Result result = cli.run("settings", "set", "zone");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("Usage: dwdiary settings set"), result.err());
    }

    @Test
    void settingsWithoutShowOrSetIsAUsageError() {
        Result result = cli.run("settings");

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().startsWith("Missing required subcommand"), result.err());
    }

    // found by SettingsFuzzTest: the date reached the diary file and came back as SQLite's CHECK constraint message
    @org.junit.jupiter.params.ParameterizedTest(name = "--from {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "0000-01-01",
            "1899-12-31", "2200-01-01"})
    void dateOutsideTheYearsADiaryKeepsIsRefusedNamingIt(String from) {
        Result result = cli.run("settings", "set", "working-days", "Mon-Wed", "--from", from);

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary settings set: --from " + java.time.LocalDate.parse(from)
                + " is outside the years a diary keeps (1900 to 2199)\n", result.err());
        assertEquals(0, cli.run("settings", "set", "working-days", "Mon-Wed", "--from", "1900-01-01").code());
    }

    // found by SettingsFuzzTest: the refusal did not say which setting it was refusing
    @Test
    void settingThatIsNotDatedCannotBeUnsetAndIsNamed() {
        Result result = cli.run("settings", "unset", "night-time", "--from", "start");

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().startsWith("dwdiary settings unset: \"night-time\" cannot be unset: only the dated "
                + "settings can (contract-hours, working-days, standard-window, direct-target)"), result.err());
    }

    // found by SettingsFuzzTest: the refusal named a --from the user never typed
    @Test
    void balanceFromAfterTodayIsNamedAsTheSettingItIs() {
        assertEquals(0, cli.run("settings", "set", "balance-from", "2026-04-01").code());

        Result result = cli.run("balance");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary balance: the balance counts from 2026-04-01 (the balance-from setting), after today "
                + "(2026-03-04): there is nothing to count yet; give an earlier --from or change balance-from\n", result.err());
        assertEquals(0, cli.run("balance", "--from", "2026-03-02").code(), "an earlier --from counts");
    }

    // found by the long run of SettingsFuzzTest: balance-from 0000-01-01 was taken, then balance failed with a
    // NullPointerException (no contract before the year 1)
    @Test
    void balanceFromOutsideTheYearsADiaryKeepsIsRefused() {
        Result result = cli.run("settings", "set", "balance-from", "0000-01-01");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary settings set: balance-from: \"0000-01-01\" is outside the years a diary keeps (1900 to 2199)\n",
                result.err());
        assertEquals(0, cli.run("balance", "--from", "0000-01-01", "--to", "0000-01-09").code(),
                "a balance over days before any setting counts with the defaults");
    }
}
