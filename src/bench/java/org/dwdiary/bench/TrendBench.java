package org.dwdiary.bench;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.SampleDiary;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.Trend;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The 520-week trend series of a ten-year diary with 10 blocks a day (the figure: ≤ 50 ms warm),
 * with a part-time change half way: computing it from blocks in memory, and reading the blocks from a
 * real SQLite diary first (what the trends view's "All" range does off the FX thread).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TrendBench {
    private static final ZoneId LONDON = BenchData.LONDON;
    private static final Clock CLOCK = BenchData.CLOCK;
    private static final WeekId LAST = WeekId.of(BenchData.NOW.toLocalDate());
    private static final WeekId FIRST = LAST.plusWeeks(-519);

    private List<Block> blocks;
    private SettingsTimeline settings;
    private Path folder;
    private Diary diary;

    @Setup(Level.Trial)
    public void setUp() {
        blocks = SampleDiary.generate(BenchData.TEN_YEARS, BenchData.BLOCKS_PER_DAY, BenchData.SEED, BenchData.NOW);
        settings = new SettingsTimeline(List.of(
                new SettingsTimeline.Change(FigureSetting.CONTRACT_HOURS, FIRST.plusWeeks(260).monday().plusDays(2), "22:30"),
                new SettingsTimeline.Change(FigureSetting.WORKING_DAYS, FIRST.plusWeeks(260).monday().plusDays(2), "Mon-Wed")));
        folder = BenchData.copyOf(BenchData.tenYearDiary()); // the same blocks, written by SampleDiaryWriter
        diary = Diary.open(folder, CLOCK);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        diary.close();
        BenchData.delete(folder);
    }

    @Benchmark
    public Trend series520WeeksInMemory() {
        return Trend.of(FIRST, LAST, blocks, LONDON, settings);
    }

    @Benchmark
    public Trend series520WeeksFromTheDiary() {
        Diary.Period period = diary.period(Trend.dataFrom(FIRST), LAST);
        return Trend.of(FIRST, LAST, period.blocks(), period.zone(), period.settings());
    }

    @Benchmark
    public Trend thirteenWeeksFromTheDiary() {
        WeekId first = LAST.plusWeeks(-12);
        Diary.Period period = diary.period(Trend.dataFrom(first), LAST);
        return Trend.of(first, LAST, period.blocks(), period.zone(), period.settings());
    }
}
