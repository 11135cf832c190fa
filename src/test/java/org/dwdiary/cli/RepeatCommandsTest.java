package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatCommandsTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.MEETINGS, "Team meeting", null);
        cli.add("2026-03-02T10:00", "2026-03-02T12:00", WorkKind.RECORDING, "Case notes", "private");
        cli.add("2026-03-04T11:30", "2026-03-04T11:45", WorkKind.DIRECT, "Phone call with family", null);
    }

    @Test
    void copyDayCopiesTheLastLoggedDayOntoTodayAndSkipsOverlaps() {
        Result result = cli.run("copy-day");

        assertEquals(0, result.code(), result::toString);
        assertEquals("""
                Copy Mon 2 Mar onto Wed 4 Mar:
                  + Wed 4 Mar 2026 09:00–10:00  meetings  Team meeting
                  - Wed 4 Mar 2026 10:00–12:00  recording  Case notes  (skipped: overlaps "Phone call with family", Wed 4 Mar 2026 11:30–11:45)
                Added 1 block, skipped 1 that would overlap.
                """, result.out());
        assertEquals(4, cli.snapshot().blocks().size());
    }

    @Test
    void aDryRunWritesNothing() {
        Result result = cli.run("copy-day", "--from", "2026-03-02", "--to", "2026-03-03", "--dry-run");

        assertTrue(result.out().endsWith("Dry run: 2 blocks would be added, 0 skipped. Nothing was written.\n"), result::toString);
        assertEquals(3, cli.snapshot().blocks().size());
    }

    @Test
    void copyWeekCopiesThePreviousWeekOntoThisWeekByDefault() {
        Result result = cli.run("copy-week", "--from", "2026-W10", "--to", "2026-W11");

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().startsWith("Copy the pattern of week 2026-W10 onto week 2026-W11:\n"), result::toString);
        assertEquals(6, cli.snapshot().blocks().size());
        assertEquals(1, cli.run("copy-week", "--from", "2026-W11", "--to", "2026-W11").code());
        assertEquals(1, cli.run("copy-week", "--to", "2026-W99").code());
    }

    @Test
    void templatesFromTheCommandLine() {
        Result saved = cli.run("template", "save", "Monday morning", "--date", "2026-03-02");
        assertEquals("Saved template \"Monday morning\": 09:00–10:00 Team meeting; 10:00–12:00 Case notes\n", saved.out());
        assertEquals("Monday morning: 09:00–10:00 Team meeting; 10:00–12:00 Case notes\n", cli.run("template", "list").out());

        Result applied = cli.run("template", "apply", "monday morning", "--date", "2026-03-09");
        assertEquals(0, applied.code(), applied::toString);
        assertTrue(applied.out().endsWith("Added 2 blocks.\n"), applied::toString);

        Result missing = cli.run("template", "apply", "Friday");
        assertEquals(1, missing.code());
        assertEquals("dwdiary template apply: there is no template \"Friday\"; `dwdiary template list` shows them\n", missing.err());
        assertEquals(1, cli.run("template", "save", "Empty day", "--date", "2026-03-07").code());
        assertEquals(1, cli.run("template", "save", "Nothing").code());
        assertEquals(0, cli.run("template", "delete", "Monday morning").code());
        assertEquals(1, cli.run("template", "delete", "Monday morning").code());
    }
}
