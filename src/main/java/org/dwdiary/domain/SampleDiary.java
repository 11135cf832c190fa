package org.dwdiary.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic, hard diary for exploring the app and for benchmarks: 42–48 hour weeks, roughly
 * 15–25% direct work, visits framed by travel, evening recording and the odd Saturday catch-up,
 * as the field's surveys describe (see DOMAIN.md). Activity labels are generic and no note names
 * anyone. The same seed gives the same diary.
 */
public final class SampleDiary {
    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_BLOCKS_PER_DAY = 40;

    private static final String[] VISITS = {"Home visit", "Home visit", "Direct work session", "School visit",
            "Family time supervision"};
    private static final String[] CALLS = {"Phone call with family", "Video call with young person"};
    private static final String[] RECORDING = {"Case notes", "Case notes", "Assessment write-up", "Court statement",
            "Emails", "Care plan", "Admin", "Referral form"};
    private static final String[] MEETINGS = {"Team meeting", "Supervision", "Strategy discussion",
            "Child protection conference", "Core group meeting", "Training", "Panel"};
    private static final String[] EVENING = {"Case notes", "Assessment write-up", "Emails", "Court statement"};
    private static final String[] NOTES = {"Ran over: deadline tomorrow", "Interrupted by duty calls",
            "Catching up after court", "Waited 40 minutes for the lift"};

    private final Random random;
    private final ZoneId zone;
    private final int blocksPerDay;

    /**
     * @param blocksPerDay blocks in each working day's office hours, or 0 for a natural 5–8
     */
    private SampleDiary(long seed, ZoneId zone, int blocksPerDay) {
        this.random = new Random(seed);
        this.zone = zone;
        this.blocksPerDay = blocksPerDay;
    }

    /** The {@code weeks} ISO weeks up to and including the one holding {@code now}, up to {@code now}. */
    public static List<Block> generate(int weeks, int blocksPerDay, long seed, ZonedDateTime now) {
        if (weeks < 1) {
            throw new InputRefusedException("--weeks must be at least 1, not " + weeks);
        }
        if (blocksPerDay < 0 || blocksPerDay > MAX_BLOCKS_PER_DAY) {
            throw new InputRefusedException("--blocks-per-day must be from 1 to " + MAX_BLOCKS_PER_DAY
                    + " (or 0 for a natural 5 to 8), not " + blocksPerDay);
        }
        SampleDiary sample = new SampleDiary(seed, now.getZone(), blocksPerDay);
        WeekId last = WeekId.of(now.toLocalDate());
        List<Block> blocks = new ArrayList<>();
        for (WeekId week = last.plusWeeks(1 - weeks); week.compareTo(last) <= 0; week = week.plusWeeks(1)) {
            sample.week(week, blocks);
        }
        blocks.removeIf(block -> block.end().isAfter(now.toInstant()));
        return blocks;
    }

    /**
     * Exactly {@code count} blocks: the last ones of a sample reaching back as many whole weeks as that takes
     * (for benchmarks of a given size, e.g. 100,000 blocks). The same arguments give the same blocks.
     */
    public static List<Block> latest(int count, int blocksPerDay, long seed, ZonedDateTime now) {
        if (count < 1) {
            throw new InputRefusedException("the number of blocks must be at least 1, not " + count);
        }
        // A working day has blocksPerDay blocks (5 to 8 when natural); a week about five of them and a few evenings.
        int perWeek = 5 * (blocksPerDay > 0 ? blocksPerDay : 6) + 1;
        int weeks = count / perWeek + 1;
        while (true) {
            List<Block> blocks = generate(weeks, blocksPerDay, seed, now);
            if (blocks.size() >= count) {
                return List.copyOf(blocks.subList(blocks.size() - count, blocks.size()));
            }
            weeks += Math.max(1, (count - blocks.size()) / perWeek + 1);
        }
    }

    private void week(WeekId week, List<Block> out) {
        for (int i = 0; i < 5; i++) {
            LocalDate day = week.monday().plusDays(i);
            if (random.nextInt(30) == 0) {
                continue; // a day of leave now and then
            }
            workingDay(day, out);
            if (random.nextInt(100) < 35) {
                int start = 19 * 60 + 5 * random.nextInt(13);
                add(out, day, start, start + 45 + 5 * random.nextInt(16), WorkKind.RECORDING, pick(EVENING));
            }
        }
        if (random.nextInt(100) < 30) {
            int start = 9 * 60 + 30 + 5 * random.nextInt(12);
            add(out, week.monday().with(DayOfWeek.SATURDAY), start, start + 90 + 5 * random.nextInt(19),
                    WorkKind.RECORDING, "Catch-up recording");
        }
        if (random.nextInt(100) < 8) {
            add(out, week.sunday(), 20 * 60, 21 * 60, WorkKind.RECORDING, "Emails");
        }
    }

