package org.dwdiary.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** en-GB wording of dates, times and durations, shared by the GUI, the CLI and messages. */
public final class DisplayFormats {
    public static final Locale LOCALE = Locale.UK;
    /** "Mon 2 Mar 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);
    /** "Mon 2 Mar". */
    public static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    private DisplayFormats() {
    }

    /** Minutes as hours and minutes: 90 → "1:30", 5 → "0:05", 2700 → "45:00", -15 → "-0:15". */
    public static String hoursMinutes(long minutes) {
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        return String.format(LOCALE, "%s%d:%02d", sign, abs / 60, abs % 60);
    }

    /** A share 0–1 as a whole percentage, "25%"; "–" when there is no share to show. */
    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    /** "26,000": a count with its thousands marked. */
    public static String number(long count) {
        return String.format(java.util.Locale.UK, "%,d", count);
    }

    /** "1 block", "3 blocks". */
    public static String blocks(long count) {
        return count + (count == 1 ? " block" : " blocks");
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Mon 2 Mar 2026 09:00". */
    public static String dayTime(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return DAY.format(local) + " " + TIME.format(local);
    }

    /** "Mon 2 Mar 2026 09:00–10:30", with the end's day added when it is another day. */
    public static String span(Instant start, Instant end, ZoneId zone) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        String endText = from.toLocalDate().equals(to.toLocalDate())
                ? TIME.format(to)
                : SHORT_DAY.format(to) + " " + TIME.format(to);
        return DAY.format(from) + " " + TIME.format(from) + "–" + endText;
    }

    /** A file's size for people: "812 bytes", "34 KB", "1.2 MB" (1 KB = 1024 bytes). */
    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(LOCALE, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
