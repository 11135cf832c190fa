package org.dwdiary.bench;

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
import java.util.concurrent.TimeUnit;

/**
 * CSV import of 100,000 blocks into a new, empty diary, in one transaction, through the command's own path
 * ({@code dwdiary import FILE} in this JVM: the CSV reader, the checks, the store writing every block with its
 * history entry), so the benchmark holds whatever the reader and the store's import become. The file is the
 * export of the 100,000-block sample diary ({@link CsvExportBench}'s data), made by {@code export csv}. Each
 * import is timed once ({@code SingleShotTime}), each into a diary of its own.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class CsvImportBench {
    private Path csvFolder;
    private Path csv;
    private Path diary;

    @Setup(Level.Trial)
    public void exportTheSample() throws IOException {
        Path sample = BenchData.copyOf(BenchData.hundredThousandBlocks());
        csvFolder = Files.createTempDirectory("dwdiary-bench-import-");
        csv = csvFolder.resolve("blocks.csv");
        Cli.run(sample, "export", "csv", "--with-notes", "--out", csv.toString());
        BenchData.delete(sample);
    }

    @Setup(Level.Iteration)
    public void newDiary() {
        diary = BenchData.emptyDiary("import");
    }

    @TearDown(Level.Iteration)
    public void deleteDiary() {
        BenchData.delete(diary);
    }

    @TearDown(Level.Trial)
    public void deleteFile() {
        BenchData.delete(csvFolder);
    }

    @Benchmark
    public String importHundredThousand() {
        String said = Cli.run(diary, "import", csv.toString());
        if (!said.contains("100,000 blocks") && !said.contains("100000 blocks")) {
            throw new IllegalStateException("the import did not say it imported 100,000 blocks: " + said);
        }
        return said;
    }
}
