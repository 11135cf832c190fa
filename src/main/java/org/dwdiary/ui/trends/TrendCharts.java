package org.dwdiary.ui.trends;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.ChartScale;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.Trend;
import org.dwdiary.report.WeekFigures;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The four charts of a {@link Trend}: which series each draws, its axis, and the words of each week's
 * hover text. Every number comes from the trend's {@link WeekFigures} (and the possible breaches from
 * {@code WorkingTimeChecks}); this class only arranges and words them (the view draws, it never counts).
 */
final class TrendCharts {
    /** Longer ranges label the time axis with months, shorter ones with each week's Monday. */
    private static final int WEEKS_LABELLED_BY_DAY = 53;
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM", DisplayFormats.LOCALE);
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", DisplayFormats.LOCALE);

    private TrendCharts() {
    }

    static Map<ChartKind, ChartData> of(Trend trend) {
        return of(trend, List.of());
    }

    /**
     * The four charts; the contract chart marks each week with a possible breach of the working-time rules
     * (in the week it belongs to, {@link PossibleBreach#week()}) and names them in that week's hover text.
     */
    static Map<ChartKind, ChartData> of(Trend trend, List<PossibleBreach> breaches) {
        List<WeekFigures> weeks = trend.weeks();
        List<WeekId> ids = weeks.stream().map(WeekFigures::week).toList();
        DateTimeFormatter labelFormat = weeks.size() <= WEEKS_LABELLED_BY_DAY ? DAY_LABEL : MONTH_LABEL;
        List<String> labels = weeks.stream().map(week -> labelFormat.format(week.from())).toList();
        boolean empty = trend.loggedWeeks() == 0;

        Map<ChartKind, ChartData> charts = new EnumMap<>(ChartKind.class);
        charts.put(ChartKind.SHARE, share(trend, ids, labels, empty));
        charts.put(ChartKind.KINDS, kinds(weeks, ids, labels, empty));
        charts.put(ChartKind.CONTRACT, contract(weeks, ids, labels, empty, breaches));
        charts.put(ChartKind.OUTSIDE, outside(weeks, ids, labels, empty));
        return charts;
    }

    /** "2026-W10 · Mon 2 Mar – Sun 8 Mar 2026". */
    static String weekHeading(WeekFigures week) {
        return week.week() + " · " + DisplayFormats.SHORT_DAY.format(week.from()) + " – " + DisplayFormats.day(week.to());
    }

