package org.dwdiary.bench;

import org.dwdiary.report.EvidencePack;
import org.dwdiary.report.Progress;
import org.dwdiary.report.pdf.EvidencePackPdf;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * The union evidence pack for 52 weeks at 10 blocks a working day (the figure: at most 3 s, for the
 * whole command), warm: reading it from a real SQLite diary (figures, record keeping, the integrity check of
 * the whole history), rendering the PDF (about 60 pages), and both. The cold command, JVM start included,
 * is timed by {@link EvidencePackTiming}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvidencePackBench {
    private static final ZoneId LONDON = BenchData.LONDON;
    private static final Clock CLOCK = BenchData.CLOCK;
    private static final ZonedDateTime GENERATED = BenchData.NOW;

    private Path folder;
    private Diary diary;
    private LocalDate first;
    private LocalDate last;
    private EvidencePack pack;

    @Setup(Level.Trial)
    public void setUp() {
        folder = BenchData.tempFolder("evidence");
        diary = Diary.open(folder, CLOCK);
        diary.setZone(LONDON.getId());
        SampleDiaryWriter.write(diary, 52, BenchData.BLOCKS_PER_DAY, BenchData.SEED, CLOCK);
        first = diary.firstDay().orElseThrow();
        last = LocalDate.now(CLOCK);
        pack = EvidencePack.read(diary, first, last, EvidencePack.Options.NONE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        diary.close();
        BenchData.delete(folder);
    }

    @Benchmark
    public EvidencePack read52Weeks() {
        return EvidencePack.read(diary, first, last, EvidencePack.Options.NONE);
    }

    @Benchmark
    public byte[] render52Weeks() throws IOException {
        return EvidencePackPdf.render(pack, GENERATED, Progress.NONE);
    }

    @Benchmark
    public byte[] readAndRender52Weeks() throws IOException {
        return EvidencePackPdf.render(EvidencePack.read(diary, first, last, EvidencePack.Options.NONE), GENERATED, Progress.NONE);
    }
}
