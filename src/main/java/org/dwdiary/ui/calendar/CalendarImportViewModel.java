package org.dwdiary.ui.calendar;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.CalendarImportPlan.Row;
import org.dwdiary.domain.CalendarImportPlan.Status;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.io.CalendarRead;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The calendar import preview: what happens to each event, with the kind and inclusion the user may
 * change, a default kind for events without one, and whether overlapping events are trimmed to fit.
 */
public final class CalendarImportViewModel {
    private final CalendarRead read;
    private final ReadOnlyObjectWrapper<CalendarImportPlan> plan;

    public CalendarImportViewModel(CalendarRead read, CalendarImportPlan plan) {
        this.read = read;
        this.plan = new ReadOnlyObjectWrapper<>(plan);
    }

    public ReadOnlyObjectProperty<CalendarImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** "work.ics, Mon 5 Jan 2026 to Mon 23 Nov 2026: 916 events". */
    public String title() {
        return read.source() + (read.from() == null ? ": no events"
                : ", " + DisplayFormats.day(read.from()) + " to " + DisplayFormats.day(read.to()) + ": "
                + read.events().size() + (read.events().size() == 1 ? " event" : " events"));
    }

    /** The reader's remarks and what it skipped, for the user. */
    public String notes() {
        List<String> lines = new ArrayList<>(read.remarks());
        if (!read.skipped().isEmpty()) {
            lines.add("Not imported: " + read.skipped().entrySet().stream()
                    .map(entry -> entry.getKey().describe() + " (" + entry.getValue() + ")")
                    .collect(Collectors.joining(", ")) + ".");
        }
        lines.add("Only the event titles are kept; descriptions, places and attendees are never read.");
        return String.join("\n", lines);
    }

    public void setKind(int index, WorkKind kind) {
        plan.set(plan.get().withKind(index, kind));
    }

    public void setIncluded(int index, boolean included) {
        plan.set(plan.get().withIncluded(index, included));
    }

    /** Gives every event still without a kind this one. */
    public void setDefaultKind(WorkKind kind) {
        CalendarImportPlan changed = plan.get();
        List<Row> rows = changed.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).status() == Status.NO_KIND) {
                changed = changed.withKind(i, kind);
            }
        }
        plan.set(changed);
    }

    public void setTrim(boolean trim) {
        plan.set(plan.get().withTrim(trim));
    }

    /** "687 events will be imported: 641 new, 46 trimmed to fit. 228 need a kind." */
    public String summary() {
        CalendarImportPlan current = plan.get();
        List<String> parts = new ArrayList<>();
        part(parts, current.count(Status.NEW), "new");
        part(parts, current.count(Status.MOVED), "moved");
        part(parts, current.count(Status.TRIMMED), "trimmed to fit");
        long writing = current.writes().size();
        StringBuilder text = new StringBuilder(events(writing) + " will be imported"
                + (parts.isEmpty() ? "." : ": " + String.join(", ", parts) + "."));
        long noKind = current.count(Status.NO_KIND);
        if (noKind > 0) {
            text.append(" ").append(noKind).append(noKind == 1 ? " needs a kind." : " need a kind.");
        }
        long overlapping = current.count(Status.OVERLAPS);
        if (overlapping > 0) {
            text.append(" ").append(overlapping).append(overlapping == 1
                    ? " overlaps a block already in the diary and is left out."
                    : " overlap blocks already in the diary and are left out.");
        }
        long already = current.count(Status.UNCHANGED);
        if (already > 0) {
            text.append(" ").append(already).append(already == 1 ? " was imported before." : " were imported before.");
        }
        return text.toString();
    }

    public int writing() {
        return plan.get().writes().size();
    }

    private static void part(List<String> parts, long count, String words) {
        if (count > 0) {
            parts.add(count + " " + words);
        }
    }

    private static String events(long count) {
        return count + (count == 1 ? " event" : " events");
    }
}
