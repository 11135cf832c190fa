package org.dwdiary.io;

/**
 * Why a calendar event in the range read did not become a {@link CalendarEvent}. When several reasons apply,
 * the first one here is counted.
 */
public enum CalendarSkip {
    ALL_DAY("all-day events (leave is not work time)"),
    CANCELLED("cancelled events"),
    FREE("events marked free"),
    TOO_LONG("events longer than 24 hours"),
    NO_END_OR_BAD_TIMES("events without usable times");

    private final String words;

    CalendarSkip(String words) {
        this.words = words;
    }

    /** The user's words for the events skipped for this reason, e.g. "events marked free". */
    public String describe() {
        return words;
    }
}
