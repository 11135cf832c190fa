package org.dwdiary.report.pdf;

import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.ChartScale;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart over bands (usually weeks) drawn as vector graphics: stacked bars, lines with gaps, a level
 * per band (such as the contracted hours), a reference line (a target), vertical marks (a median on a
 * histogram), and triangle markers (possible breaches), with a value axis from {@link ChartScale} and a legend. The same scale as the trends view,
 * so the printed charts agree with the screen.
 */
public final class PdfChart {
    public static final Color DIRECT = new Color(0x00, 0x72, 0xB2);
    public static final Color RECORDING = new Color(0xE6, 0x9F, 0x00);
    public static final Color TRAVEL = new Color(0x00, 0x9E, 0x73);
    public static final Color MEETINGS = new Color(0xCC, 0x79, 0xA7);
    public static final Color TARGET = new Color(0xD5, 0x5E, 0x00);
    public static final Color WORKED = new Color(0x9a, 0xa5, 0xb1);
    public static final Color OVERTIME = new Color(0xD5, 0x5E, 0x00);
    public static final Color EVENING = new Color(0x56, 0x4f, 0x9e);
    public static final Color WEEKEND = new Color(0x8e, 0x87, 0xd0);
    public static final Color CONTRACT = new Color(0x1a, 0x1a, 0x1a);
    public static final Color AVERAGE = new Color(0x5b, 0x63, 0x6b);

    public static Color colour(WorkKind kind) {
        return switch (kind) {
            case DIRECT -> DIRECT;
            case RECORDING -> RECORDING;
            case TRAVEL -> TRAVEL;
            case MEETINGS -> MEETINGS;
        };
    }

    private record Stack(String name, Color colour, double[] values) {
    }

    private record Line(String name, Color colour, Double[] values, boolean dashed) {
    }

    private record Reference(String name, Color colour, double value) {
    }

    private record Mark(String name, Color colour, double position, boolean dashed) {
    }

    private final String title;
    private final List<String> bands;
    private final ChartScale scale;
    private final List<Stack> stacks = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Stack> levels = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private String markerName;
    private boolean[] markers;

    /**
     * @param bands the label of each band, left to right ("W10", "2 Mar")
     * @param scale the value axis; values are in the scale's unit (minutes, a share, a count)
     */
    public PdfChart(String title, List<String> bands, ChartScale scale) {
        this.title = title;
        this.bands = List.copyOf(bands);
        this.scale = scale;
    }

    /** Bars stacked on the bars added before, one value per band. */
    public PdfChart stacked(String name, Color colour, double[] values) {
        stacks.add(new Stack(name, colour, values));
        return this;
    }

    /** A line through the bands' centres; a null value leaves a gap. */
    public PdfChart line(String name, Color colour, Double[] values, boolean dashed) {
        lines.add(new Line(name, colour, values, dashed));
        return this;
    }

    /** A short level across each band (the contracted hours of each week). */
    public PdfChart level(String name, Color colour, double[] values) {
        levels.add(new Stack(name, colour, values));
        return this;
    }

    /** A dashed line across the whole chart at one value (a target). */
    public PdfChart reference(String name, Color colour, double value) {
        references.add(new Reference(name, colour, value));
        return this;
    }

    /**
     * A vertical line across the plot at a place along the bands: 0 is the left edge of the first band,
     * the number of bands the right edge of the last (a median on a histogram). Marks of one name share
     * one legend key.
     */
    public PdfChart mark(String name, Color colour, double position, boolean dashed) {
        marks.add(new Mark(name, colour, position, dashed));
        return this;
    }

    /** A small triangle above each band that is true. */
    public PdfChart markers(String name, boolean[] bands) {
        this.markerName = name;
        this.markers = bands;
        return this;
    }

