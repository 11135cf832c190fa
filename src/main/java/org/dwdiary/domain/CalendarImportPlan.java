package org.dwdiary.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What importing calendar events would do, row by row, before anything is written: which events are new,
 * which were imported before (and moved since), which the user deleted after an earlier import, which
 * overlap blocks already in the diary, and which have no kind yet. The user may change a row's kind and
 * whether it is included; then {@link #writes()} gives what to store.
 */
public final class CalendarImportPlan {
    /** What happens to one event. */
    public enum Status {
        NEW("new"),
        MOVED("moved since the last import: its block moves too"),
        UNCHANGED("already imported"),
        REMOVED_BY_YOU("imported before and deleted since: left out"),
        OVERLAPS("overlaps a block already in the diary"),
        TRIMMED("trimmed to fit between blocks already in the diary"),
        NO_KIND("needs a kind");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * An occurrence as the diary knows it from an earlier import: the block it became (if still there) and
     * the event as it was then, so a block the user edited since is left alone while the event is the same.
     */
    public record Link(long blockId, Optional<Block> block, CalendarEvent imported) {
    }

    /** The key a calendar occurrence is remembered by: its UID and original start (-1 for a single event). */
    public record Key(String uid, long recurrenceAt) {
        public static Key of(CalendarEvent event) {
            return new Key(event.uid(), event.recurrenceId() == null ? -1 : event.recurrenceId().getEpochSecond());
        }
    }

    /**
     * One event and what happens to it. {@code block} is what would be written (null when nothing is);
     * {@code leftOut} is the user's choice to leave it out, which {@code included} then follows.
     */
    public record Row(CalendarEvent event, WorkKind kind, KindSource kindSource, Status status, Block block,
                      List<Block> clashes, boolean included, boolean leftOut) {
        public Row {
            clashes = List.copyOf(clashes);
        }

        Row(CalendarEvent event, WorkKind kind, KindSource kindSource, Status status, Block block,
            List<Block> clashes, boolean included) {
            this(event, kind, kindSource, status, block, clashes, included, false);
        }

        /** A row that could be written, were it not left out or overlapping. */
        boolean writable() {
            return kind != null && block != null && status != Status.UNCHANGED && status != Status.REMOVED_BY_YOU;
        }

        public Key key() {
            return Key.of(event);
        }
    }

    /** A block to store for an occurrence: new (id 0) or an earlier import's block moved (its id). */
    public record Write(Key key, Block block, CalendarEvent event) {
    }

    private final List<Row> rows;
    /** The diary's blocks around the events, which new ones must not overlap. */
    private final List<Block> existing;
    private final boolean trim;

    private CalendarImportPlan(List<Row> rows, List<Block> existing, boolean trim) {
        this.rows = List.copyOf(rows);
        this.existing = List.copyOf(existing);
        this.trim = trim;
    }

    /**
     * @param events      the events read from the file, in start order
     * @param links       what earlier imports made of these events' keys
     * @param existing    live blocks around the events' times
     * @param known       the diary's activities by name (any case): spelling and remembered kind
     * @param defaultKind the kind for events neither remembered nor matched by a keyword, or null
     * @param trim        trim new events that overlap blocks instead of leaving them out
     */
    public static CalendarImportPlan of(List<CalendarEvent> events, Map<Key, Link> links, List<Block> existing,
                                        Function<String, Optional<Activity>> known, KindRules rules,
                                        WorkKind defaultKind, boolean trim, java.time.ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        for (CalendarEvent event : events) {
            Link link = links.get(Key.of(event));
            if (link != null && link.block().isEmpty()) {
                rows.add(new Row(event, null, null, Status.REMOVED_BY_YOU, null, List.of(), false));
                continue;
            }
            if (link != null) {
                Block before = link.block().get();
                if (sameEvent(link.imported(), event)) {
                    rows.add(new Row(event, before.kind(), KindSource.REMEMBERED, Status.UNCHANGED, null, List.of(), false));
                    continue;
                }
                String title = event.title() != null ? event.title() : before.activity();
                Block after = new Block(before.id(), event.start(), event.end(), before.zone(), before.kind(), title, before.note());
                rows.add(new Row(event, before.kind(), KindSource.REMEMBERED, Status.MOVED, after, List.of(), true));
                continue;
            }
            Kinded kinded = kind(event.title(), known, rules, defaultKind);
            String title = kinded.activity;
            if (kinded.kind == null) {
                rows.add(new Row(event, null, null, Status.NO_KIND,
                        Block.create(event.start(), event.end(), zone, WorkKind.DIRECT, title, null), List.of(), false));
                continue;
            }
            Block block = Block.create(event.start(), event.end(), zone, kinded.kind, title, null);
            rows.add(new Row(event, kinded.kind, kinded.source, Status.NEW, block, List.of(), true));
        }
        return replan(rows, existing, trim);
    }

    private static boolean sameEvent(CalendarEvent before, CalendarEvent now) {
        return before.start().equals(now.start()) && before.end().equals(now.end())
                && Objects.equals(before.title(), now.title());
    }

    /** The row for a block against the blocks already taken (the diary's and this import's so far). */
    private static Row placed(CalendarEvent event, Block block, WorkKind kind, KindSource source, Status status,
                              List<Block> taken, boolean trim) {
        // a moved block never clashes with itself at its old time
        List<Block> clashes = taken.stream().filter(other -> !(block.isStored() && other.id() == block.id()))
                .filter(block::overlaps).toList();
        if (clashes.isEmpty()) {
            taken.add(block);
            return new Row(event, kind, source, status, block, List.of(), true);
        }
        if (trim) {
            Optional<Block> shorter = Trims.shortenProposed(block, clashes);
            if (shorter.isPresent()) {
                taken.add(shorter.get());
                return new Row(event, kind, source, Status.TRIMMED, shorter.get(), clashes, true);
            }
        }
        return new Row(event, kind, source, Status.OVERLAPS, block, clashes, false);
    }

    private record Kinded(WorkKind kind, KindSource source, String activity) {
    }

    /** Remembered, else keywords, else the default; an ambiguous title counts as unclassified. */
    private static Kinded kind(String title, Function<String, Optional<Activity>> known, KindRules rules,
                               WorkKind defaultKind) {
        if (title != null) {
            Optional<Activity> remembered = known.apply(title);
            if (remembered.isPresent()) {
                return new Kinded(remembered.get().kind(), KindSource.REMEMBERED, remembered.get().name());
            }
            try {
                Optional<WorkKind> byKeyword = rules.classify(title);
                if (byKeyword.isPresent()) {
                    return new Kinded(byKeyword.get(), KindSource.KEYWORD, title);
                }
            } catch (InputRefusedException ambiguous) {
                // words of two kinds: the default kind, or the user, decides
            }
        }
        return new Kinded(defaultKind, defaultKind == null ? null : KindSource.EXPLICIT, title);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The plan with one row's kind chosen by the user (it is then included, unless it overlaps). */
    public CalendarImportPlan withKind(int index, WorkKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<Row> changed = new ArrayList<>(rows);
        Row row = changed.get(index);
        if (row.status() == Status.UNCHANGED || row.status() == Status.REMOVED_BY_YOU || row.block() == null) {
            return this;
        }
        Block block = row.block();
        changed.set(index, new Row(row.event(), kind, KindSource.EXPLICIT,
                row.status() == Status.NO_KIND ? Status.NEW : row.status(),
                new Block(block.id(), block.start(), block.end(), block.zone(), kind, block.activity(), block.note()),
                row.clashes(), row.included(), row.leftOut()));
        return replan(changed, existing, trim);
    }

    /** The plan with new overlapping events trimmed to fit, or left out. */
    public CalendarImportPlan withTrim(boolean trimOverlaps) {
        return replan(rows, existing, trimOverlaps);
    }

    public boolean trims() {
        return trim;
    }

    /** The plan with one row included or left out by the user (rows that cannot be written stay out). */
    public CalendarImportPlan withIncluded(int index, boolean included) {
        List<Row> changed = new ArrayList<>(rows);
        Row row = changed.get(index);
        if (!row.writable()) {
            return this;
        }
        changed.set(index, new Row(row.event(), row.kind(), row.kindSource(), row.status(), row.block(), row.clashes(),
                included, !included));
        return replan(changed, existing, trim);
    }

    /**
     * Places every writable row again, in order, so two included rows never overlap each other. The old time of
     * a block that moves is free for other rows; but a moved block whose move is not written (it overlaps, or
     * the user left it out) stays where it is, so the rows are then placed again with its old time taken.
     */
    private static CalendarImportPlan replan(List<Row> rows, List<Block> existing, boolean trim) {
        Set<Long> staying = new HashSet<>();
        while (true) {
            List<Row> result = place(rows, existing, staying, trim);
            Set<Long> notMoved = new HashSet<>();
            for (Row row : result) {
                if (row.writable() && row.block().isStored() && !row.included()) {
                    notMoved.add(row.block().id());
                }
            }
            if (staying.containsAll(notMoved)) {
                return new CalendarImportPlan(result, existing, trim);
            }
            staying.addAll(notMoved); // only grows, so this ends
        }
    }

    private static List<Row> place(List<Row> rows, List<Block> existing, Set<Long> staying, boolean trim) {
        List<Block> taken = new ArrayList<>(existing);
        for (Row row : rows) {
            if (row.writable() && row.block().isStored() && !staying.contains(row.block().id())) {
                taken.removeIf(block -> block.id() == row.block().id());
            }
        }
        List<Row> result = new ArrayList<>();
        for (Row row : rows) {
            if (!row.writable()) {
                result.add(row);
                continue;
            }
            if (row.leftOut()) {
                result.add(new Row(row.event(), row.kind(), row.kindSource(), row.status(), row.block(), row.clashes(),
                        false, true));
                continue;
            }
            // the event's own times, before any earlier trim
            Block original = new Block(row.block().id(), row.event().start(), row.event().end(), row.block().zone(),
                    row.block().kind(), row.block().activity(), row.block().note());
            // a stored block is an earlier import's, moving (whether it was trimmed or overlapped before)
            Status base = row.block().isStored() ? Status.MOVED : Status.NEW;
            result.add(placed(row.event(), original, row.kind(), row.kindSource(), base, taken, trim));
        }
        return result;
    }

    /** What to store: the included rows' blocks with their keys. */
    public List<Write> writes() {
        return rows.stream().filter(Row::included).map(row -> new Write(row.key(), row.block(), row.event())).toList();
    }

    public long count(Status status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    /** The events without a kind, for the refusal that asks for --default-kind. */
    public List<Row> unclassified() {
        return rows.stream().filter(row -> row.status() == Status.NO_KIND).toList();
    }

    /** The events that have ended by {@code now}: a calendar's later meetings are not time worked yet. */
    public static List<CalendarEvent> endedBy(List<CalendarEvent> events, Instant now) {
        return events.stream().filter(event -> !event.end().isAfter(now)).toList();
    }

    /** The earliest and latest instants any row touches (for reading the existing blocks around them). */
    public static Instant[] span(List<CalendarEvent> events) {
        Instant from = events.stream().map(CalendarEvent::start).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant to = events.stream().map(CalendarEvent::end).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Instant[] {from, to};
    }
}