    private void workingDay(LocalDate day, List<Block> out) {
        int count = blocksPerDay > 0 ? blocksPerDay : 5 + random.nextInt(4);
        List<WorkKind> kinds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (kinds.size() < count) {
            episode(kinds, labels);
        }
        if (!kinds.contains(WorkKind.DIRECT) && count >= 3 && random.nextInt(100) < 55) {
            // Most days have at least one visit, somewhere in the first part of the day.
            int at = random.nextInt(Math.max(1, Math.min(kinds.size(), count - 2)));
            kinds.addAll(at, List.of(WorkKind.TRAVEL, WorkKind.DIRECT, WorkKind.TRAVEL));
            labels.addAll(at, List.of("Travel to visit", pick(VISITS), "Travel back to office"));
        }
        kinds = new ArrayList<>(kinds.subList(0, count));
        labels = new ArrayList<>(labels.subList(0, count));
        if (count > 1 && labels.get(count - 1).startsWith("Travel to")) {
            // A day cut short mid-episode ends at the desk, not on the road.
            kinds.set(count - 1, WorkKind.RECORDING);
            labels.set(count - 1, pick(RECORDING));
        }

        int dayStart = 8 * 60 + 15 + 5 * random.nextInt(10);
        int dayEnd = 17 * 60 + 5 * random.nextInt(16);
        boolean lunch = count >= 3 && random.nextInt(100) < 60; // often there is no lunch break
        int lunchMinutes = lunch ? 30 : 0;
        int available = dayEnd - dayStart - lunchMinutes;
        // Travel takes the time it takes; the other kinds share what is left of the day.
        int[] lengths = new int[count];
        int travel = 0;
        int totalWeight = 0;
        for (int i = 0; i < count; i++) {
            lengths[i] = typicalMinutes(kinds.get(i));
            if (kinds.get(i) == WorkKind.TRAVEL) {
                travel += lengths[i];
            } else {
                totalWeight += lengths[i];
            }
        }
        int forOthers = available - travel;
        boolean scaleAll = totalWeight == 0 || forOthers < 5 * (count - 1);
        // Stretch (at most to double: nobody has a five-hour team meeting) or squeeze to fit the day.
        double scale = scaleAll ? (double) available / Math.max(1, totalWeight + travel)
                : Math.min(2.5, (double) forOthers / totalWeight);
        for (int i = 0; i < count; i++) {
            if (scaleAll || kinds.get(i) != WorkKind.TRAVEL) {
                lengths[i] = Math.max(5, roundTo5(Math.round(lengths[i] * scale)));
            }
        }
        int planned = 0;
        for (int length : lengths) {
            planned += length;
        }
        available = Math.min(available, planned);
        int lunchAfter = lunch ? count / 2 - 1 : -1;
        int cursor = dayStart;
        for (int i = 0; i < count; i++) {
            int length = i == count - 1 ? dayStart + available + lunchMinutes - cursor : lengths[i];
            if (length < 5) {
                break;
            }
            add(out, day, cursor, cursor + length, kinds.get(i), labels.get(i));
            cursor += length;
            if (i == lunchAfter) {
                cursor += lunchMinutes;
            }
        }
    }

    /** A visit framed by travel, a call, a stretch of recording, a meeting here, or a meeting elsewhere. */
    private void episode(List<WorkKind> kinds, List<String> labels) {
        int roll = random.nextInt(100);
        if (roll < 16) {
            kinds.addAll(List.of(WorkKind.TRAVEL, WorkKind.DIRECT, WorkKind.TRAVEL));
            labels.addAll(List.of("Travel to visit", pick(VISITS), "Travel back to office"));
        } else if (roll < 21) {
            kinds.add(WorkKind.DIRECT);
            labels.add(pick(CALLS));
        } else if (roll < 70) {
            kinds.add(WorkKind.RECORDING);
            labels.add(pick(RECORDING));
        } else if (roll < 92) {
            kinds.add(WorkKind.MEETINGS);
            labels.add(pick(MEETINGS));
        } else {
            kinds.addAll(List.of(WorkKind.TRAVEL, WorkKind.MEETINGS, WorkKind.TRAVEL));
            labels.addAll(List.of("Travel to meeting", pick(MEETINGS), "Travel back to office"));
        }
    }

    private int typicalMinutes(WorkKind kind) {
        return switch (kind) {
            case DIRECT -> 60 + random.nextInt(31);
            case RECORDING -> 45 + random.nextInt(76);
            case TRAVEL -> 15 + 5 * random.nextInt(5);
            case MEETINGS -> 45 + random.nextInt(46);
        };
    }

    private void add(List<Block> out, LocalDate day, int fromMinute, int toMinute, WorkKind kind, String activity) {
        ZonedDateTime start = day.atTime(LocalTime.MIDNIGHT).plusMinutes(fromMinute).atZone(zone);
        ZonedDateTime end = day.atTime(LocalTime.MIDNIGHT).plusMinutes(toMinute).atZone(zone);
        String note = kind == WorkKind.RECORDING && random.nextInt(100) < 8 ? pick(NOTES) : null;
        out.add(Block.create(start.toInstant(), end.toInstant(), zone, kind, activity, note));
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int roundTo5(long minutes) {
        return (int) (Math.round(minutes / 5.0) * 5);
    }
}
