package org.dwdiary.ui.history;

import org.dwdiary.domain.RecordKeeping;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One block's history in words: for each entry when (in the diary's zone), how (the window, the command
 * line, an import, sample data, or from before the history), what (added, edited, deleted, restored) and
 * the values before and after. Notes are private: by default a row says only "note changed".
 */
public final class BlockHistoryViewModel {
    /** Recorded within this long of its end, a block counts as recorded on the day (as the record-keeping figures). */
    static final Duration TIMELY = RecordKeeping.TIMELY;

    /** One entry as a row of the dialog. */
    public record Row(String when, String how, String what, String change) {
    }

    private final Block block;
    private final List<HistoryEntry> entries;
    private final ZoneId zone;
    private final BooleanProperty showNotes = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(List.of());

    public BlockHistoryViewModel(Block block, List<HistoryEntry> entries, ZoneId zone) {
        this.block = block;
        this.entries = List.copyOf(entries);
        this.zone = zone;
        showNotes.addListener((o, was, now) -> rows.set(rows(now)));
        rows.set(rows(false));
    }

    /** Off by default: notes may hold what the worker would not show a manager; a row says "note changed". */
    public BooleanProperty showNotesProperty() {
        return showNotes;
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "Case notes". */
    public String title() {
        return block.label();
    }

    /** "Mon 2 Mar 2026 13:00–14:00 · Recording · 1:00", as the block is now. */
    public String now() {
        return DisplayFormats.span(block.start(), block.end(), zone) + " · " + block.kind().displayName() + " · "
                + DisplayFormats.hoursMinutes(block.minutes());
    }

    /**
     * "First recorded Mon 2 Mar 2026 14:05 (within 24 hours of its end)", "(3 days after its end)",
     * "(before its end)"; or that the diary keeps no history of it.
     */
    public String firstRecorded() {
        Optional<HistoryEntry> first = entries.stream()
                .filter(entry -> entry.action().equals("add") || entry.action().equals("existing")).findFirst();
        if (first.isEmpty()) {
            return "The diary keeps no record of when this block was first recorded.";
        }
        HistoryEntry entry = first.get();
        Map<String, Object> values = Diary.values(entry.newValue());
        Instant end = values == null ? block.end() : instant(values.get("end"), block.end());
        return "First recorded " + DisplayFormats.dayTime(entry.at(), zone) + " (" + timeliness(entry.at(), end) + ")";
    }

    /** How long after the block's end it was recorded, in words. */
    static String timeliness(Instant recorded, Instant end) {
        Duration after = Duration.between(end, recorded);
        if (after.isNegative()) {
            return "before its end";
        }
        if (RecordKeeping.isTimely(recorded, end)) {
            return "within 24 hours of its end";
        }
        long hours = after.toHours();
        if (hours < 48) {
            return hours + " hours after its end";
        }
        long days = after.toDays();
        return days + " days after its end";
    }

    private List<Row> rows(boolean notes) {
        List<Row> shown = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            shown.add(new Row(DisplayFormats.dayTime(entry.at(), zone), how(entry), what(entry.action()),
                    change(entry, notes)));
        }
        return shown;
    }

    /** "window", "command line", "import", "sample data", "before history"; a block that predates the history says so. */
    static String how(HistoryEntry entry) {
        String route = switch (entry.via()) {
            case "gui" -> "window";
            case "cli" -> "command line";
            case "import" -> "import";
            case "demo" -> "sample data";
            case "before-history" -> "before history";
            default -> entry.via();
        };
        return entry.action().equals("existing") && !entry.via().equals("before-history")
                ? route + ", before history" : route;
    }

    static String what(String action) {
        return switch (action) {
            case "add", "existing" -> "added";
            case "edit" -> "edited";
            case "delete" -> "deleted";
            case "restore" -> "restored";
            default -> action;
        };
    }

    private String change(HistoryEntry entry, boolean notes) {
        Map<String, Object> before = Diary.values(entry.oldValue());
        Map<String, Object> after = Diary.values(entry.newValue());
        if (entry.action().equals("edit") && before != null && after != null) {
            return differences(before, after, notes);
        }
        // Added, restored: what it became; deleted: what it was.
        Map<String, Object> values = after != null ? after : before;
        return values == null ? "" : describe(values, notes);
    }