    void draw(PdfCanvas canvas, float x, float y, float width, float height) throws IOException {
        float titleSize = 9.5f;
        float labelSize = 7f;
        canvas.text(title, x, y + height - titleSize, titleSize, true, ReportPages.INK, PdfCanvas.Align.LEFT);
        float legendHeight = 11;
        float axisWidth = 0;
        for (double tick : scale.ticks()) {
            axisWidth = Math.max(axisWidth, canvas.width(scale.label(tick), labelSize, false));
        }
        float left = x + axisWidth + 4;
        float right = x + width - 2;
        float top = y + height - titleSize - 8;
        float bottom = y + labelSize + 6 + legendHeight;
        // Axis and grid.
        for (double tick : scale.ticks()) {
            float ty = pixel(tick, bottom, top);
            canvas.line(left, ty, right, ty, tick == 0 ? 0.6f : 0.25f, tick == 0 ? ReportPages.MUTED : ReportPages.RULE, false);
            canvas.text(scale.label(tick), left - 3, ty - labelSize * 0.35f, labelSize, false, ReportPages.MUTED, PdfCanvas.Align.RIGHT);
        }
        int count = Math.max(1, bands.size());
        float band = (right - left) / count;
        float labelWidth = 0;
        for (String label : bands) {
            labelWidth = Math.max(labelWidth, canvas.width(label, labelSize, false));
        }
        int every = ChartScale.labelEvery(band, labelWidth + 6);
        for (int i = 0; i < bands.size(); i += every) {
            canvas.text(bands.get(i), left + band * (i + 0.5f), bottom - labelSize - 3, labelSize, false, ReportPages.MUTED,
                    PdfCanvas.Align.CENTRE);
        }
        // Bars.
        float barWidth = Math.max(0.6f, band * 0.7f);
        for (int i = 0; i < bands.size(); i++) {
            double base = 0;
            for (Stack stack : stacks) {
                double value = i < stack.values().length ? stack.values()[i] : 0;
                if (value > 0) {
                    float from = pixel(base, bottom, top);
                    float to = pixel(base + value, bottom, top);
                    canvas.fillRect(left + band * i + (band - barWidth) / 2, from, barWidth, to - from, stack.colour());
                }
                base += value;
            }
        }
        for (Stack level : levels) {
            for (int i = 0; i < Math.min(bands.size(), level.values().length); i++) {
                float ly = pixel(level.values()[i], bottom, top);
                canvas.line(left + band * i + band * 0.05f, ly, left + band * (i + 1) - band * 0.05f, ly, 1.2f, level.colour(), false);
            }
        }
        for (Reference reference : references) {
            float ry = pixel(reference.value(), bottom, top);
            canvas.line(left, ry, right, ry, 0.9f, reference.colour(), true);
        }
        for (Mark mark : marks) {
            float mx = left + band * (float) Math.max(0, Math.min(count, mark.position()));
            canvas.line(mx, bottom, mx, top, 1.2f, mark.colour(), mark.dashed());
        }
        for (Line line : lines) {
            List<Float> xs = new ArrayList<>();
            List<Float> ys = new ArrayList<>();
            for (int i = 0; i <= bands.size(); i++) {
                Double value = i < bands.size() && i < line.values().length ? line.values()[i] : null;
                if (value != null) {
                    xs.add(left + band * (i + 0.5f));
                    ys.add(pixel(value, bottom, top));
                    continue;
                }
                strokeRun(canvas, line, xs, ys, band);
                xs.clear();
                ys.clear();
            }
        }
        if (markers != null) {
            for (int i = 0; i < Math.min(bands.size(), markers.length); i++) {
                if (markers[i]) {
                    float cx = left + band * (i + 0.5f);
                    float side = Math.min(6, Math.max(3, band * 0.8f));
                    canvas.fillPolygon(new float[] {cx - side / 2, cx + side / 2, cx}, new float[] {top + 1, top + 1, top - side + 1},
                            TARGET);
                }
            }
        }
        legend(canvas, x, y + 1, labelSize);
    }

    private void strokeRun(PdfCanvas canvas, Line line, List<Float> xs, List<Float> ys, float band) throws IOException {
        if (xs.size() == 1 || band >= 6) {
            for (int i = 0; i < xs.size(); i++) {
                canvas.dot(xs.get(i), ys.get(i), Math.min(1.8f, band / 4), line.colour());
            }
        }
        float[] xa = new float[xs.size()];
        float[] ya = new float[ys.size()];
        for (int i = 0; i < xa.length; i++) {
            xa[i] = xs.get(i);
            ya[i] = ys.get(i);
        }
        canvas.polyline(xa, ya, 1.3f, line.colour(), line.dashed());
    }

    private void legend(PdfCanvas canvas, float x, float y, float size) throws IOException {
        float cursor = x;
        for (Stack stack : stacks) {
            cursor = key(canvas, cursor, y, size, stack.name(), stack.colour(), Key.BOX);
        }
        for (Stack level : levels) {
            cursor = key(canvas, cursor, y, size, level.name(), level.colour(), Key.LINE);
        }
        for (Line line : lines) {
            cursor = key(canvas, cursor, y, size, line.name(), line.colour(), line.dashed() ? Key.DASH : Key.LINE);
        }
        for (Reference reference : references) {
            cursor = key(canvas, cursor, y, size, reference.name(), reference.colour(), Key.DASH);
        }
        List<String> keyed = new ArrayList<>();
        for (Mark mark : marks) {
            if (!keyed.contains(mark.name())) {
                keyed.add(mark.name());
                cursor = key(canvas, cursor, y, size, mark.name(), mark.colour(), mark.dashed() ? Key.DASH : Key.LINE);
            }
        }
        if (markerName != null) {
            key(canvas, cursor, y, size, markerName, TARGET, Key.TRIANGLE);
        }
    }

    private enum Key { BOX, LINE, DASH, TRIANGLE }

    private static float key(PdfCanvas canvas, float x, float y, float size, String name, Color colour, Key key) throws IOException {
        float mid = y + size * 0.35f;
        switch (key) {
            case BOX -> canvas.fillRect(x, y, size, size, colour);
            case LINE -> canvas.line(x, mid, x + size + 3, mid, 1.3f, colour, false);
            case DASH -> canvas.line(x, mid, x + size + 3, mid, 1.1f, colour, true);
            case TRIANGLE -> canvas.fillPolygon(new float[] {x, x + size, x + size / 2}, new float[] {y + size, y + size, y}, colour);
        }
        float textX = x + size + 6;
        canvas.text(name, textX, y + 0.5f, size, false, ReportPages.INK, PdfCanvas.Align.LEFT);
        return textX + canvas.width(name, size, false) + 10;
    }

    private float pixel(double value, float bottom, float top) {
        double clamped = Math.max(0, Math.min(scale.max(), value));
        return (float) scale.toPixel(clamped, bottom, top);
    }
}
