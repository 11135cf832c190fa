package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.dwdiary.store.TestDiaries.CLOCK;
import static org.dwdiary.store.TestDiaries.LONDON;
import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GUI and the CLI may have the same diary open and write at the same moment. */
class SharedDiaryTest {
    private static final int BLOCKS_EACH = 40;

    @Test
    void secondDiaryOnTheSameFolderSeesTheFirstOnesWrites(@TempDir Path dir) {
        try (Diary gui = Diary.open(dir, CLOCK); Diary cli = Diary.open(dir, CLOCK)) {
            Block fromCli = cli.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                    RecordedVia.CLI);
            assertEquals(List.of(fromCli), gui.all());
            Block fromGui = gui.add(block("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.TRAVEL, "Drive back"),
                    RecordedVia.GUI);
            assertEquals(List.of(fromCli, fromGui), cli.all());
        }
    }

    @Test
    void theWindowNoticesWhatTheCommandLineCommitsButNotItsOwnChanges(@TempDir Path dir) {
        try (Diary gui = Diary.open(dir, CLOCK); Diary cli = Diary.open(dir, CLOCK)) {
            assertFalse(gui.changedElsewhere(), "nothing changed since it opened");
            gui.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
            assertFalse(gui.changedElsewhere(), "its own change is already shown");

            cli.add(block("2026-03-02T10:00", "2026-03-02T11:00", WorkKind.TRAVEL, "Drive back"), RecordedVia.CLI);
            assertTrue(gui.changedElsewhere(), "the command line's change is noticed");
            assertFalse(gui.changedElsewhere(), "once");

            assertTrue(cli.changedElsewhere(), "and the other way round");
            cli.all();
            assertFalse(gui.changedElsewhere(), "reading changes nothing");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twoDiariesWritingAtOnceLoseNoWrite(@TempDir Path dir) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try (Diary gui = Diary.open(dir, CLOCK); Diary cli = Diary.open(dir, CLOCK)) {
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean writing = new AtomicBoolean(true);
            // The window asks, as it does every two seconds, whether the command line changed the diary: here
            // every millisecond, between and during both writers' transactions.
            Future<Integer> polls = writers.submit(() -> {
                start.await();
                int noticed = 0;
                while (writing.get()) {
                    noticed += gui.changedElsewhere() ? 1 : 0;
                    Thread.sleep(1);
                }
                return noticed;
            });
            Future<List<Block>> guiWrites = writers.submit(writer(gui, 0, start, RecordedVia.GUI));
            Future<List<Block>> cliWrites = writers.submit(writer(cli, 1, start, RecordedVia.CLI));
            start.countDown();
            List<Block> written = new ArrayList<>(guiWrites.get(25, TimeUnit.SECONDS));
            written.addAll(cliWrites.get(25, TimeUnit.SECONDS));
            writing.set(false);
            assertTrue(polls.get(25, TimeUnit.SECONDS) + (gui.changedElsewhere() ? 1 : 0) > 0,
                    "the window noticed the command line's writes");

            assertEquals(2 * BLOCKS_EACH, written.size());
            try (Diary third = Diary.open(dir, CLOCK)) {
                assertEquals(2L * BLOCKS_EACH, third.count());
                List<Block> stored = third.all();
                written.sort(java.util.Comparator.comparing(Block::start));
                assertEquals(written, stored);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void writeWaitsForAnotherProgramsTransactionInsteadOfFailing(@TempDir Path dir) throws Exception {
        Diary.open(dir, CLOCK).close();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection otherProgram = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("diary.db"));
             Diary diary = Diary.open(dir, CLOCK)) {
            try (Statement sql = otherProgram.createStatement()) {
                sql.execute("BEGIN IMMEDIATE");
            }
            Future<?> release = other.submit(() -> {
                Thread.sleep(300);
                try (Statement sql = otherProgram.createStatement()) {
                    sql.execute("COMMIT");
                }
                return null;
            });

            Block added = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"),
                    RecordedVia.CLI);

            release.get(10, TimeUnit.SECONDS);
            assertEquals(List.of(added), diary.all());
        } finally {
            other.shutdownNow();
        }
    }

    /** Writer {@code lane} adds one-hour blocks on alternate hours, so the two never clash. */
    private static Callable<List<Block>> writer(Diary diary, int lane, CountDownLatch start, RecordedVia via) {
        return () -> {
            start.await();
            List<Block> added = new ArrayList<>();
            Instant first = TestDiaries.at("2026-01-05T00:00");
            for (int i = 0; i < BLOCKS_EACH; i++) {
                Instant from = first.plusSeconds(3600L * (2 * i + lane));
                added.add(diary.add(Block.create(from, from.plusSeconds(3600), LONDON,
                        lane == 0 ? WorkKind.DIRECT : WorkKind.RECORDING, "Lane " + lane, null), via));
            }
            return added;
        };
    }

}
