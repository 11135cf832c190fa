package org.dwdiary.domain;

/**
 * How a period's record was kept: of its logged minutes, how many were recorded within 24 hours of the
 * block's end (contemporaneous), and how many changes were made to its blocks after they were recorded.
 */
public record RecordKeeping(long minutes, long minutesRecordedWithin24Hours, long laterEdits) {
    /** Recorded at most this long after its end, a block counts as contemporaneous. */
    public static final java.time.Duration TIMELY = java.time.Duration.ofHours(24);

    /** Whether a block ending at {@code end} and first recorded at {@code recorded} was recorded in time. */
    public static boolean isTimely(java.time.Instant recorded, java.time.Instant end) {
        return java.time.Duration.between(end, recorded).compareTo(TIMELY) <= 0;
    }

    /** The share of minutes recorded within 24 hours, or null when nothing is logged. */
    public Double timelyShare() {
        return minutes == 0 ? null : (double) minutesRecordedWithin24Hours / minutes;
    }
}
