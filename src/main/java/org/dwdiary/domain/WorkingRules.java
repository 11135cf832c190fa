package org.dwdiary.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules the worker's hours are checked and balanced against, which hold for the whole diary: the
 * Working Time Regulations options (a written opt-out of the 48-hour average; weekly rest counted per 7
 * or per 14 days; night time), and how overtime comes back (TOIL, flexi with its settlement period and
 * carry-over limits, paid, or not at all) from a balance start date.
 *
 * @param balanceFrom the first day the balances count from, or null for the diary's first day
 */
public record WorkingRules(boolean optedOut, boolean fortnightlyRest, LocalTime nightStart, LocalTime nightEnd,
                           Scheme scheme, LocalDate balanceFrom, int flexiPeriodWeeks, long flexiCreditLimit,
                           long flexiDebitLimit) {
    /** Not opted out; 24 hours' rest in 7 days; nights 23:00–06:00; flexi settled every 4 weeks, +10:00 / −5:00 carried. */
    public static final WorkingRules DEFAULT = new WorkingRules(false, false, LocalTime.of(23, 0), LocalTime.of(6, 0),
            Scheme.FLEXI, null, 4, 10 * 60, 5 * 60);

    public WorkingRules {
        Objects.requireNonNull(nightStart, "nightStart");
        Objects.requireNonNull(nightEnd, "nightEnd");
        Objects.requireNonNull(scheme, "scheme");
    }

    /** How hours over the contract come back to the worker. */
    public enum Scheme {
        FLEXI("flexi", "flexi-time: hours over or under carry between settlement periods, up to a limit"),
        TOIL("toil", "time off in lieu: overtime is owed back as time off"),
        PAID("paid", "overtime is paid"),
        NONE("none", "overtime is neither paid nor returned");

        private final String code;
        private final String description;

        Scheme(String code, String description) {
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

    /** The settings, by key, as the CLI and the settings dialog name them. */
    public enum Key {
        WTR_OPT_OUT("wtr-opt-out", "yes if you have opted out of the 48-hour average in writing (default no)"),
        WEEKLY_REST("weekly-rest", "7 (24 hours' rest in each 7 days, the default) or 14 (48 hours, or two 24s, in 14)"),
        NIGHT_TIME("night-time", "night time for the night-work check, e.g. 23:00-06:00 (the default)"),
        OVERTIME_SCHEME("overtime-scheme", "flexi (default), toil, paid or none"),
        BALANCE_FROM("balance-from", "the day balances count from, YYYY-MM-DD, or start (the diary's first day)"),
        FLEXI_PERIOD("flexi-period", "weeks in a flexi settlement period, e.g. 4 (default) or 8"),
        FLEXI_CREDIT_LIMIT("flexi-credit-limit", "most hours over carried into the next period, e.g. 10:00 (default)"),
        FLEXI_DEBIT_LIMIT("flexi-debit-limit", "most hours under carried into the next period, e.g. 5:00 (default)");

        private final String key;
        private final String help;

        Key(String key, String help) {
            this.key = key;
            this.help = help;
        }

        public String key() {
            return key;
        }

        public String help() {
            return help;
        }

        public static Optional<Key> fromKey(String text) {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
        }

        public static String keys() {
            return Arrays.stream(values()).map(Key::key).collect(Collectors.joining(", "));
        }
    }

    /** These rules with {@code key} set to {@code text}; refused with a message naming the key and value. */
    public WorkingRules with(Key key, String text) {
        String input = text == null ? "" : text.strip();
        String lower = input.toLowerCase(Locale.ROOT);
        return switch (key) {
            case WTR_OPT_OUT -> copy(yesNo(key, input), fortnightlyRest, nightStart, nightEnd, scheme, balanceFrom,
                    flexiPeriodWeeks, flexiCreditLimit, flexiDebitLimit);
            case WEEKLY_REST -> {
                boolean fortnight = switch (lower.replace(" days", "").replace("days", "")) {
                    case "7" -> false;
                    case "14" -> true;
                    default -> throw refused(key, input, "is not 7 or 14 (days)");
                };
                yield copy(optedOut, fortnight, nightStart, nightEnd, scheme, balanceFrom, flexiPeriodWeeks,
                        flexiCreditLimit, flexiDebitLimit);
            }
            case NIGHT_TIME -> {
                String[] ends = input.split("\\s*[-–—]\\s*|\\s+to\\s+");
                if (ends.length != 2) {
                    throw refused(key, input, "is not a span of night; write it like 23:00-06:00");
                }
                LocalTime start;
                LocalTime end;
                try {
                    start = ClockTime.parse(ends[0]);
                    end = ClockTime.parse(ends[1]);
                } catch (InputRefusedException e) {
                    throw refused(key, input, "is not a span of night: " + e.getMessage());
                }
                if (start.equals(end)) {
                    throw refused(key, input, "has no length");
                }
                yield copy(optedOut, fortnightlyRest, start, end, scheme, balanceFrom, flexiPeriodWeeks,
                        flexiCreditLimit, flexiDebitLimit);
            }
            case OVERTIME_SCHEME -> {
                Scheme chosen = Arrays.stream(Scheme.values()).filter(s -> s.code.equals(lower)).findFirst()
                        .orElseThrow(() -> refused(key, input, "is not a scheme; use flexi, toil, paid or none"));
                yield copy(optedOut, fortnightlyRest, nightStart, nightEnd, chosen, balanceFrom, flexiPeriodWeeks,
                        flexiCreditLimit, flexiDebitLimit);
            }
            case BALANCE_FROM -> {
                LocalDate from;
                if (lower.equals("start") || lower.isEmpty()) {
                    from = null;
                } else {
                    try {
                        from = LocalDate.parse(lower);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw refused(key, input, "is not a date; write it as YYYY-MM-DD, or start");
                    }
                    if (from.getYear() < 1900 || from.getYear() > 2199) {
                        throw refused(key, input, "is outside the years a diary keeps (1900 to 2199)");
                    }
                }
                yield copy(optedOut, fortnightlyRest, nightStart, nightEnd, scheme, from, flexiPeriodWeeks,
                        flexiCreditLimit, flexiDebitLimit);
            }
            case FLEXI_PERIOD -> {
                int weeks;
                try {
                    weeks = Integer.parseInt(lower.replace("weeks", "").replace("week", "").strip());
                } catch (NumberFormatException e) {
                    throw refused(key, input, "is not a number of weeks, e.g. 4");
                }
                if (weeks < 1 || weeks > 52) {
                    throw refused(key, input, "is not from 1 to 52 weeks");
                }
                yield copy(optedOut, fortnightlyRest, nightStart, nightEnd, scheme, balanceFrom, weeks,
                        flexiCreditLimit, flexiDebitLimit);
            }
            case FLEXI_CREDIT_LIMIT -> copy(optedOut, fortnightlyRest, nightStart, nightEnd, scheme, balanceFrom,
                    flexiPeriodWeeks, hours(key, input), flexiDebitLimit);
            case FLEXI_DEBIT_LIMIT -> copy(optedOut, fortnightlyRest, nightStart, nightEnd, scheme, balanceFrom,
                    flexiPeriodWeeks, flexiCreditLimit, hours(key, input));
        };
    }

    /** The value of {@code key} as canonical text. */
    public String format(Key key) {
        return switch (key) {
            case WTR_OPT_OUT -> optedOut ? "yes" : "no";
            case WEEKLY_REST -> fortnightlyRest ? "14" : "7";
            case NIGHT_TIME -> DisplayFormats.TIME.format(nightStart) + "-" + DisplayFormats.TIME.format(nightEnd);
            case OVERTIME_SCHEME -> scheme.code();
            case BALANCE_FROM -> balanceFrom == null ? "start" : balanceFrom.toString();
            case FLEXI_PERIOD -> Integer.toString(flexiPeriodWeeks);
            case FLEXI_CREDIT_LIMIT -> DisplayFormats.hoursMinutes(flexiCreditLimit);
            case FLEXI_DEBIT_LIMIT -> DisplayFormats.hoursMinutes(flexiDebitLimit);
        };
    }

    private static WorkingRules copy(boolean optedOut, boolean fortnightlyRest, LocalTime nightStart, LocalTime nightEnd,
                                     Scheme scheme, LocalDate balanceFrom, int flexiPeriodWeeks, long credit, long debit) {
        return new WorkingRules(optedOut, fortnightlyRest, nightStart, nightEnd, scheme, balanceFrom, flexiPeriodWeeks, credit, debit);
    }

    private static boolean yesNo(Key key, String input) {
        return switch (input.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "on" -> true;
            case "no", "n", "false", "off" -> false;
            default -> throw refused(key, input, "is not yes or no");
        };
    }

    private static long hours(Key key, String input) {
        try {
            return FigureSetting.CONTRACT_HOURS.apply(Contract.DEFAULT, input).weeklyMinutes();
        } catch (InputRefusedException e) {
            throw refused(key, input, "is not a number of hours; write it like 10:00 or 12");
        }
    }

    private static InputRefusedException refused(Key key, String input, String why) {
        return new InputRefusedException(key.key() + ": \"" + input + "\" " + why);
    }
}
