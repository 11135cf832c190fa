package org.dwdiary.cli;

import org.dwdiary.cli.CliRunner.Result;
import org.dwdiary.cli.CliRunner.Snapshot;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tempDir);
    }

    @Test
    void writesASampleDiaryIntoAnEmptyFolder() {
        Result result = cli.run("demo", "--weeks", "2");

        assertEquals(0, result.code(), result::toString);
        List<Block> blocks = cli.snapshot().blocks();
        assertTrue(blocks.size() > 10, "blocks: " + blocks.size());
        assertEquals("Wrote a sample diary of 2 weeks (" + blocks.size() + " blocks) to "
                + cli.dataDir.resolve("diary.db") + "\n", result.out());
        assertTrue(blocks.stream().allMatch(b -> !b.end().isAfter(CliRunner.CLOCK.instant())), "nothing in the future");
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == WorkKind.DIRECT));
    }

    @Test
    void sameSeedGivesTheSameDiary(@TempDir Path other) {
        cli.run("demo", "--weeks", "1", "--seed", "7");
        CliRunner second = new CliRunner(other);
        second.run("demo", "--weeks", "1", "--seed", "7");

        assertEquals(cli.snapshot(), second.snapshot());
    }

    @Test
    void chosenBlocksPerDayAreWritten() {
        Result result = cli.run("demo", "--weeks", "1", "--blocks-per-day", "3");

        assertEquals(0, result.code(), result::toString);
        assertTrue(cli.snapshot().blocks().size() >= 3);
    }

    @Test
    void diaryWithBlocksIsRefused() {
        cli.add("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit", null);
        Snapshot before = cli.snapshot();

        Result result = cli.run("demo");

        assertEquals(1, result.code(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("dwdiary demo: the diary in " + cli.dataDir + " already has 1 block;"),
                result.err());
        assertEquals(before, cli.snapshot());
    }

    @Test
    void tooManyBlocksPerDayIsRefused() {
        Result result = cli.run("demo", "--blocks-per-day", "99");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary demo: --blocks-per-day must be from 1 to 40 (or 0 for a natural 5 to 8), not 99\n", result.err());
        assertEquals(List.of(), cli.snapshot().blocks());
    }

    @Test
    void noWeeksIsRefused() {
        Result result = cli.run("demo", "--weeks", "0");

        assertEquals(1, result.code(), result::toString);
        assertEquals(List.of(), cli.snapshot().blocks());
    }
}
