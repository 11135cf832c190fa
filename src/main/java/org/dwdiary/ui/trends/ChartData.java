package org.dwdiary.ui.trends;

import org.dwdiary.domain.WeekId;
import org.dwdiary.report.ChartScale;

import java.util.Collections;
import java.util.List;

/**
 * What one chart draws, already counted and worded: one band per week, stacked bars from the bottom up,
 * lines over them, the value axis, a short label and the hover text of each week. Plain data, so the
 * view only turns it into shapes.
 *
 * @param bars       stacked from the axis up, in this order (a null or zero value draws nothing)
 * @param lines      drawn over the bars; a null value is a gap in the line
 * @param weekLabels a short label for each week, for the time axis
 * @param tips       the exact figures of each week, for the hover text
 * @param empty      nothing logged in any of the weeks: the chart shows a message instead of axes
 * @param warnings   for each week, what a warning mark under it stands for (a possible breach of the
 *                   working-time rules), or null for no mark
 */
public record ChartData(ChartKind kind, ChartScale scale, List<WeekId> weeks, List<String> weekLabels,
                        List<Series> bars, List<Series> lines, List<String> tips, boolean empty, List<String> warnings) {
    /** The legend's words for the warning mark. */
    public static final String WARNING_LEGEND = "Possible breach of the working-time rules (hover the week)";

    /** How a series is drawn. */
    public enum Mark {
        /** A bar in each week's band, stacked on the bars before it. */
        BAR,
        /** A line through the middle of each week's band, with a point at each week. */
        LINE_WITH_POINTS,
        /** A line through the middle of each week's band. */
        LINE,
        /** A level across each week's band, stepping up or down between weeks (contract, target). */
        STEP
    }

    /**
     * @param styleClass the CSS class of the series, also on its legend swatch
     * @param values     one per week, in the chart's unit (minutes or a share 0–1); null for no value
     */
    public record Series(String name, String styleClass, Mark mark, List<Double> values) {
        public Series {
            values = Collections.unmodifiableList(values);
        }

        public Double value(int week) {
            return values.get(week);
        }
    }

    public ChartData {
        weeks = List.copyOf(weeks);
        weekLabels = List.copyOf(weekLabels);
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
        tips = List.copyOf(tips);
        warnings = Collections.unmodifiableList(new java.util.ArrayList<>(warnings));
        if (warnings.size() != weeks.size()) {
            throw new IllegalArgumentException("one warning (or null) per week");
        }
    }

    /** A chart without warning marks. */
    public ChartData(ChartKind kind, ChartScale scale, List<WeekId> weeks, List<String> weekLabels,
                     List<Series> bars, List<Series> lines, List<String> tips, boolean empty) {
        this(kind, scale, weeks, weekLabels, bars, lines, tips, empty, Collections.nCopies(weeks.size(), null));
    }

    /** Whether week {@code week} has a warning mark. */
    public boolean warned(int week) {
        return warnings.get(week) != null;
    }

    /** Whether any week has a warning mark (the chart then keeps a row for them under the axis). */
    public boolean anyWarning() {
        return warnings.stream().anyMatch(java.util.Objects::nonNull);
    }

    public int weekCount() {
        return weeks.size();
    }

    /** The series in the legend's order: bars, then lines. */
    public List<Series> legend() {
        return java.util.stream.Stream.concat(bars.stream(), lines.stream()).toList();
    }
}