    /** "Mon 2 Mar 2026 09:00–10:00 · Recording · Case notes · with a note". */
    private String describe(Map<String, Object> values, boolean notes) {
        Instant start = instant(values.get("start"), null);
        Instant end = instant(values.get("end"), null);
        List<String> parts = new ArrayList<>();
        if (start != null && end != null) {
            parts.add(DisplayFormats.span(start, end, zone));
        }
        parts.add(kind(values.get("kind")));
        parts.add(text(values.get("activity")));
        String note = text(values.get("note"));
        if (!note.isEmpty()) {
            parts.add(notes ? "note \"" + note + "\"" : "with a note");
        }
        return String.join(" · ", parts.stream().filter(part -> !part.isEmpty()).toList());
    }

    /** "09:00–10:00 → 09:00–09:45; Recording → Direct work; note changed". */
    private String differences(Map<String, Object> before, Map<String, Object> after, boolean notes) {
        List<String> changes = new ArrayList<>();
        Instant oldStart = instant(before.get("start"), null);
        Instant oldEnd = instant(before.get("end"), null);
        Instant newStart = instant(after.get("start"), null);
        Instant newEnd = instant(after.get("end"), null);
        if (!Objects.equals(oldStart, newStart) || !Objects.equals(oldEnd, newEnd)) {
            changes.add(times(oldStart, oldEnd, newStart, newEnd));
        }
        if (!Objects.equals(before.get("kind"), after.get("kind"))) {
            changes.add(kind(before.get("kind")) + " → " + kind(after.get("kind")));
        }
        if (!Objects.equals(before.get("activity"), after.get("activity"))) {
            changes.add("\"" + text(before.get("activity")) + "\" → \"" + text(after.get("activity")) + "\"");
        }
        String oldNote = text(before.get("note"));
        String newNote = text(after.get("note"));
        if (!oldNote.equals(newNote)) {
            if (notes) {
                changes.add("note " + (oldNote.isEmpty() ? "(none)" : "\"" + oldNote + "\"") + " → "
                        + (newNote.isEmpty() ? "(none)" : "\"" + newNote + "\""));
            } else {
                changes.add(oldNote.isEmpty() ? "note added" : newNote.isEmpty() ? "note removed" : "note changed");
            }
        }
        if (!Objects.equals(before.get("zone"), after.get("zone"))) {
            changes.add("time zone " + text(before.get("zone")) + " → " + text(after.get("zone")));
        }
        return changes.isEmpty() ? "nothing that shows changed" : String.join("; ", changes);
    }

    /** "09:00–10:00 → 09:00–09:45", with the days when the block moved to another day. */
    private String times(Instant oldStart, Instant oldEnd, Instant newStart, Instant newEnd) {
        if (oldStart == null || oldEnd == null || newStart == null || newEnd == null) {
            return "times changed";
        }
        LocalDate oldDay = oldStart.atZone(zone).toLocalDate();
        LocalDate newDay = newStart.atZone(zone).toLocalDate();
        if (oldDay.equals(newDay)) {
            return range(oldStart, oldEnd) + " → " + range(newStart, newEnd);
        }
        return DisplayFormats.SHORT_DAY.format(oldDay) + " " + range(oldStart, oldEnd) + " → "
                + DisplayFormats.SHORT_DAY.format(newDay) + " " + range(newStart, newEnd);
    }

    /** "09:00–10:00", or "22:00–Tue 3 Mar 01:30" when it ends on another day. */
    private String range(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String endText = from.toLocalDate().equals(to.toLocalDate())
                ? DisplayFormats.TIME.format(to) : DisplayFormats.SHORT_DAY.format(to) + " " + DisplayFormats.TIME.format(to);
        return DisplayFormats.TIME.format(from) + "–" + endText;
    }

    private static String kind(Object code) {
        if (code == null) {
            return "";
        }
        return WorkKind.fromText(code.toString()).map(WorkKind::displayName).orElse(code.toString());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Instant instant(Object value, Instant otherwise) {
        try {
            return value == null ? otherwise : Instant.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }
}
