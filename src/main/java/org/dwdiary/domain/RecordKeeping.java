package org.dwdiary.domain;

/**
 * How a period's record was kept: of its logged minutes, how many were recorded within 24 hours of the
 * block's end (contemporaneous), and how many changes were made to its blocks after they were recorded.
 */
public record RecordKeeping(long minutes, long minutesRecordedWithin24Hours, long laterEdits) {
    /** The share of minutes recorded within 24 hours, or null when nothing is logged. */
    public Double timelyShare() {
        return minutes == 0 ? null : (double) minutesRecordedWithin24Hours / minutes;
    }
}
