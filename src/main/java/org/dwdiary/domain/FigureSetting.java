package org.dwdiary.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting that shapes the figures, and so has an effective date: going part-time from 1 September
 * changes the weeks from then on and never the ones before. Each reads the value the way a person types
 * it and keeps it in one canonical text ("37:00", "Mon-Fri", "08:00-18:00", "25%").
 */
public enum FigureSetting {
    CONTRACT_HOURS("contract-hours", "contracted hours per week, e.g. 37:00, 22:30 or 30"),
    WORKING_DAYS("working-days", "the days the contracted hours are spread over, e.g. Mon-Fri or Mon,Tue,Thu"),
    STANDARD_WINDOW("standard-window", "the standard working window on working days, e.g. 08:00-18:00"),
    DIRECT_TARGET("direct-target", "your own target for the direct-work share, e.g. 30%, or none");

    private static final Pattern HOURS = Pattern.compile("(\\d{1,3})(?:[:h](\\d{2})|\\.(\\d{1,2}))?\\s*(?:h|hrs?|hours?)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%?");
    private static final Pattern DASH = Pattern.compile("\\s*[-–—]\\s*|\\s+to\\s+");
    private static final long MOST_WEEKLY_MINUTES = 100 * 60;

    private final String key;
    private final String help;

    FigureSetting(String key, String help) {
        this.key = key;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String help() {
        return help;
    }

    public static Optional<FigureSetting> fromKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (FigureSetting setting : values()) {
            if (setting.key.equals(wanted)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /** The value in canonical text; refused with a message naming the setting and the value. */
    public String normalise(String text) {
        return format(apply(Contract.DEFAULT, text));
    }

    /** The contract with this setting changed to {@code text}. */
    public Contract apply(Contract contract, String text) {
        String input = text == null ? "" : text.strip();
        return switch (this) {
            case CONTRACT_HOURS -> contract.withWeeklyMinutes(weeklyMinutes(input));
            case WORKING_DAYS -> contract.withWorkingDays(days(input));
            case STANDARD_WINDOW -> {
                LocalTime[] window = window(input);
                yield contract.withWindow(window[0], window[1]);
            }
            case DIRECT_TARGET -> contract.withDirectTarget(target(input));
        };
    }

    /** This setting's value in {@code contract}, as canonical text. */
    public String format(Contract contract) {
        return switch (this) {
            case CONTRACT_HOURS -> DisplayFormats.hoursMinutes(contract.weeklyMinutes());
            case WORKING_DAYS -> formatDays(contract.workingDays());
            case STANDARD_WINDOW -> DisplayFormats.TIME.format(contract.windowStart()) + "-"
                    + DisplayFormats.TIME.format(contract.windowEnd());
            case DIRECT_TARGET -> contract.directTarget() == null ? "none"
                    : formatPercent(contract.directTarget());
        };
    }

    private InputRefusedException refused(String input, String why) {
        return new InputRefusedException(key + ": \"" + input + "\" " + why);
    }

    private long weeklyMinutes(String input) {
        Matcher matcher = HOURS.matcher(input.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw refused(input, "is not a number of hours; write it like 37:00, 22:30 or 30");
        }
        long minutes = Long.parseLong(matcher.group(1)) * 60;
        if (matcher.group(2) != null) {
            int extra = Integer.parseInt(matcher.group(2));
            if (extra > 59) {
                throw refused(input, "has more than 59 minutes; write it like 37:30");
            }
            minutes += extra;
        } else if (matcher.group(3) != null) {
            String fraction = matcher.group(3);
            minutes += Math.round(Double.parseDouble("0." + fraction) * 60);
        }
        if (minutes > MOST_WEEKLY_MINUTES) {
            throw refused(input, "is more than 100 hours a week; contracted hours are the hours your contract states, e.g. 37:00");
        }
        return minutes;
    }

    private Set<DayOfWeek> days(String input) {
        String text = DASH.matcher(input.toLowerCase(Locale.ROOT)).replaceAll("-");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split("[,;/&\\s]+")) {
            if (part.isBlank() || part.equals("and")) {
                continue;
            }
            String[] ends = part.split("-", -1);
            if (ends.length == 1) {
                days.add(day(input, ends[0]));
            } else if (ends.length == 2) {
                DayOfWeek first = day(input, ends[0]);
                DayOfWeek last = day(input, ends[1]);
                for (DayOfWeek day = first; ; day = day.plus(1)) {
                    days.add(day);
                    if (day == last) {
                        break;
                    }
                }
            } else {
                throw refused(input, "is not a list of days; write them like Mon-Fri or Mon,Tue,Thu");
            }
        }
        if (days.isEmpty()) {
            throw refused(input, "names no days; write them like Mon-Fri or Mon,Tue,Thu");
        }
        return days;
    }

    private DayOfWeek day(String input, String word) {
        String name = word.strip();
        String singular = name.length() > 3 && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        if (name.length() >= 2) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String full = day.name().toLowerCase(Locale.ROOT);
                if (full.startsWith(name) || full.equals(singular)) {
                    return day;
                }
            }
        }
        throw refused(input, "has \"" + word.strip() + "\", which is not a day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun");
    }

    private static String formatDays(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!days.contains(all[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.length && days.contains(all[j + 1])) {
                j++;
            }
            String first = shortName(all[i]);
            parts.add(j == i ? first : j == i + 1 ? first + "," + shortName(all[j]) : first + "-" + shortName(all[j]));
            i = j + 1;
        }
        return String.join(",", parts);
    }

    private static String shortName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private LocalTime[] window(String input) {
        String[] ends = DASH.split(input, -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw refused(input, "is not a window; write it like 08:00-18:00");
        }
        LocalTime start;
        LocalTime end;
        try {
            start = ClockTime.parse(ends[0]);
            end = ClockTime.parse(ends[1]);
        } catch (InputRefusedException e) {
            throw refused(input, "is not a window: " + e.getMessage());
        }
        if (!end.isAfter(start)) {
            throw refused(input, "ends before it starts; the window is within one day, e.g. 08:00-18:00");
        }
        return new LocalTime[] {start, end};
    }

    private Double target(String input) {
        String text = input.toLowerCase(Locale.ROOT);
        if (text.equals("none") || text.equals("off") || text.equals("-")) {
            return null;
        }
        Matcher matcher = PERCENT.matcher(text);
        if (!matcher.matches()) {
            throw refused(input, "is not a percentage; write it like 30% (or none)");
        }
        double percent = Double.parseDouble(matcher.group(1));
        if (percent <= 0 || percent > 100) {
            throw refused(input, "is not between 1% and 100%");
        }
        return percent / 100;
    }

    private static String formatPercent(double share) {
        double percent = share * 100;
        return percent == Math.rint(percent) ? (long) percent + "%" : String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
