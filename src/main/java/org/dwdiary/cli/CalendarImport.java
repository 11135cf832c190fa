package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.CalendarImportPlan.Row;
import org.dwdiary.domain.CalendarImportPlan.Status;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.io.CalendarRead;
import org.dwdiary.io.CalendarReader;
import org.dwdiary.store.Diary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** `import FILE.ics`: reads the calendar, plans, shows what happens to each event, and writes unless a dry run. */
final class CalendarImport {
    private CalendarImport() {
    }

    static void run(Diary diary, Path file, LocalDate from, LocalDate to, Instant now, WorkKind defaultKind,
                    boolean trim, boolean dryRun, PrintWriter out) throws IOException {
        LocalDate today = now.atZone(diary.zone()).toLocalDate();
        ZoneId zone = diary.zone();
        // Calendars hold future meetings too; only time already worked becomes blocks, unless asked.
        CalendarRead read = CalendarReader.read(file, zone, from, to != null ? to : today);
        List<CalendarEvent> events = read.events();
        int notYet = 0;
        if (to == null) {
            // Only time already worked: a meeting later today is not a block yet.
            events = CalendarImportPlan.endedBy(events, now);
            notYet = read.events().size() - events.size();
        }
        CalendarImportPlan plan = diary.planCalendar(events, defaultKind, trim);
        if (!plan.unclassified().isEmpty() && defaultKind == null) {
            throw new InputRefusedException(unclassifiedMessage(plan, zone));
        }
        out.println("Calendar " + read.source() + (read.from() == null ? ": no events."
                : ", " + DisplayFormats.day(read.from()) + " to " + DisplayFormats.day(read.to()) + ": "
                + read.events().size() + (read.events().size() == 1 ? " event." : " events.")));
        read.remarks().forEach(remark -> out.println("  " + remark));
        if (notYet > 0) {
            out.println("  " + notYet + (notYet == 1 ? " event later today is" : " events later today are")
                    + " left out: they have not happened yet (--to takes them).");
        }
        for (Row row : plan.rows()) {
            if (dryRun || (row.status() != Status.NEW && row.status() != Status.UNCHANGED)) {
                out.println("  " + line(row, zone));
            }
        }
        if (!read.skipped().isEmpty()) {
            out.println("Skipped: " + read.skipped().entrySet().stream()
                    .map(entry -> entry.getKey().describe() + ": " + entry.getValue())
                    .collect(Collectors.joining("; ")) + ".");
        }
        int writing = plan.writes().size();
        String counts = counts(plan);
        if (dryRun) {
            out.println("Dry run: " + events(writing) + " would be imported" + counts + ". Nothing was written.");
        } else {
            int written = writing == 0 ? 0 : diary.importCalendar(plan.writes());
            out.println("Imported " + events(written) + counts + ".");
        }
    }

    private static String counts(CalendarImportPlan plan) {
        List<String> parts = new ArrayList<>();
        add(parts, plan.count(Status.NEW), "new");
        add(parts, plan.count(Status.MOVED), "moved");
        add(parts, plan.count(Status.TRIMMED), "trimmed to fit");
        add(parts, plan.count(Status.UNCHANGED), "already imported");
        add(parts, plan.count(Status.REMOVED_BY_YOU), "deleted by you since an earlier import, left out");
        long overlapping = plan.count(Status.OVERLAPS);
        if (overlapping > 0) {
            parts.add(overlapping + (overlapping == 1 ? " overlapping a block" : " overlapping blocks") + ", left out"
                    + (plan.trims() ? "" : " (--trim fits them in where it can)"));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static void add(List<String> parts, long count, String words) {
        if (count > 0) {
            parts.add(count + " " + words);
        }
    }

    private static String line(Row row, ZoneId zone) {
        String mark = switch (row.status()) {
            case NEW -> "+";
            case MOVED, TRIMMED -> "~";
            case UNCHANGED -> "=";
            case REMOVED_BY_YOU, OVERLAPS, NO_KIND -> "-";
        };
        Block shown = row.block();
        String times = shown != null ? DisplayFormats.span(shown.start(), shown.end(), zone)
                : DisplayFormats.span(row.event().start(), row.event().end(), zone);
        String kind = row.kind() == null ? "?" : row.kind().code();
        String title = row.event().title() == null ? "(no title)" : row.event().title();
        String why = row.status() == Status.NEW ? "" : "  (" + row.status().words()
                + (row.clashes().isEmpty() ? "" : ": " + row.clashes().stream().map(b -> b.describe(zone))
                .collect(Collectors.joining("; "))) + ")";
        return mark + " " + times + "  " + kind + "  " + title + why;
    }

    private static String events(long count) {
        return count + (count == 1 ? " event" : " events");
    }

    /** Lists each title without a kind once, with how often it occurs and when first. */
    private static String unclassifiedMessage(CalendarImportPlan plan, ZoneId zone) {
        List<Row> rows = plan.unclassified();
        Map<String, List<Row>> byTitle = new LinkedHashMap<>();
        for (Row row : rows) {
            byTitle.computeIfAbsent(row.event().title() == null ? "(no title)" : row.event().title(),
                    title -> new ArrayList<>()).add(row);
        }
        StringBuilder message = new StringBuilder("nothing was imported: ").append(events(rows.size()))
                .append(rows.size() == 1 ? " has" : " have")
                .append(" no kind (not an activity you have logged, and no keyword matches):");
        byTitle.forEach((title, occurrences) -> {
            Row first = occurrences.get(0);
            message.append(System.lineSeparator()).append("  ").append(title).append(": ")
                    .append(occurrences.size() == 1 ? "" : occurrences.size() + " times, first ")
                    .append(DisplayFormats.span(first.event().start(), first.event().end(), zone));
        });
        message.append(System.lineSeparator())
                .append("Give --default-kind KIND (direct, recording, travel or meetings) for these, or add keywords "
                        + "with `dwdiary settings set kind-keywords`.");
        return message.toString();
    }
}
