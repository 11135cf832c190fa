package org.dwdiary.bench;

import org.dwdiary.domain.Block;
import org.dwdiary.io.CsvBlockWriter;
import org.dwdiary.store.Diary;
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
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.dwdiary.bench.BenchData.CLOCK;

/**
 * CSV export of 100,000 blocks (the demo's generator at 10 blocks a working day; the last 100,000 of about
 * 38 years), warm (average time over 1 s iterations):
 * <ul>
 *   <li>{@code exportThroughTheCli}: {@code dwdiary export csv --out FILE} in this JVM — opening the diary,
 *       reading the blocks, {@link CsvBlockWriter} writing them to a temporary file that is then renamed;</li>
 *   <li>{@code readTheBlocks}: the store's part alone ({@code Diary.starting} over all time);</li>
 *   <li>{@code writeTheCsv}: the writer's part alone, into a {@link Writer#nullWriter()}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CsvExportBench {
    private Path folder;
    private Path out;
    private Diary diary;
    private List<Block> blocks;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = BenchData.copyOf(BenchData.hundredThousandBlocks());
        out = Files.createTempDirectory("dwdiary-bench-export-").resolve("blocks.csv");
        diary = Diary.open(folder, CLOCK);
        blocks = diary.all();
        if (blocks.size() != BenchData.HUNDRED_THOUSAND) {
            throw new IllegalStateException("expected 100,000 blocks, found " + blocks.size());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        diary.close();
        BenchData.delete(folder);
        BenchData.delete(out.getParent());
    }

    @Benchmark
    public long exportThroughTheCli() throws IOException {
        Cli.run(folder, "export", "csv", "--out", out.toString());
        return Files.size(out);
    }

    @Benchmark
    public List<Block> readTheBlocks() {
        return diary.starting(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"));
    }

    @Benchmark
    public Writer writeTheCsv() throws IOException {
        Writer nowhere = Writer.nullWriter();
        new CsvBlockWriter(nowhere, BenchData.LONDON, false).writeAll(blocks);
        return nowhere;
    }
}
