package org.dwdiary.domain;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day the way people type it: {@code 9}, {@code 9:30}, {@code 09:30}, {@code 9.30},
 * {@code 0930}, {@code 9am}, {@code 2pm}, {@code 2:15pm}, {@code 14:00}. Minutes, no seconds.
 */
public final class ClockTime {
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");
    private static final Pattern RUN_TOGETHER = Pattern.compile("(\\d{1,2})(\\d{2})\\s*(am|pm)?");

    private ClockTime() {
    }

    public static LocalTime parse(String text) {
        String input = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = SEPARATED.matcher(input);
        if (!matcher.matches()) {
            matcher = RUN_TOGETHER.matcher(input);
            if (!matcher.matches() || input.length() < 3) {
                throw refused(text);
            }
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw refused(text);
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw refused(text);
        }
        return LocalTime.of(hour, minute);
    }

    private static InputRefusedException refused(String text) {
        return new InputRefusedException("\"" + text + "\" is not a time of day; write it like 9:30, 14:00 or 2pm");
    }
}
