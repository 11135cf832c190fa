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

class DeleteCommandTest {
    @TempDir Path tempDir;
    private CliRunner cli;
    private Block visit;
    private Block notes;

    @BeforeEach
    void diaryWithTwoBlocks() {
        cli = new CliRunner(tempDir);
        visit = cli.add("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", null);
        notes = cli.add("2026-03-02T11:00", "2026-03-02T12:00", WorkKind.RECORDING, "Case notes", null);
    }

    @Test
    void deletesTheBlockAndNamesIt() {
        Result result = cli.run("delete", "1");

        assertEquals(0, result.code(), result::toString);
        assertEquals("Deleted #1: \"Home visit\", Mon 2 Mar 2026 09:00–10:30\n", result.out());
        assertEquals(List.of(notes), cli.snapshot().blocks());
    }

    @Test
    void numberMayBeWrittenWithAHash() {
        assertEquals(0, cli.run("delete", "#2").code());
        assertEquals(List.of(visit), cli.snapshot().blocks());
    }

    @Test
    void unknownNumberIsRefused() {
        Snapshot before = cli.snapshot();

        Result result = cli.run("delete", "99");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary delete: there is no block #99; `dwdiary list` shows the blocks and their numbers\n",
                result.err());
        assertEquals(before, cli.snapshot());
    }

    @Test
    void alreadyDeletedBlockIsRefused() {
        cli.run("delete", "1");

        Result result = cli.run("delete", "1");

        assertEquals(1, result.code(), result::toString);
        assertEquals(List.of(notes), cli.snapshot().blocks());
    }

    @Test
    void somethingThatIsNotANumberIsRefused() {
        Result result = cli.run("delete", "visit");

        assertEquals(1, result.code(), result::toString);
        assertEquals("dwdiary delete: \"visit\" is not a block number; `dwdiary list` shows them\n", result.err());
        assertEquals(List.of(visit, notes), cli.snapshot().blocks());
    }

    @Test
    void missingNumberIsAUsageError() {
        Result result = cli.run("delete");

        assertEquals(2, result.code(), result::toString);
        assertEquals(List.of(visit, notes), cli.snapshot().blocks());
    }
}
