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
        assertEquals("zone Europe/London\n" + "kind-keywords " + org.dwdiary.domain.KindRules.defaults().format() + "\n",
                result.out());
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
        assertEquals("dwdiary settings set: there is no setting \"colour\"; the settings are: zone, kind-keywords\n", result.err());
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
}
