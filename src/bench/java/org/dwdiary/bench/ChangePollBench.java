package org.dwdiary.bench;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

/**
 * What the open window pays every two seconds to learn whether the command line changed the diary: one
 * {@code PRAGMA data_version} on a ten-year diary (520 weeks, 10 blocks a day), when nothing changed (almost
 * always) and right after another connection committed a block.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChangePollBench {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), LONDON);

    private Path folder;
    private Diary window;
    private Diary commandLine;
    private Instant next = Instant.parse("2030-01-07T09:00:00Z");

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("poll-bench");
        window = Diary.open(folder, CLOCK);
        window.setZone(LONDON.getId());
        SampleDiaryWriter.write(window, 520, 10, 7, CLOCK);
        commandLine = Diary.open(folder, CLOCK);
        window.changedElsewhere();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        commandLine.close();
        window.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public boolean pollNothingChanged() {
        return window.changedElsewhere();
    }

    /** The command line's commit is set up outside the measurement; only the poll that notices it is timed. */
    @State(Scope.Thread)
    public static class AfterACommit {
        @Setup(Level.Invocation)
        public void commit(ChangePollBench bench) {
            bench.commandLine.add(Block.create(bench.next, bench.next.plusSeconds(600), LONDON, WorkKind.DIRECT, "Home visit", null),
                    RecordedVia.CLI);
            bench.next = bench.next.plusSeconds(3600);
        }
    }

    @Benchmark
    public boolean pollAfterTheCommandLineCommitted(AfterACommit commit) {
        return window.changedElsewhere();
    }
}
