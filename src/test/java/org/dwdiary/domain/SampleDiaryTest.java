package org.dwdiary.domain;

import org.dwdiary.report.WeekSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.dwdiary.domain.London.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleDiaryTest {
    /** The last minute of Sunday 22 March 2026 (2026-W12), so the twelve weeks are all complete. */
    private static final ZonedDateTime END_OF_W12 = ZonedDateTime.of(2026, 3, 22, 23, 59, 0, 0, ZONE);

    @Test
    void sameSeedGivesTheSameDiary() {
        List<Block> first = SampleDiary.generate(12, 0, 42, END_OF_W12);
        List<Block> second = SampleDiary.generate(12, 0, 42, END_OF_W12);

        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void otherSeedGivesAnotherDiary() {
        assertNotEquals(SampleDiary.generate(4, 0, 1, END_OF_W12), SampleDiary.generate(4, 0, 2, END_OF_W12));
    }

    @ParameterizedTest(name = "seed {0}, {1} blocks a day")
    @CsvSource({"1, 0", "2, 0", "42, 0", "7, 1", "7, 2", "7, 3", "7, 10", "11, 20", "12, 40", "13, 40", "14, 40"})
    void blocksNeverOverlap(long seed, int blocksPerDay) {
        List<Block> blocks = sorted(SampleDiary.generate(12, blocksPerDay, seed, END_OF_W12));

        for (int i = 1; i < blocks.size(); i++) {
            Block before = blocks.get(i - 1);
            Block after = blocks.get(i);
            assertFalse(before.overlaps(after), before.describe(ZONE) + " overlaps " + after.describe(ZONE));
        }
    }

    @ParameterizedTest(name = "now is {0}")
    @ValueSource(strings = {"2026-03-04T13:00", "2026-03-02T08:00", "2026-03-06T19:30", "2026-03-29T12:00"})
    void nothingIsLoggedAfterNowNorBeforeTheFirstWeek(String now) {
        ZonedDateTime at = LocalDateTime.parse(now).atZone(ZONE);

        List<Block> blocks = SampleDiary.generate(3, 0, 5, at);

        LocalDate firstMonday = WeekId.of(at.toLocalDate()).plusWeeks(-2).monday();
        assertFalse(blocks.isEmpty());
        assertTrue(blocks.stream().noneMatch(b -> b.end().isAfter(at.toInstant())));
        assertTrue(blocks.stream().noneMatch(b -> b.start().isBefore(firstMonday.atStartOfDay(ZONE).toInstant())));
        assertTrue(blocks.stream().allMatch(b -> b.zone().equals(ZONE) && !b.isStored()));
    }

    @ParameterizedTest(name = "seed {0}, twelve weeks to {1}")
    @CsvSource({
            "1,    2026-03-22",
            "2,    2026-03-22",
            "42,   2026-03-22",
            "2026, 2026-03-22",
            "3,    2026-04-05",   // the clocks go forward in the period
            "4,    2026-11-01",   // the clocks go back
            "5,    2027-01-10",   // across a new year with a 53rd week
    })
    void sampleLooksLikeAHardRealWeek(long seed, LocalDate lastSunday) {
        ZonedDateTime now = lastSunday.atTime(23, 59).atZone(ZONE);
        List<Block> blocks = SampleDiary.generate(12, 0, seed, now);

        long total = 0;
        long direct = 0;
        WeekId last = WeekId.of(lastSunday);
        for (WeekId week = last.plusWeeks(-11); week.compareTo(last) <= 0; week = week.plusWeeks(1)) {
            WeekSummary summary = WeekSummary.of(week, blocks, ZONE);
            total += summary.totalMinutes();
            direct += summary.minutes(WorkKind.DIRECT);
        }
        double averageHours = total / 12.0 / 60.0;
        double directShare = (double) direct / total;

        assertTrue(averageHours >= 40 && averageHours <= 50, "average week " + averageHours + " h");
        assertTrue(directShare >= 0.12 && directShare <= 0.28, "direct-work share " + directShare);
    }

    @Test
    void sampleHasEveningRecordingAndSomeWeekendWork() {
        List<Block> blocks = SampleDiary.generate(12, 0, 42, END_OF_W12);

        assertTrue(blocks.stream().anyMatch(b -> b.kind() == WorkKind.RECORDING
                && b.start().atZone(ZONE).toLocalTime().isAfter(LocalTime.of(18, 59))));
        assertTrue(blocks.stream().anyMatch(b -> b.start().atZone(ZONE).getDayOfWeek() == DayOfWeek.SATURDAY));
        for (WorkKind kind : WorkKind.values()) {
            assertTrue(blocks.stream().anyMatch(b -> b.kind() == kind), "no " + kind);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void tenBlocksADayGiveAboutTenDaytimeBlocksOnWorkingDays(long seed) {
        List<Block> blocks = SampleDiary.generate(12, 10, seed, END_OF_W12);

        Map<LocalDate, Integer> daytime = new TreeMap<>();
        for (Block block : blocks) {
            ZonedDateTime start = block.start().atZone(ZONE);
            if (start.getDayOfWeek().getValue() <= 5 && start.toLocalTime().isBefore(LocalTime.of(19, 0))) {
                daytime.merge(start.toLocalDate(), 1, Integer::sum);
            }
        }
        assertTrue(daytime.size() >= 50, daytime.size() + " working days of 60");
        assertTrue(daytime.values().stream().allMatch(n -> n >= 9 && n <= 10), daytime.toString());
        double average = daytime.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        assertTrue(average >= 9.5, "average " + average);
    }

    @ParameterizedTest(name = "{0} weeks, {1} blocks a day")
    @CsvSource(delimiter = '|', value = {
            "0  | 0  | --weeks must be at least 1, not 0",
            "-3 | 0  | --weeks must be at least 1, not -3",
            "4  | -1 | --blocks-per-day must be from 1 to 40 (or 0 for a natural 5 to 8), not -1",
            "4  | 41 | not 41",
    })
    void badArgumentsAreRefused(int weeks, int blocksPerDay, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> SampleDiary.generate(weeks, blocksPerDay, 1, END_OF_W12));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} blocks, {1} a day")
    @CsvSource({"1, 10", "1000, 10", "100000, 10", "2500, 0", "777, 40"})
    void latestGivesExactlyThatManyBlocksUpToNowWithoutOverlaps(int count, int blocksPerDay) {
        List<Block> latest = SampleDiary.latest(count, blocksPerDay, 7, END_OF_W12);

        assertEquals(count, latest.size());
        assertEquals(latest, SampleDiary.latest(count, blocksPerDay, 7, END_OF_W12));
        assertFalse(latest.get(count - 1).end().isAfter(END_OF_W12.toInstant()));
        for (int i = 1; i < latest.size(); i++) {
            assertTrue(latest.get(i - 1).end().compareTo(latest.get(i).start()) <= 0,
                    latest.get(i - 1).describe(ZONE) + " is not before " + latest.get(i).describe(ZONE));
        }
    }

    @Test
    void latestRefusesNoBlocks() {
        assertThrows(InputRefusedException.class, () -> SampleDiary.latest(0, 10, 7, END_OF_W12));
    }

    private static List<Block> sorted(List<Block> blocks) {
        List<Block> copy = new ArrayList<>(blocks);
        copy.sort(Comparator.comparing(Block::start));
        return copy;
    }
}
