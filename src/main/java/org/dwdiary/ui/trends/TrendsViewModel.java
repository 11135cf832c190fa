package org.dwdiary.ui.trends;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.io.PngFiles;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.Trend;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.report.WorkingTimeChecks;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;
import org.dwdiary.ui.range.RangeChoice;
import org.dwdiary.ui.range.WeekRange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The trends screen: which weeks (the last 4, 13, 26 or 52, all, or chosen dates), the summary tiles
 * and the four charts' data, with the weeks that hold a possible breach of the working-time rules. Every diary call runs on {@code background} and the results come back on
 * {@code fx}; a load overtaken by a newer one is dropped. Tests pass a same-thread executor for both.
 */
public final class TrendsViewModel {
    /** The weeks the "average share" tile covers, this week included. */
    static final int RECENT_WEEKS = 13;

    /**
     * What one load found: the range's trend, the last 13 weeks up to this week (for the tiles), and the
     * possible breaches of the working-time rules in the range (marked on the contract chart).
     */
    public record Loaded(WeekId thisWeek, Trend range, Trend recent, List<PossibleBreach> breaches, Map<ChartKind, ChartData> charts) {
        public WeekFigures thisWeekFigures() {
            return recent.weeks().get(recent.weeks().size() - 1);
        }
    }

    private final Diary diary;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<WeekId> openWeek;

    private final RangeChoice ranges = new RangeChoice(WeekRange.LAST_13,
            List.of(WeekRange.LAST_4, WeekRange.LAST_13, WeekRange.LAST_26, WeekRange.LAST_52, WeekRange.ALL, WeekRange.CUSTOM));
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper rangeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper thisWeekShare = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper thisWeekDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper averageShare = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper averageDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overtime = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper overtimeDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outside = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper outsideDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private long loads;

    /**
     * @param openWeek shows a week in the week view (a click on a chart's week)
     */
    public TrendsViewModel(Diary diary, Clock clock, Executor background, Executor fx, Consumer<WeekId> openWeek) {
        this.diary = diary;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.openWeek = openWeek;
    }

    /** The weeks offered and chosen (the range buttons and custom dates bind to it). */
    public RangeChoice ranges() {
        return ranges;
    }

    public ReadOnlyObjectProperty<WeekRange> rangeProperty() {
        return ranges.rangeProperty();
    }

    /** The first day of a custom range, as the date picker shows it (follows the shown range until changed). */
    public ObjectProperty<LocalDate> customFromProperty() {
        return ranges.customFromProperty();
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return ranges.customToProperty();
    }

    /** The last completed load, or null before the first. */
    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "2025-W50 to 2026-W10 · Mon 8 Dec 2025 – Sun 8 Mar 2026 · 13 weeks". */
    public ReadOnlyStringProperty rangeTitleProperty() {
        return rangeTitle.getReadOnlyProperty();
    }

