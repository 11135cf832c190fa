package org.dwdiary.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A day (or half day) of annual leave, sickness, bank holiday or TOIL taken. It reduces that day's
 * contracted time by the day's share of the weekly hours (half of it for a half day).
 */
public record DayMark(LocalDate day, Kind kind, boolean half) {
    public DayMark {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        LEAVE("leave", "Annual leave"), SICK("sick", "Sickness"), HOLIDAY("holiday", "Bank holiday"), TOIL("toil", "TOIL taken");

        private final String code;
        private final String displayName;

        Kind(String code, String displayName) {
            this.code = code;
            this.displayName = displayName;
        }

        public String code() {
            return code;
        }

        public String displayName() {
            return displayName;
        }

        public static Kind parse(String text) {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (kind.code.equals(wanted) || kind.displayName.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return kind;
                }
            }
            if (wanted.equals("bank-holiday") || wanted.equals("sickness") || wanted.equals("annual-leave")) {
                return wanted.startsWith("bank") ? HOLIDAY : wanted.startsWith("sick") ? SICK : LEAVE;
            }
            throw new InputRefusedException("\"" + text + "\" is not a kind of day; use "
                    + Arrays.stream(values()).map(Kind::code).collect(Collectors.joining(", ")));
        }
    }

    /** The contracted minutes the mark takes off a day whose contract is {@code dayMinutes}. */
    public long minutesOff(long dayMinutes) {
        return half ? dayMinutes / 2 : dayMinutes;
    }

    /** "Annual leave (half day)". */
    public String describe() {
        return kind.displayName() + (half ? " (half day)" : "");
    }
}
