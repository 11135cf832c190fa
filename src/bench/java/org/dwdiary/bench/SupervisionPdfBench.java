package org.dwdiary.bench;

import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.report.Progress;
import org.dwdiary.report.SupervisionSummary;
import org.dwdiary.report.pdf.SupervisionPdf;
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
 * The supervision one-pager of a sample diary (a hard year, natural 5–8 blocks a day, a note with a caseload
 * and two 500-character reflections every week): rendering the PDF for 4 and 13 weeks from a summary already
 * read, and reading the diary plus rendering (what {@code report supervision} and the window do).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SupervisionPdfBench {
    private static final ZoneId LONDON = BenchData.LONDON;
    private static final Clock CLOCK = BenchData.CLOCK;
    private static final ZonedDateTime GENERATED = BenchData.NOW;
    private static final WeekId LAST = WeekId.of(BenchData.NOW.toLocalDate());

    private Path folder;
    private Diary diary;
    private SupervisionSummary fourWeeks;
    private SupervisionSummary thirteenWeeks;

    @Setup(Level.Trial)
    public void setUp() {
        folder = BenchData.tempFolder("supervision");
        diary = Diary.open(folder, CLOCK);
        diary.setZone(LONDON.getId());
        SampleDiaryWriter.write(diary, 52, 0, 2026, CLOCK);
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "25%", LocalDate.of(2025, 1, 6));
        String words = "Joint visit with the health visitor went well and the young person joined in for most of it. ";
        for (WeekId week = LAST.plusWeeks(-51); week.compareTo(LAST) <= 0; week = week.plusWeeks(1)) {
            String reflection = words.repeat(WeekNote.MAX_REFLECTION / words.length() + 1).substring(0, WeekNote.MAX_REFLECTION).strip();
            diary.saveWeekNote(new WeekNote(week, 18, reflection, reflection));
        }
        fourWeeks = read(4);
        thirteenWeeks = read(13);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        diary.close();
        BenchData.delete(folder);
    }

    private SupervisionSummary read(int weeks) {
        return SupervisionSummary.read(diary, LAST.plusWeeks(-(weeks - 1)).monday(), LAST.sunday());
    }

    @Benchmark
    public byte[] render4Weeks() throws IOException {
        return SupervisionPdf.render(fourWeeks, GENERATED, Progress.NONE);
    }

    @Benchmark
    public byte[] render13Weeks() throws IOException {
        return SupervisionPdf.render(thirteenWeeks, GENERATED, Progress.NONE);
    }

    @Benchmark
    public byte[] readAndRender4Weeks() throws IOException {
        return SupervisionPdf.render(read(4), GENERATED, Progress.NONE);
    }

    @Benchmark
    public byte[] readAndRender13Weeks() throws IOException {
        return SupervisionPdf.render(read(13), GENERATED, Progress.NONE);
    }
}
