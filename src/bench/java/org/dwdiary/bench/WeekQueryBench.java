package org.dwdiary.bench;

import org.dwdiary.domain.WeekId;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.week.WeekViewModel;
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
import java.util.concurrent.TimeUnit;

import static org.dwdiary.bench.BenchData.CLOCK;
import static org.dwdiary.bench.BenchData.LONDON;

/**
 * The week query: what the week view reads for one week of the ten-year diary (520 weeks, 10 blocks a working
 * day, about 26,000 blocks), through the view's own model ({@link WeekViewModel#showWeek} with same-thread
 * executors, so the reading is timed without the FX thread): the week's blocks, day marks and settings
 * ({@code Diary.period}), its figures, the activities, the running timer, the keyword rules, the possible
 * breaches (an 18-week read for the working-time averages) and the week's note. The weeks asked for walk
 * through all ten years, a different one each time.
 * <ul>
 *   <li>{@code warm}: the diary open, as when paging through weeks in the window;</li>
 *   <li>{@code coldish}: the diary opened for the week and closed again (a new connection, SQLite's page
 *       cache empty; the JVM warm, the file in the operating system's cache) — as when the window opens a
 *       diary; the whole process, JVM start included, is {@code week --json} in {@link CliTiming};</li>
 *   <li>{@code blocksOnly}: the store call for the week's blocks alone, for comparison.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WeekQueryBench {
    private static final WeekId LAST = WeekId.of(BenchData.NOW.toLocalDate());

    private Path folder;
    private Diary diary;
    private WeekViewModel model;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        folder = BenchData.copyOf(BenchData.tenYearDiary());
        diary = Diary.open(folder, CLOCK);
        model = new WeekViewModel(diary, LONDON, CLOCK, Runnable::run, Runnable::run);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        diary.close();
        BenchData.delete(folder);
    }

    /** The next week in a walk over the ten years that steps 37 weeks at a time (so the page cache cannot simply follow). */
    private WeekId nextWeek() {
        next = (next + 37) % BenchData.TEN_YEARS;
        return LAST.plusWeeks(-next);
    }

    @Benchmark
    public WeekFigures warm() {
        model.showWeek(nextWeek());
        return model.figuresProperty().get();
    }

    @Benchmark
    public WeekFigures coldish() {
        try (Diary opened = Diary.open(folder, CLOCK)) {
            WeekViewModel fresh = new WeekViewModel(opened, LONDON, CLOCK, Runnable::run, Runnable::run);
            fresh.showWeek(nextWeek());
            return fresh.figuresProperty().get();
        }
    }

    @Benchmark
    public Diary.Period blocksOnly() {
        WeekId week = nextWeek();
        return diary.period(week, week);
    }
}
