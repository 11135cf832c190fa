package org.dwdiary.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart, from zero up to a "nice" top: whole hours in steps of 1, 2 or 5 times a
 * power of ten (0, 10, 20 … 50 h), or a share in steps of 10% (up to 50%) or 20% (up to 100%). Maps a
 * value to a pixel, and says how many week bands to skip between labels. The trends view and the PDF
 * reports draw their axes from it, so their charts agree.
 *
 * @param unit minutes (labelled in hours) or a share 0–1 (labelled in percent)
 * @param max  the top of the axis, in the unit's values (minutes, or a share)
 * @param step the distance between ticks, in the same values
 */
public record ChartScale(Unit unit, double max, double step) {
    /** At most this many steps from zero to the top: six labels stay legible on a short chart. */
    static final int MOST_STEPS = 5;
    /** Weeks between labels on a time axis: one, a fortnight, four weeks, a quarter, half a year, years. */
    private static final int[] WEEK_STEPS = {1, 2, 4, 13, 26, 52, 104, 260, 520, 1040, 2600, 5200};

    public enum Unit { MINUTES, SHARE, COUNT }

    public ChartScale {
        if (!(max > 0) || !(step > 0)) {
            throw new IllegalArgumentException("a scale needs a positive top and step: " + max + ", " + step);
        }
    }

    /** Whole hours from zero, the top at or above {@code maxMinutes}; an empty series gets 0–1 h. */
    public static ChartScale hours(long maxMinutes) {
        double hours = Math.max(0, maxMinutes) / 60.0;
        long step = 1;
        while (Math.ceil(hours / step - 1e-9) > MOST_STEPS) {
            step = nextNice(step);
        }
        long steps = Math.max(1, (long) Math.ceil(hours / step - 1e-9));
        return new ChartScale(Unit.MINUTES, steps * step * 60.0, step * 60.0);
    }

    /** 0% up to the tens at or above {@code maxShare} in 10s (to 50%), or in 20s (to 100%). */
    public static ChartScale shares(double maxShare) {
        long percent = Math.min(100, Math.max(0, (long) Math.ceil(maxShare * 100 - 1e-9)));
        long tens = Math.max(10, (percent + 9) / 10 * 10);
        if (tens <= 50) {
            return new ChartScale(Unit.SHARE, tens / 100.0, 0.1);
        }
        long twenties = (percent + 19) / 20 * 20;
        return new ChartScale(Unit.SHARE, twenties / 100.0, 0.2);
    }

    /** Whole numbers from zero (a caseload), in steps of 1, 2, 5, 10 … up to at or above {@code max}. */
    public static ChartScale counts(long max) {
        long step = 1;
        while (Math.ceil(Math.max(0, max) / (double) step - 1e-9) > MOST_STEPS) {
            step = nextNice(step);
        }
        long steps = Math.max(1, (long) Math.ceil(Math.max(0, max) / (double) step - 1e-9));
        return new ChartScale(Unit.COUNT, steps * step, step);
    }

    /** 1, 2, 5, 10, 20, 50 … */
    private static long nextNice(long step) {
        long power = 1;
        while (power * 10 <= step) {
            power *= 10;
        }
        long digit = step / power;
        return digit == 1 ? 2 * power : digit == 2 ? 5 * power : 10 * power;
    }

    /** The ticks from zero to the top, both included. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(max / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** A tick's label: "40 h", "20%". */
    public String label(double value) {
        return switch (unit) {
            case MINUTES -> Math.round(value / 60) + " h";
            case SHARE -> Math.round(value * 100) + "%";
            case COUNT -> String.valueOf(Math.round(value));
        };
    }

    /**
     * The pixel of {@code value} on an axis drawn from {@code zeroPixel} (the value 0) to {@code maxPixel}
     * (the top): for a vertical axis, zero is the bottom's y and the top the smaller y.
     */
    public double toPixel(double value, double zeroPixel, double maxPixel) {
        return zeroPixel + value / max * (maxPixel - zeroPixel);
    }

    /**
     * Every how many weeks a time axis can carry a label without labels overlapping: 1, 2, 4, 13, 26, 52 …
     * weeks, the smallest whose bands are together at least {@code labelWidth} wide.
     */
    public static int labelEvery(double bandWidth, double labelWidth) {
        for (int weeks : WEEK_STEPS) {
            if (weeks * bandWidth >= labelWidth) {
                return weeks;
            }
        }
        return WEEK_STEPS[WEEK_STEPS.length - 1];
    }
}
