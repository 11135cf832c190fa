package org.dwdiary.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Axis ticks people can read at a glance: whole hours in 1-2-5 steps, shares in tens or twenties. */
class ChartScaleTest {

    private static String labels(ChartScale scale) {
        return scale.ticks().stream().map(scale::label).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} minutes: {1}")
    @CsvSource(delimiter = '|', value = {
            "2880 | 0 h 10 h 20 h 30 h 40 h 50 h",      // a 48-hour week
            "2220 | 0 h 10 h 20 h 30 h 40 h",           // 37 hours
            "3000 | 0 h 10 h 20 h 30 h 40 h 50 h",      // exactly 50 hours: the top is 50, not 60
            "3001 | 0 h 20 h 40 h 60 h",
            "720  | 0 h 5 h 10 h 15 h",                 // 12 hours of evenings
            "300  | 0 h 1 h 2 h 3 h 4 h 5 h",
            "170  | 0 h 1 h 2 h 3 h",
            "20   | 0 h 1 h",                           // never a fraction of an hour
            "0    | 0 h 1 h",                           // nothing logged: still a readable axis
            "-30  | 0 h 1 h",
            "6000 | 0 h 20 h 40 h 60 h 80 h 100 h",
            "40000 | 0 h 200 h 400 h 600 h 800 h",
    })
    void hoursAreWholeAndNice(long maxMinutes, String expected) {
        assertEquals(expected, labels(ChartScale.hours(maxMinutes)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.19  | 0% 10% 20%",
            "0.2   | 0% 10% 20%",
            "0.201 | 0% 10% 20% 30%",
            "0.25  | 0% 10% 20% 30%",
            "0.5   | 0% 10% 20% 30% 40% 50%",
            "0.51  | 0% 20% 40% 60%",
            "0.8   | 0% 20% 40% 60% 80%",
            "1.0   | 0% 20% 40% 60% 80% 100%",
            "0     | 0% 10%",
            "1.3   | 0% 20% 40% 60% 80% 100%",  // a share never exceeds 100%: the axis stops there
    })
    void sharesGoUpInTensOrTwenties(double maxShare, String expected) {
        assertEquals(expected, labels(ChartScale.shares(maxShare)));
    }

    @Test
    void theTopIsAlwaysAtOrAboveTheLargestValue() {
        for (long minutes = 0; minutes <= 200 * 60; minutes += 7) {
            ChartScale scale = ChartScale.hours(minutes);
            List<Double> ticks = scale.ticks();
            assertEquals(scale.max(), ticks.get(ticks.size() - 1), 1e-9);
            assertEquals(true, scale.max() >= minutes, minutes + " fits under " + scale.max());
            assertEquals(true, ticks.size() - 1 <= ChartScale.MOST_STEPS, minutes + ": " + ticks);
            assertEquals(0, scale.step() % 60, 1e-9, "ticks on whole hours");
        }
    }

    @Test
    void mapsValuesToPixelsBothWays() {
        ChartScale scale = ChartScale.hours(48 * 60); // 0–50 h
        assertEquals(300, scale.toPixel(0, 300, 50), 1e-9, "zero at the bottom");
        assertEquals(50, scale.toPixel(50 * 60, 300, 50), 1e-9, "the top at the top");
        assertEquals(200, scale.toPixel(20 * 60, 300, 50), 1e-9);
        assertEquals(40, ChartScale.shares(0.19).toPixel(0.1, 0, 80), 1e-9, "10% is half of 0–20%, left to right");
    }

    @ParameterizedTest(name = "bands of {0} px, labels of {1} px: every {2} weeks")
    @CsvSource({
            "60, 40, 1",      // 13 weeks on a wide chart: each week labelled
            "30, 40, 2",
            "12, 40, 4",      // a year: every four weeks
            "4, 40, 13",      // two years: quarters
            "1.1, 40, 52",    // ten years: one label a year
            "0.01, 40, 5200",
    })
    void labelsSkipWeeksSoTheyNeverOverlap(double bandWidth, double labelWidth, int every) {
        assertEquals(every, ChartScale.labelEvery(bandWidth, labelWidth));
    }

    @Test
    void refusesAnAxisWithNoHeight() {
        assertThrows(IllegalArgumentException.class, () -> new ChartScale(ChartScale.Unit.SHARE, 0, 0.1));
    }
}
