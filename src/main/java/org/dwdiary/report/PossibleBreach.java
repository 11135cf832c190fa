package org.dwdiary.report;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WeekId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A possible breach of the Working Time Regulations 1998 found in the diary: which rule, the days it
 * concerns and the figure against the limit (both in minutes). A diary can show possible breaches; it
 * gives no legal advice. Its words ({@link #days()}, {@link #figure()}, {@link #describe()}) are the same
 * in the command line and the window.
 */
public record PossibleBreach(Rule rule, LocalDate from, LocalDate to, long value, long limit) {
    public PossibleBreach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The rules a diary can check, with the codes of {@code check --json}. */
    public enum Rule {
        WEEKLY_48H("weekly-48h", "Average weekly working time over 48 hours (reg. 4)"),
        DAILY_REST_11H("daily-rest-11h", "Less than 11 hours' rest between working days (reg. 10)"),
        WEEKLY_REST_24H("weekly-rest-24h", "No uninterrupted weekly rest (reg. 11)"),
        BREAK_20MIN("break-20min", "Over 6 hours' work without a 20-minute break (reg. 12)"),
        NIGHT_8H("night-8h", "Night work averaging over 8 hours in 24 (reg. 6)");

        private final String code;
        private final String description;

        Rule(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }

        /** Whether the rule's figure is an average over a 17-week reference period, flagged for its last week. */
        public boolean averaged() {
            return this == WEEKLY_48H || this == NIGHT_8H;
        }
    }

    /** "Mon 2 Mar 2026 to Tue 3 Mar 2026", or the one day. */
    public String days() {
        return from.equals(to) ? DisplayFormats.day(from) : DisplayFormats.day(from) + " to " + DisplayFormats.day(to);
    }

    /** The figure against the limit: "rest 8:00, at least 11:00", "average 49:12 a week, limit 48:00". */
    public String figure() {
        return switch (rule) {
            case WEEKLY_48H -> "average " + DisplayFormats.hoursMinutes(value) + " a week, limit 48:00";
            case DAILY_REST_11H -> "rest " + DisplayFormats.hoursMinutes(value) + ", at least 11:00";
            case WEEKLY_REST_24H -> "longest rest " + DisplayFormats.hoursMinutes(value) + ", at least "
                    + DisplayFormats.hoursMinutes(limit);
            case BREAK_20MIN -> (value == 0 ? "no break" : "longest break " + value + " min") + ", at least 20 min";
            case NIGHT_8H -> "average " + DisplayFormats.hoursMinutes(value) + " a day, limit 8:00";
        };
    }

    /** "Mon 2 Mar 2026 to Tue 3 Mar 2026: Less than 11 hours' rest between working days (reg. 10): rest 8:00, at least 11:00". */
    public String describe() {
        return days() + ": " + rule.description() + ": " + figure();
    }

    /**
     * The week the breach belongs to, to show or open it: the week of its first day (a short rest from
     * Sunday to Monday is the Sunday's week), except for a 17-week average, which is flagged for the week
     * its reference period ends.
     */
    public WeekId week() {
        return WeekId.of(rule.averaged() ? to : from);
    }
}