    private static ChartData share(Trend trend, List<WeekId> ids, List<String> labels, boolean empty) {
        List<WeekFigures> weeks = trend.weeks();
        List<Double> shares = values(weeks, WeekFigures::directShare);
        List<Double> targets = values(weeks, WeekFigures::directTarget);
        List<Double> moving = trend.movingShares();
        double max = 0;
        for (List<Double> series : List.of(shares, targets, moving)) {
            max = Math.max(max, series.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0));
        }
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeekFigures week = weeks.get(i);
            List<String> parts = new ArrayList<>();
            parts.add(week.isEmpty() ? "Nothing logged"
                    : "Direct-work share " + DisplayFormats.percent(week.directShare()) + " ("
                    + DisplayFormats.hoursMinutes(week.minutes(WorkKind.DIRECT)) + " of "
                    + DisplayFormats.hoursMinutes(week.totalMinutes()) + ")");
            if (moving.get(i) != null) {
                parts.add(Trend.MOVING_WEEKS + "-week average " + DisplayFormats.percent(moving.get(i)));
            }
            if (week.directTarget() != null) {
                parts.add("target " + DisplayFormats.percent(week.directTarget()));
            }
            tips.add(weekHeading(week) + "\n" + String.join(" · ", parts));
        }
        List<ChartData.Series> lines = new ArrayList<>();
        lines.add(new ChartData.Series("Direct-work share", "series-share", ChartData.Mark.LINE_WITH_POINTS, shares));
        lines.add(new ChartData.Series(Trend.MOVING_WEEKS + "-week average", "series-average", ChartData.Mark.LINE, moving));
        if (targets.stream().anyMatch(Objects::nonNull)) {
            lines.add(new ChartData.Series("Your target", "series-target", ChartData.Mark.STEP, targets));
        }
        return new ChartData(ChartKind.SHARE, ChartScale.shares(max), ids, labels, List.of(), lines, tips, empty);
    }

    private static ChartData kinds(List<WeekFigures> weeks, List<WeekId> ids, List<String> labels, boolean empty) {
        List<ChartData.Series> bars = new ArrayList<>();
        for (WorkKind kind : WorkKind.values()) {
            bars.add(new ChartData.Series(kind.displayName(), "kind-" + kind.code(), ChartData.Mark.BAR,
                    values(weeks, week -> (double) week.minutes(kind))));
        }
        List<String> tips = new ArrayList<>();
        for (WeekFigures week : weeks) {
            StringBuilder tip = new StringBuilder(weekHeading(week)).append('\n');
            if (week.isEmpty()) {
                tip.append("Nothing logged");
            } else {
                List<String> parts = new ArrayList<>();
                for (WorkKind kind : WorkKind.values()) {
                    parts.add(kind.displayName() + " " + DisplayFormats.hoursMinutes(week.minutes(kind)));
                }
                tip.append(String.join(" · ", parts)).append("\nTotal ").append(DisplayFormats.hoursMinutes(week.totalMinutes()));
            }
            tips.add(tip.toString());
        }
        long max = weeks.stream().mapToLong(WeekFigures::totalMinutes).max().orElse(0);
        return new ChartData(ChartKind.KINDS, ChartScale.hours(max), ids, labels, bars, List.of(), tips, empty);
    }

    private static ChartData contract(List<WeekFigures> weeks, List<WeekId> ids, List<String> labels, boolean empty,
                                      List<PossibleBreach> breaches) {
        Map<WeekId, List<PossibleBreach>> byWeek = new HashMap<>();
        for (PossibleBreach breach : breaches) {
            byWeek.computeIfAbsent(breach.week(), week -> new ArrayList<>()).add(breach);
        }
        List<ChartData.Series> bars = List.of(
                new ChartData.Series("Worked, up to the contract", "series-worked", ChartData.Mark.BAR,
                        values(weeks, week -> (double) (week.totalMinutes() - week.overtimeMinutes()))),
                new ChartData.Series("Over the contract", "series-overtime", ChartData.Mark.BAR,
                        values(weeks, week -> (double) week.overtimeMinutes())));
        List<ChartData.Series> lines = List.of(new ChartData.Series("Contracted hours", "series-contract", ChartData.Mark.STEP,
                values(weeks, week -> (double) week.contractMinutes())));
        List<String> tips = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (WeekFigures week : weeks) {
            String contracted = "contracted " + DisplayFormats.hoursMinutes(week.contractMinutes());
            String figures;
            if (week.isEmpty()) {
                figures = "Nothing logged · " + contracted;
            } else if (week.overtimeMinutes() > 0) {
                figures = "Worked " + DisplayFormats.hoursMinutes(week.totalMinutes()) + " · " + contracted
                        + " · over by " + DisplayFormats.hoursMinutes(week.overtimeMinutes());
            } else {
                figures = "Worked " + DisplayFormats.hoursMinutes(week.totalMinutes()) + " · " + contracted
                        + (week.differenceMinutes() < 0 ? " · under by " + DisplayFormats.hoursMinutes(-week.differenceMinutes()) : "");
            }
            List<PossibleBreach> found = byWeek.getOrDefault(week.week(), List.of());
            String warning = found.isEmpty() ? null : found.stream()
                    .map(breach -> "Possible breach: " + breach.describe()).collect(Collectors.joining("\n"));
            warnings.add(warning);
            tips.add(weekHeading(week) + "\n" + figures + (warning == null ? "" : "\n" + warning));
        }
        long max = weeks.stream().mapToLong(week -> Math.max(week.totalMinutes(), week.contractMinutes())).max().orElse(0);
        return new ChartData(ChartKind.CONTRACT, ChartScale.hours(max), ids, labels, bars, lines, tips, empty, warnings);
    }

    private static ChartData outside(List<WeekFigures> weeks, List<WeekId> ids, List<String> labels, boolean empty) {
        List<ChartData.Series> bars = List.of(
                new ChartData.Series("Evenings: working days, outside the window", "series-evening", ChartData.Mark.BAR,
                        values(weeks, week -> (double) week.outsideWindowMinutes())),
                new ChartData.Series("Weekends: non-working days", "series-weekend", ChartData.Mark.BAR,
                        values(weeks, week -> (double) week.nonWorkingDayMinutes())));
        List<String> tips = new ArrayList<>();
        for (WeekFigures week : weeks) {
            tips.add(weekHeading(week) + "\n" + (week.isEmpty() ? "Nothing logged"
                    : "Evenings " + DisplayFormats.hoursMinutes(week.outsideWindowMinutes())
                    + " · weekends " + DisplayFormats.hoursMinutes(week.nonWorkingDayMinutes())
                    + " · together " + DisplayFormats.hoursMinutes(week.outsideHoursMinutes())));
        }
        long max = weeks.stream().mapToLong(WeekFigures::outsideHoursMinutes).max().orElse(0);
        return new ChartData(ChartKind.OUTSIDE, ChartScale.hours(max), ids, labels, bars, List.of(), tips, empty);
    }

    private static List<Double> values(List<WeekFigures> weeks, Function<WeekFigures, Double> value) {
        List<Double> values = new ArrayList<>(weeks.size());
        for (WeekFigures week : weeks) {
            values.add(value.apply(week));
        }
        return values;
    }
}
