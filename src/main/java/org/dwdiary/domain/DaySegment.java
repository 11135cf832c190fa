package org.dwdiary.domain;

import java.time.LocalDate;

/**
 * The part of a block drawn in one day column of the week view, in minutes after local midnight
 * by the wall clock ({@code toMinute} is 1440 when the block runs on past midnight).
 */
public record DaySegment(Block block, LocalDate day, int fromMinute, int toMinute,
                         boolean continuesFromDayBefore, boolean continuesToNextDay) {
}
