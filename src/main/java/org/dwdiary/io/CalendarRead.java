package org.dwdiary.io;

import org.dwdiary.domain.CalendarEvent;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a calendar file gave: the events in the range, in start order, and how many were skipped and why.
 *
 * @param source  the file's name, as given to the reader
 * @param from    the first day read, in the diary's zone; null only when neither the caller nor the file gave one
 *                (a calendar with no events)
 * @param to      the last day read (included); null as {@code from}
 * @param events  the timed occurrences whose start falls in the range, in start order
 * @param skipped for each reason with at least one event in the range skipped for it, how many (in the order
 *                of {@link CalendarSkip})
 * @param remarks sentences for the user about how the file was read, e.g. "Only the year up to 2026-11-20 was
 *                read; use --from and --to for more."
 */
public record CalendarRead(String source, LocalDate from, LocalDate to, List<CalendarEvent> events,
                           Map<CalendarSkip, Integer> skipped, List<String> remarks) {
    public CalendarRead {
        Objects.requireNonNull(source, "source");
        events = List.copyOf(events);
        EnumMap<CalendarSkip, Integer> counts = new EnumMap<>(CalendarSkip.class);
        counts.putAll(skipped);
        counts.values().removeIf(count -> count == 0);
        skipped = Collections.unmodifiableMap(counts);
        remarks = List.copyOf(remarks);
    }
}
