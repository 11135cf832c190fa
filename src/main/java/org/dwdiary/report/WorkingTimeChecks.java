package org.dwdiary.report;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.PossibleBreach.Rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Possible breaches of the Working Time Regulations 1998 (Great Britain), found the simple way a diary
 * can. The method, stated in {@link #METHOD} for people and reports:
 * <ul>
 * <li>Working time is every logged block, of any kind. Blocks that touch or overlap form one stretch of
 *     work; a <em>working day</em> is the stretches that start on one local date.</li>
 * <li>weekly-48h: for each ISO week, the average of it and the 16 weeks before (17 weeks, weeks with
 *     nothing logged counting 0) is over 48:00. Days of leave, sickness, bank holiday or TOIL count as
 *     neither work nor rest: the average is taken over the other days. Not flagged when the worker has opted out.</li>
 * <li>daily-rest-11h: from the end of one working day's last stretch to the start of the next working
 *     day's first is under 11:00.</li>
 * <li>weekly-rest-24h: no rest of 24:00 or more overlaps the ISO week (with the 14-day option: no rest of
 *     48:00, nor two of 24:00, overlaps the fortnight).</li>
 * <li>break-20min: a working day of more than 6:00 has no gap of 20 minutes or more between its stretches.</li>
 * <li>night-8h: in 17 weeks where at least a third of the working days had 3:00 or more of night time
 *     (23:00–06:00 unless set otherwise), the working time averages over 8:00 per day, counted over
 *     119 days less 17 weekly rest days.</li>
 * </ul>
 * Each figure is exact to the minute; a figure exactly at the limit is not a breach.
 */
public final class WorkingTimeChecks {
    public static final String METHOD = """
            Working time is every logged block. Blocks that touch form one stretch of work; a working day is the \
            stretches that start on one date. Average weekly time: each ISO week with the 16 before it (17 weeks); \
            days of leave, sickness, bank holiday or TOIL count as neither work nor rest, so the average is over \
            the other days. \
            Daily rest: from one working day's last stretch to the next one's first. Weekly rest: the longest rest \
            overlapping each week (or fortnight). Breaks: gaps between stretches on days of more than 6 hours. \
            Night work: in 17 weeks where a third of working days had 3 hours or more at night, the average per \
            day over 102 days (119 less 17 rest days). A figure exactly at its limit is not flagged. These are \
            possible breaches found from your own record, not legal advice.""";

    public static final int REFERENCE_WEEKS = 17;
    static final long WEEKLY_LIMIT = 48 * 60;
    static final long DAILY_REST = 11 * 60;
    static final long WEEKLY_REST = 24 * 60;
    static final long FORTNIGHTLY_REST = 48 * 60;
    static final long BREAK_AFTER = 6 * 60;
    static final long BREAK = 20;
    static final long NIGHT_LIMIT = 8 * 60;
    static final long NIGHT_SHIFT = 3 * 60;
    private static final long REFERENCE_DAYS_LESS_REST = REFERENCE_WEEKS * 7L - REFERENCE_WEEKS;

    private WorkingTimeChecks() {
    }

    /** The first day whose blocks {@link #check} needs for a period starting on {@code from}. */
    public static LocalDate dataFrom(LocalDate from) {
        return WeekId.of(from).plusWeeks(-REFERENCE_WEEKS).monday();
    }

    /**
     * The possible breaches whose period ends between {@code from} and {@code to} (inclusive), by date.
     * {@code blocks} should reach back to {@link #dataFrom}(from) and a day past {@code to}.
     */
    public static List<PossibleBreach> check(List<Block> blocks, Collection<DayMark> marks, ZoneId zone, LocalDate from,
                                             LocalDate to, WorkingRules options) {
        List<long[]> stretches = stretches(blocks);
        TreeMap<LocalDate, List<long[]>> days = workingDays(stretches, zone);
        TreeMap<LocalDate, Integer> halfDaysOff = new TreeMap<>();
        for (DayMark mark : marks) {
            halfDaysOff.put(mark.day(), mark.half() ? 1 : 2);
        }
        List<PossibleBreach> found = new ArrayList<>();
        if (!options.optedOut()) {
            weeklyAverage(blocks, halfDaysOff, zone, from, to, found);
        }
        dailyRest(days, from, to, found);
        weeklyRest(stretches, zone, from, to, options.fortnightlyRest(), found);
        breaks(days, from, to, found);
        night(days, halfDaysOff, zone, from, to, options, found);
        found.sort(Comparator.comparing(PossibleBreach::from).thenComparing(PossibleBreach::rule));
        return found;
    }

    /** Blocks that touch or overlap, joined: [start, end) in epoch seconds, in order. */
    static List<long[]> stretches(List<Block> blocks) {
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(Block::start));
        List<long[]> stretches = new ArrayList<>();
        for (Block block : sorted) {
            long start = block.start().getEpochSecond();
            long end = block.end().getEpochSecond();
            long[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                stretches.add(new long[] {start, end});
            }
        }
        return stretches;
    }

    private static TreeMap<LocalDate, List<long[]>> workingDays(List<long[]> stretches, ZoneId zone) {
        TreeMap<LocalDate, List<long[]>> days = new TreeMap<>();
        for (long[] stretch : stretches) {
            LocalDate day = Instant.ofEpochSecond(stretch[0]).atZone(zone).toLocalDate();
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(stretch);
        }
        return days;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Half days off (leave, sickness, holidays, TOIL) from {@code first} to {@code last}: 2 a whole day, 1 a half. */
    private static int halfDaysOff(TreeMap<LocalDate, Integer> halfDaysOff, LocalDate first, LocalDate last) {
        return halfDaysOff.subMap(first, true, last, true).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void weeklyAverage(List<Block> blocks, TreeMap<LocalDate, Integer> halfDaysOff, ZoneId zone,
                                      LocalDate from, LocalDate to, List<PossibleBreach> found) {
        WeekId firstWeek = WeekId.of(from);
        WeekId last = WeekId.of(to);
        DayLedger ledger = DayLedger.weeks(firstWeek.plusWeeks(-(REFERENCE_WEEKS - 1)), last, zone, SettingsTimeline.defaults(), List.of())
                .addAll(blocks);
        for (WeekId week = firstWeek; week.compareTo(last) <= 0; week = week.plusWeeks(1)) {
            if (!within(week.sunday(), from, to)) {
                continue;
            }
            long total = 0;
            for (int i = 0; i < REFERENCE_WEEKS; i++) {
                total += ledger.week(week.plusWeeks(-i)).totalMinutes();
            }
            LocalDate first = week.plusWeeks(-(REFERENCE_WEEKS - 1)).monday();
            // Days off count as neither work nor rest: the average is over the days that were not off.
            long halfDays = REFERENCE_WEEKS * 14L - halfDaysOff(halfDaysOff, first, week.sunday());
            if (halfDays > 0 && total * 14 > WEEKLY_LIMIT * halfDays) {
                found.add(new PossibleBreach(Rule.WEEKLY_48H, first, week.sunday(), Math.round(total * 14.0 / halfDays),
                        WEEKLY_LIMIT));
            }
        }
    }

    private static void dailyRest(TreeMap<LocalDate, List<long[]>> days, LocalDate from, LocalDate to, List<PossibleBreach> found) {
        Map.Entry<LocalDate, List<long[]>> previous = null;
        for (Map.Entry<LocalDate, List<long[]>> day : days.entrySet()) {
            if (previous != null && within(day.getKey(), from, to)) {
                List<long[]> before = previous.getValue();
                long rest = (day.getValue().get(0)[0] - before.get(before.size() - 1)[1]) / 60;
                if (rest < DAILY_REST) {
                    found.add(new PossibleBreach(Rule.DAILY_REST_11H, previous.getKey(), day.getKey(), rest, DAILY_REST));
                }
            }
            previous = day;
        }
    }

    private static void weeklyRest(List<long[]> stretches, ZoneId zone, LocalDate from, LocalDate to, boolean fortnightly,
                                   List<PossibleBreach> found) {
        for (WeekId week = WeekId.of(from); !week.monday().isAfter(to); week = week.plusWeeks(1)) {
            if (!within(week.sunday(), from, to)) {
                continue;
            }
            WeekId first = week;
            if (fortnightly) {
                if (fortnightIndex(week) % 2 == 0) {
                    continue; // a fortnight ends on the second of its two weeks
                }
                first = week.plusWeeks(-1);
            }
            long periodStart = first.start(zone).getEpochSecond();
            long periodEnd = week.end(zone).getEpochSecond();
            long longest = 0;
            int restsOfADay = 0;
            boolean worked = false;
            long previousEnd = Long.MIN_VALUE;
            for (int i = 0; i <= stretches.size(); i++) {
                long nextStart = i < stretches.size() ? stretches.get(i)[0] : Long.MAX_VALUE;
                // the rest [previousEnd, nextStart) counts when it overlaps the period
                if (previousEnd < periodEnd && nextStart > periodStart) {
                    long rest = nextStart == Long.MAX_VALUE || previousEnd == Long.MIN_VALUE ? Long.MAX_VALUE / 120
                            : (nextStart - previousEnd) / 60;
                    longest = Math.max(longest, rest);
                    restsOfADay += rest >= WEEKLY_REST ? 1 : 0;
                }
                if (i < stretches.size()) {
                    long[] stretch = stretches.get(i);
                    worked |= stretch[0] < periodEnd && stretch[1] > periodStart;
                    previousEnd = Math.max(previousEnd, stretch[1]);
                }
            }
            if (!worked) {
                continue;
            }
            boolean rested = fortnightly ? longest >= FORTNIGHTLY_REST || restsOfADay >= 2 : longest >= WEEKLY_REST;
            if (!rested) {
                found.add(new PossibleBreach(Rule.WEEKLY_REST_24H, first.monday(), week.sunday(), longest,
                        fortnightly ? FORTNIGHTLY_REST : WEEKLY_REST));
            }
        }
    }

    /** Weeks counted from Monday 5 January 1970, so fortnights are the same whatever the period asked for. */
    private static long fortnightIndex(WeekId week) {
        return Math.floorDiv(week.monday().toEpochDay() - 4, 7);
    }

    private static void breaks(TreeMap<LocalDate, List<long[]>> days, LocalDate from, LocalDate to, List<PossibleBreach> found) {
        for (Map.Entry<LocalDate, List<long[]>> day : days.subMap(from, true, to, true).entrySet()) {
            List<long[]> stretches = day.getValue();
            long worked = 0;
            long longestGap = 0;
            for (int i = 0; i < stretches.size(); i++) {
                worked += (stretches.get(i)[1] - stretches.get(i)[0]) / 60;
                if (i > 0) {
                    longestGap = Math.max(longestGap, (stretches.get(i)[0] - stretches.get(i - 1)[1]) / 60);
                }
            }
            if (worked > BREAK_AFTER && longestGap < BREAK) {
                found.add(new PossibleBreach(Rule.BREAK_20MIN, day.getKey(), day.getKey(), longestGap, BREAK));
            }
        }
    }

    private static void night(TreeMap<LocalDate, List<long[]>> days, TreeMap<LocalDate, Integer> halfDaysOff, ZoneId zone,
                              LocalDate from, LocalDate to, WorkingRules options, List<PossibleBreach> found) {
        for (WeekId week = WeekId.of(from); !week.monday().isAfter(to); week = week.plusWeeks(1)) {
            if (!within(week.sunday(), from, to)) {
                continue;
            }
            LocalDate first = week.plusWeeks(-(REFERENCE_WEEKS - 1)).monday();
            long worked = 0;
            int workingDays = 0;
            int nightDays = 0;
            for (Map.Entry<LocalDate, List<long[]>> day : days.subMap(first, true, week.sunday(), true).entrySet()) {
                workingDays++;
                long night = 0;
                for (long[] stretch : day.getValue()) {
                    worked += (stretch[1] - stretch[0]) / 60;
                    night += nightMinutes(stretch, zone, options.nightStart(), options.nightEnd());
                }
                nightDays += night >= NIGHT_SHIFT ? 1 : 0;
            }
            long halfDays = REFERENCE_DAYS_LESS_REST * 2 - halfDaysOff(halfDaysOff, first, week.sunday());
            if (nightDays > 0 && nightDays * 3 >= workingDays && halfDays > 0) {
                long average = Math.round(worked * 2.0 / halfDays);
                if (worked * 2 > NIGHT_LIMIT * halfDays) {
                    found.add(new PossibleBreach(Rule.NIGHT_8H, first, week.sunday(), average, NIGHT_LIMIT));
                }
            }
        }
    }

    /** The minutes of a stretch in night time: each night from nightStart on one day to nightEnd (the next day when earlier). */
    static long nightMinutes(long[] stretch, ZoneId zone, LocalTime nightStart, LocalTime nightEnd) {
        LocalDate day = Instant.ofEpochSecond(stretch[0]).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochSecond(stretch[1]).atZone(zone).toLocalDate();
        long minutes = 0;
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            long nightFrom = day.atTime(nightStart).atZone(zone).toEpochSecond();
            LocalDate endDay = nightEnd.isAfter(nightStart) ? day : day.plusDays(1);
            long nightTo = endDay.atTime(nightEnd).atZone(zone).toEpochSecond();
            minutes += Math.max(0, Math.min(stretch[1], nightTo) - Math.max(stretch[0], nightFrom)) / 60;
        }
        return minutes;
    }
}