    /** This week's direct-work share, "29%", or "nothing logged". */
    public ReadOnlyStringProperty thisWeekShareProperty() {
        return thisWeekShare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thisWeekDetailProperty() {
        return thisWeekDetail.getReadOnlyProperty();
    }

    /** The share of the last 13 weeks taken together, this week included. */
    public ReadOnlyStringProperty averageShareProperty() {
        return averageShare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averageDetailProperty() {
        return averageDetail.getReadOnlyProperty();
    }

    /** The range's hours over contract (each week's overtime added up), h:mm. */
    public ReadOnlyStringProperty overtimeProperty() {
        return overtime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overtimeDetailProperty() {
        return overtimeDetail.getReadOnlyProperty();
    }

    /** The range's evening and weekend hours, h:mm. */
    public ReadOnlyStringProperty outsideProperty() {
        return outside.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outsideDetailProperty() {
        return outsideDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** A preset range (the last N weeks, or all); {@link WeekRange#CUSTOM} takes the custom dates. */
    public void choose(WeekRange chosen) {
        if (ranges.select(chosen, this::error)) {
            reload();
        }
    }

    /**
     * The whole ISO weeks containing {@code from} and {@code to}. Refused with a message, and the shown
     * range kept, when a date is missing, the first is after the last, or the span is implausibly long.
     *
     * @return whether the range was taken
     */
    public boolean applyCustom(LocalDate from, LocalDate to) {
        boolean taken = ranges.selectCustom(from, to, this::error);
        if (taken) {
            reload();
        }
        return taken;
    }

    /** Reads the diary again for the chosen range (on showing the view, regaining focus, after settings). */
    public void reload() {
        RangeChoice.Request request = ranges.request();
        long load = ++loads;
        loading.set(true);
        background.execute(() -> {
            try {
                Loaded result = load(request);
                fx.execute(() -> {
                    if (load == loads) {
                        show(request.range(), result);
                    }
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    if (load == loads) {
                        loading.set(false);
                        error(e.getMessage());
                    }
                });
            }
        });
    }

    /**
     * On the background thread: one read of the diary covering the range, the last 13 weeks and what the
     * working-time checks need before the range, then the figures.
     */
    private Loaded load(RangeChoice.Request request) {
        ZoneId zone = diary.zone();
        WeekId thisWeek = WeekId.of(clock.instant().atZone(zone).toLocalDate());
        Optional<LocalDate> firstDay = request.range() == WeekRange.ALL ? diary.firstDay() : Optional.empty();
        RangeChoice.Weeks weeks = request.weeks(thisWeek, firstDay);
        WeekId recentFrom = thisWeek.plusWeeks(-(RECENT_WEEKS - 1));
        LocalDate first = weeks.from().monday();
        LocalDate last = weeks.to().sunday();
        WeekId readFrom = earlier(Trend.dataFrom(earlier(weeks.from(), recentFrom)), WeekId.of(WorkingTimeChecks.dataFrom(first)));
        WeekId readTo = later(WeekId.of(last.plusDays(1)), thisWeek);
        Diary.Period period = diary.period(readFrom, readTo);
        Trend trend = Trend.of(weeks.from(), weeks.to(), period.blocks(), period.zone(), period.settings(), period.marks());
        Trend recent = Trend.of(recentFrom, thisWeek, period.blocks(), period.zone(), period.settings(), period.marks());
        List<PossibleBreach> breaches = WorkingTimeChecks.check(period.blocks(), period.marks(), period.zone(), first, last,
                diary.workingRules());
        return new Loaded(thisWeek, trend, recent, breaches, TrendCharts.of(trend, breaches));
    }

    private static WeekId earlier(WeekId a, WeekId b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static WeekId later(WeekId a, WeekId b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void show(WeekRange chosen, Loaded result) {
        loading.set(false);
        Trend trend = result.range();
        long count = trend.weeks().size();
        RangeChoice.Weeks shown = new RangeChoice.Weeks(trend.from(), trend.to());
        rangeTitle.set(RangeChoice.title(shown));
        ranges.shown(chosen, shown); // custom starts from what is shown

        WeekFigures now = result.thisWeekFigures();
        thisWeekShare.set(now.isEmpty() ? "nothing logged" : DisplayFormats.percent(now.directShare()));
        thisWeekDetail.set(result.thisWeek() + (now.isEmpty() ? "" : " · " + DisplayFormats.hoursMinutes(now.minutes(WorkKind.DIRECT))
                + " of " + DisplayFormats.hoursMinutes(now.totalMinutes()))
                + (now.directTarget() == null ? " · no target set" : " · target " + DisplayFormats.percent(now.directTarget())));

        Trend recent = result.recent();
        averageShare.set(recent.directShare() == null ? "nothing logged" : DisplayFormats.percent(recent.directShare()));
        averageDetail.set(recent.from() + " to " + recent.to() + " · " + recent.loggedWeeks() + " of " + RECENT_WEEKS
                + " weeks logged, weighted by hours");

        overtime.set(DisplayFormats.hoursMinutes(trend.overtimeMinutes()));
        overtimeDetail.set("in " + trend.weeksOverContract() + " of " + weeksText(count)
                + " · contracted " + DisplayFormats.hoursMinutes(trend.contractMinutes()));

        outside.set(DisplayFormats.hoursMinutes(trend.outsideHoursMinutes()));
        outsideDetail.set("in " + weeksText(count) + ": " + DisplayFormats.hoursMinutes(trend.outsideWindowMinutes())
                + " outside the window on working days · " + DisplayFormats.hoursMinutes(trend.nonWorkingDayMinutes())
                + " on non-working days");

        if (messageIsError.get()) {
            info("");
        }
        loaded.set(result);
    }

    private static String weeksText(long count) {
        return RangeChoice.weeksText(count);
    }

    /** A click on a week in a chart: that week in the week view. */
    public void openWeek(WeekId week) {
        openWeek.accept(week);
    }

    /** "direct-work-share-2026-W01-to-2026-W13.png": the suggested name of an exported chart. */
    public String suggestedFileName(ChartKind kind) {
        Loaded shown = loaded.get();
        if (shown == null) {
            return kind.fileName() + ".png";
        }
        Trend trend = shown.range();
        return kind.fileName() + "-" + trend.from() + (trend.from().equals(trend.to()) ? "" : "-to-" + trend.to()) + ".png";
    }

    /**
     * Writes a chart's picture (ARGB pixels, row by row) as a PNG, off the FX thread; the message line
     * says where it went, or why it could not be written.
     */
    public void exportPng(ChartKind kind, Path target, int width, int height, int[] argb) {
        info("Saving " + target.getFileName() + "…");
        background.execute(() -> {
            try {
                PngFiles.write(target, width, height, argb);
                fx.execute(() -> info("Saved the chart \"" + kind.title() + "\" to " + target + " (" + width + " × " + height + " pixels)."));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> error("Cannot write " + target + ": " + e.getMessage()));
            }
        });
    }

    public void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    public void error(String text) {
        messageIsError.set(true);
        message.set(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }
}
