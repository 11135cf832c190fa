package org.dwdiary.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A possible breach of the Working Time Regulations 1998 found in the diary: which rule, the days it
 * concerns and the figure against the limit (both in minutes). A diary can show possible breaches; it
 * gives no legal advice.
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
    }
}
