package org.dwdiary.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The settings that shape a day's figures, as they stand on one date: contracted hours per week, the
 * working days they are spread over, the standard working window (time outside it on a working day,
 * and all time on other days, is "outside hours"), and the worker's own target for the direct-work share.
 *
 * @param directTarget a share 0–1, or null for no target
 */
public record Contract(long weeklyMinutes, Set<DayOfWeek> workingDays, LocalTime windowStart, LocalTime windowEnd,
                       Double directTarget) {
    /** 37 hours, Monday to Friday, 08:00–18:00, no target: the usual council contract (DOMAIN.md). */
    public static final Contract DEFAULT = new Contract(37 * 60, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 0), LocalTime.of(18, 0), null);

    public Contract {
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        if (weeklyMinutes < 0) {
            throw new IllegalArgumentException("weekly minutes " + weeklyMinutes);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("no working days");
        }
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("window " + windowStart + "-" + windowEnd);
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    }

    public boolean isWorkingDay(DayOfWeek day) {
        return workingDays.contains(day);
    }

    /**
     * The contracted minutes of one day of the week: the weekly minutes spread evenly over the working
     * days, the odd minutes going to the first working days, so a whole week adds up exactly
     * (37:00 over five days is 7:24 a day; 37:01 gives Monday 7:25).
     */
    public long dailyMinutes(DayOfWeek day) {
        if (!isWorkingDay(day)) {
            return 0;
        }
        int days = workingDays.size();
        int rank = 0;
        for (DayOfWeek working : workingDays) {
            if (working == day) {
                break;
            }
            rank++;
        }
        return weeklyMinutes / days + (rank < weeklyMinutes % days ? 1 : 0);
    }

    public Contract withWeeklyMinutes(long minutes) {
        return new Contract(minutes, workingDays, windowStart, windowEnd, directTarget);
    }

    public Contract withWorkingDays(Set<DayOfWeek> days) {
        return new Contract(weeklyMinutes, days, windowStart, windowEnd, directTarget);
    }

    public Contract withWindow(LocalTime start, LocalTime end) {
        return new Contract(weeklyMinutes, workingDays, start, end, directTarget);
    }

    public Contract withDirectTarget(Double target) {
        return new Contract(weeklyMinutes, workingDays, windowStart, windowEnd, target);
    }
}
