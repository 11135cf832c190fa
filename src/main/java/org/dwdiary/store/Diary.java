package org.dwdiary.store;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.CalendarEvent;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportProblems;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.ImportSource;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.Integrity;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordKeeping;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RepeatPlan;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.Template;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One diary file, {@code diary.db} in its folder: the only way in and out of the stored diary.
 * Every public method is one transaction; a method that throws has changed nothing. Safe to share
 * between threads (calls are serialised) and with other processes (SQLite locking, WAL).
 */
public final class Diary implements AutoCloseable {
    /** The highest migration in {@code db/migration}; {@code SchemaVersionTest} keeps the two in step. */
    public static final int SCHEMA_VERSION = 6;

    /**
     * Migrations that need Java (the history's hashes); SchemaVersionTest counts them with the SQL ones.
     * Made only when Flyway runs: building one loads Flyway's classes, which an ordinary start skips.
     */
    static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
        return new org.flywaydb.core.api.migration.JavaMigration[] {new V5__Seed_history()};
    }

    private final Path folder;
    private final Clock clock;
    private final Connection connection;
    private final BlockQueries blocks;
    private final ActivityQueries activities;
    private final SettingsQueries settings;
    private final TimerQueries timer;
    private final TemplateQueries templates;
    private final CalendarQueries calendar;
    private final HistoryQueries history;
    private final MarkQueries marks;
    private final WeekNoteQueries weekNotes;
    /** SQLite's data version when last looked at (see {@link #changedElsewhere}); guarded by the connection. */
    private long seenDataVersion;

    private Diary(Path folder, Clock clock, Connection connection) throws SQLException {
        this.folder = folder;
        this.clock = clock;
        this.connection = connection;
        this.history = new HistoryQueries(connection);
        this.blocks = new BlockQueries(connection, history);
        this.marks = new MarkQueries(connection, history);
        this.weekNotes = new WeekNoteQueries(connection);
        this.activities = new ActivityQueries(connection);
        this.settings = new SettingsQueries(connection, history);
        this.timer = new TimerQueries(connection);
        this.templates = new TemplateQueries(connection);
        this.calendar = new CalendarQueries(connection);
        this.seenDataVersion = dataVersion();
    }

    /**
     * Opens the diary in {@code folder}, creating the folder and an empty diary if needed. A quick check comes
     * first: a file that is not a database, is damaged, is another program's, or is from a newer version is
     * refused with a {@link DiaryUnreadableException} and left untouched.
     */
    public static Diary open(Path folder, Clock clock) {
        Path file = DiaryFolder.diaryFile(folder);
        try {
            DiaryFolder.prepare(folder);
            DiaryFolder.prepareFile(file);
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot create the diary folder " + folder + ": " + e.getMessage(), e);
        }
        Backups.tightenFolder(folder);
        // Before anything writes to it: a file this version cannot use is refused and left exactly as it is.
        DiaryCheck.requireReadable(file);
        SQLiteDataSource dataSource = new SQLiteDataSource(connectionSettings());
        dataSource.setUrl(SqliteUrls.of(file));
        Connection connection = null;
        try {
            // Auto-commit between actions: each action opens its own transaction (see inTransaction), so
            // an open diary holds no lock while idle. (With auto-commit off, the driver begins the next
            // transaction at every commit, and an idle window would lock out the CLI.)
            connection = dataSource.getConnection();
            int version = schemaVersion(connection);
            if (version > SCHEMA_VERSION) { // a newer version wrote it since the check
                throw new DiaryUnreadableException(DiaryUnreadableException.Problem.NEWER, file, "its schema is " + version
                        + "; this version knows up to " + SCHEMA_VERSION, null);
            }
            if (version < SCHEMA_VERSION) {
                // Flyway costs a quarter of a second of class loading, so it runs only when there is work.
                Flyway.configure(Diary.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .javaMigrations(javaMigrations())
                        .load()
                        .migrate();
            }
            DiaryFolder.tighten(folder.resolve(DiaryFolder.DIARY_FILE + "-wal"));
            DiaryFolder.tighten(folder.resolve(DiaryFolder.DIARY_FILE + "-shm"));
            return new Diary(folder, clock, connection);
        } catch (DiaryStorageException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            throw new DiaryStorageException("Cannot open the diary " + file + ": " + e.getMessage(), e);
        }
    }

    /** The highest migration applied to the file; 0 for a new, empty file. */
    private static int schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!exists.next() || exists.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    private static SQLiteConfig connectionSettings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000); // the CLI and the GUI may write at the same moment
        return config;
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return DiaryFolder.diaryFile(folder);
    }

    /** The zone the diary's days and weeks are counted in: the setting, else the system's. */
    public ZoneId zone() {
        return read(this::zoneSetting);
    }

    public void setZone(String zoneText) {
        ZoneId zone = parseZone(zoneText);
        write(() -> {
            settings.put(SettingsQueries.ZONE, zone.getId());
            return null;
        });
    }

    /** The keyword rules that give an activity its kind when it has none remembered: the setting, else the defaults. */
    public KindRules kindRules() {
        return read(this::kindRulesSetting);
    }

    /** Saves the time zone and the keyword rules together. */
    public void saveSettings(String zoneText, KindRules rules) {
        saveSettings(zoneText, rules, theme(), List.of());
    }

    /**
     * Saves the settings dialog in one action: the time zone, the keyword rules, the theme, and new dated
     * values of the settings that shape the figures (each replacing a value of the same setting on the same date).
     */
    public void saveSettings(String zoneText, KindRules rules, Theme theme, List<SettingsTimeline.Change> changes) {
        ZoneId zone = parseZone(zoneText);
        write(() -> {
            settings.put(SettingsQueries.ZONE, zone.getId());
            settings.put(SettingsQueries.KIND_KEYWORDS, rules.format());
            settings.put(SettingsQueries.THEME, theme.code());
            for (SettingsTimeline.Change change : changes) {
                SettingsTimeline.requireUsable(change.from(), "the date");
                settings.putDated(change, clock.instant(), RecordedVia.GUI);
            }
            return null;
        });
    }

    /** The figure-shaping settings (contracted hours, working days, window, target) through time. */
    public SettingsTimeline settingsTimeline() {
        return read(settings::timeline);
    }

    /**
     * Sets a figure-shaping setting from a date on. With no date: from the start when the setting has
     * never been set, otherwise from the Monday of this week (history keeps the value it was counted with).
     *
     * @return the value as stored, with its date
     */
    public SettingsTimeline.Change setFigureSetting(FigureSetting setting, String value, LocalDate from) {
        return write(() -> {
            LocalDate today = clock.instant().atZone(zoneSetting()).toLocalDate();
            LocalDate effective = from != null ? SettingsTimeline.requireUsable(from, "the date")
                    : settings.timeline().defaultFrom(setting, today);
            SettingsTimeline.Change change = new SettingsTimeline.Change(setting, effective, value);
            settings.putDated(change, clock.instant(), RecordedVia.CLI);
            return change;
        });
    }

    /** Removes the value a setting takes from {@code from}; false when there was none on that date. */
    public boolean removeFigureSetting(FigureSetting setting, LocalDate from) {
        return write(() -> settings.removeDated(setting, from, clock.instant(), RecordedVia.CLI));
    }

    /** The Working Time Regulations options and the overtime scheme (settings for the whole diary). */
    public WorkingRules workingRules() {
        return read(this::workingRulesSetting);
    }

    /** Sets one working rule; refused, with nothing written, when the value cannot be read. */
    public WorkingRules setWorkingRule(WorkingRules.Key key, String value) {
        return write(() -> {
            WorkingRules changed = workingRulesSetting().with(key, value);
            settings.put(key.key(), changed.format(key));
            return changed;
        });
    }

    private WorkingRules workingRulesSetting() throws SQLException {
        WorkingRules rules = WorkingRules.DEFAULT;
        for (WorkingRules.Key key : WorkingRules.Key.values()) {
            Optional<String> stored = settings.get(key.key());
            if (stored.isPresent()) {
                try {
                    rules = rules.with(key, stored.get());
                } catch (InputRefusedException e) {
                    // a value from a newer version that this one cannot read: the default holds
                }
            }
        }
        return rules;
    }

    public Theme theme() {
        return read(() -> settings.get(SettingsQueries.THEME).map(Diary::storedTheme).orElse(Theme.LIGHT));
    }

    public void setTheme(Theme theme) {
        write(() -> {
            settings.put(SettingsQueries.THEME, theme.code());
            return null;
        });
    }

    /**
     * The diary's member id: a random UUID made the first time it is asked for and kept in the diary, so
     * every member file exported from this diary carries the same id (how a representative sees two files
     * of one member) while the id says nothing about who the member is.
     */
    public String memberId() {
        Optional<String> stored = read(() -> settings.get(SettingsQueries.MEMBER_ID));
        if (stored.isPresent()) {
            return stored.get();
        }
        // Read again inside the write lock: another process may have made it meanwhile.
        return write(() -> {
            Optional<String> again = settings.get(SettingsQueries.MEMBER_ID);
            if (again.isPresent()) {
                return again.get();
            }
            String made = UUID.randomUUID().toString();
            settings.put(SettingsQueries.MEMBER_ID, made);
            return made;
        });
    }

    /** A theme written by a newer version that this one does not know falls back to light. */
    private static Theme storedTheme(String code) {
        try {
            return Theme.parse(code);
        } catch (InputRefusedException e) {
            return Theme.LIGHT;
        }
    }

    /**
     * What the figures of a run of weeks need, read as one consistent snapshot: the blocks with any minute
     * in the weeks {@code from}..{@code to}, the zone the weeks are counted in, and the settings through time.
     */
    public record Period(List<Block> blocks, ZoneId zone, SettingsTimeline settings, List<DayMark> marks) {
    }

    public Period period(WeekId from, WeekId to) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            return new Period(blocks.overlapping(from.start(zone), to.end(zone)), zone, settings.timeline(),
                    marks.between(from.monday(), to.sunday()));
        });
    }

    /** Day marks (leave, sickness, bank holidays, TOIL taken) from one day to another, inclusive. */
    public List<DayMark> marks(LocalDate from, LocalDate to) {
        return read(() -> marks.between(from, to));
    }

    /** Marks a day (replacing another mark on it); false when the same mark was already there. */
    public boolean mark(DayMark mark, RecordedVia via) {
        return write(() -> marks.put(mark, via, clock.instant()));
    }

    /** Takes the mark off a day; false when it had none. */
    public boolean unmark(LocalDate day, RecordedVia via) {
        return write(() -> marks.remove(day, via, clock.instant()));
    }

    /** A week's caseload and reflections (an empty note when none were written). */
    public WeekNote weekNote(WeekId week) {
        return read(() -> {
            List<WeekNote> found = weekNotes.between(week, week);
            return found.isEmpty() ? WeekNote.empty(week) : found.get(0);
        });
    }

    /** The notes of the weeks {@code from}..{@code to} that have one, in week order. */
    public List<WeekNote> weekNotes(WeekId from, WeekId to) {
        return read(() -> weekNotes.between(from, to));
    }

    /** Replaces a week's note; an empty note removes it. */
    public void saveWeekNote(WeekNote note) {
        write(() -> {
            weekNotes.put(note, clock.instant());
            return null;
        });
    }

    /** The history, in order: every entry, or one subject's ("block 12", "mark 2026-03-02"). */
    public List<HistoryEntry> history(String subject) {
        return read(() -> history.entries(subject));
    }

    /** The history's values as people read them (the canonical text back as values). */
    public static Map<String, Object> values(String canonical) {
        return HistoryQueries.read(canonical);
    }

    /** Checks the hash chain, and every block and day mark against its last history entry. */
    public Integrity verify() {
        return read(() -> {
            Map<String, String> current = new java.util.LinkedHashMap<>();
            blocks.currentStates().forEach((id, state) -> current.put(HistoryEntry.blockSubject(id), state));
            current.putAll(marks.currentStates());
            current.putAll(settings.currentDatedStates());
            return Integrity.check(history.entries(null), current);
        });
    }

    /**
     * How the blocks with a minute in [from, to) were recorded: for each, its minutes in the period, whether
     * it was first recorded within 24 hours of its end, and how many times it was changed after.
     */
    public RecordKeeping recordKeeping(Instant from, Instant to) {
        return read(() -> {
            Map<String, Integer> changes = history.laterChanges();
            long minutes = 0;
            long timely = 0;
            long laterEdits = 0;
            for (long[] row : blocks.recording(from, to)) {
                long start = Math.max(row[1], from.getEpochSecond());
                long end = Math.min(row[2], to.getEpochSecond());
                long blockMinutes = Math.max(0, end - start) / 60;
                minutes += blockMinutes;
                if (RecordKeeping.isTimely(Instant.ofEpochSecond(row[3]), Instant.ofEpochSecond(row[2]))) {
                    timely += blockMinutes;
                }
                laterEdits += changes.getOrDefault(HistoryEntry.blockSubject(row[0]), 0);
            }
            return new RecordKeeping(minutes, timely, laterEdits);
        });
    }

    /** The local day of the diary's first block, if it has any. */
    public Optional<LocalDate> firstDay() {
        return read(() -> {
            ZoneId zone = zoneSetting();
            return blocks.firstStart().map(start -> start.atZone(zone).toLocalDate());
        });
    }

    /** The local day of the diary's last block's start, if it has any. */
    public Optional<LocalDate> lastDay() {
        return read(() -> {
            ZoneId zone = zoneSetting();
            return blocks.lastStart().map(start -> start.atZone(zone).toLocalDate());
        });
    }

    public void setKindRules(KindRules rules) {
        write(() -> {
            settings.put(SettingsQueries.KIND_KEYWORDS, rules.format());
            return null;
        });
    }

    private static ZoneId parseZone(String zoneText) {
        try {
            return ZoneId.of(zoneText.strip());
        } catch (DateTimeException e) {
            throw new InputRefusedException("\"" + zoneText + "\" is not a time zone; use a name such as Europe/London");
        }
    }

    /** Blocks with any minute in [from, to), in time order. */
    public List<Block> overlapping(Instant from, Instant to) {
        return read(() -> blocks.overlapping(from, to));
    }

    /** Blocks with any minute in the week, counted in the diary's zone. */
    public List<Block> week(WeekId week) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            return blocks.overlapping(week.start(zone), week.end(zone));
        });
    }

    /** Blocks starting in [from, to), in time order. */
    public List<Block> starting(Instant from, Instant to) {
        return read(() -> blocks.starting(from, to));
    }

    /** Blocks starting on {@code day} (a local day in the diary's zone), in time order. */
    public List<Block> startingOn(LocalDate day) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            return blocks.starting(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        });
    }

    public List<Block> all() {
        return read(blocks::all);
    }

    public Optional<Block> find(long id) {
        return read(() -> blocks.find(id));
    }

    public long count() {
        return read(blocks::count);
    }

    public List<Activity> activities() {
        return read(activities::all);
    }

    /** The activity known by this name in any case: its spelling and the kind it was last logged as. */
    public Optional<Activity> activity(String name) {
        return read(() -> activities.find(name));
    }

    public Optional<WorkKind> kindOf(String activity) {
        return read(() -> activities.kindOf(activity));
    }

    /** Adds a new block; refused when it overlaps one already in the diary. */
    public Block add(Block block, RecordedVia via) {
        return apply(DiaryChange.add(block), via).added().get(0);
    }

    /**
     * Applies one user action in one transaction and returns it as applied (new blocks with their ids),
     * ready to be inverted for undo. Refused, with nothing changed, when a block it puts in would
     * overlap another or a block it takes out is no longer in the diary.
     */
    public DiaryChange apply(DiaryChange change, RecordedVia via) {
        return write(() -> {
            Instant now = clock.instant();
            Set<Long> kept = new HashSet<>();
            for (Block block : change.added()) {
                if (block.isStored()) {
                    kept.add(block.id());
                }
            }
            for (Block old : change.removed()) {
                if (!kept.contains(old.id()) && !blocks.delete(old.id(), via, now)) {
                    throw gone(old);
                }
            }
            Set<Long> removedIds = change.removed().stream().map(Block::id).collect(Collectors.toSet());
            Map<String, Long> activityIds = new HashMap<>();
            List<Block> added = new ArrayList<>();
            for (Block block : change.added()) {
                Long activityId = activityId(block, activityIds, now);
                if (!block.isStored()) {
                    added.add(block.withId(blocks.insert(block, activityId, via, now)));
                } else if (removedIds.contains(block.id())) {
                    if (!blocks.update(block, activityId, via, now)) {
                        throw gone(block);
                    }
                    added.add(block);
                } else {
                    if (!blocks.undelete(block, activityId, via, now)) {
                        if (blocks.find(block.id()).isPresent()) {
                            throw new InputRefusedException("the block " + block.describe(block.zone())
                                    + " is already in the diary (changed elsewhere?); nothing was changed");
                        }
                        blocks.insert(block, activityId, via, now);
                    }
                    added.add(block);
                }
            }
            for (Block block : added) {
                List<Block> clashes = blocks.clashesWith(block);
                if (!clashes.isEmpty()) {
                    throw new OverlapException(block, clashes);
                }
            }
            return new DiaryChange(change.description(), change.removed(), added);
        });
    }

    /**
     * Imports a whole file's blocks, or none: refused (listing every bad line) when the batch has
     * problems, when rows overlap each other, or when any row overlaps a block already in the diary.
     *
     * @return the number of blocks added
     */
    public int importBatch(ImportBatch batch, RecordedVia via) {
        return importRows(batch, via);
    }

    /**
     * Imports a file's rows as they are read, in one transaction: all of them or none. Each row goes into the
     * diary as soon as it is read, so no file is held in memory whole; a row that overlaps a block already in the
     * diary, or an earlier row of the same file, is a problem on its line. Refused, with nothing written, when the
     * file has any problem (listing the bad lines, at most {@value ImportProblems#MOST_LINES}, after which reading
     * stops) or more than {@value ImportSource#MOST_ROWS} rows (refused as soon as the next row is read).
     *
     * @return the number of blocks added
     */
    public int importRows(ImportSource source, RecordedVia via) {
        return importRows(source, via, ImportSource.MOST_ROWS);
    }

    /** {@link #importRows(ImportSource, RecordedVia)} with a smaller most rows, for tests. */
    int importRows(ImportSource source, RecordedVia via, int mostRows) {
        return write(() -> {
            ImportRun run = new ImportRun(source.name(), via, clock.instant(), mostRows);
            try {
                source.read(run);
            } catch (ImportRun.StorageFailure failure) {
                throw failure.cause;
            }
            return run.result();
        });
    }

    /** One import as it is read: inserts each row, notes its problems, counts the rows. */
    private final class ImportRun implements ImportSource.Rows {
        /** A SQLException carried out through the reader, which knows nothing of SQL. */
        static final class StorageFailure extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final transient SQLException cause;

            StorageFailure(SQLException cause) {
                super(cause);
                this.cause = cause;
            }
        }

        private final String source;
        private final RecordedVia via;
        private final Instant now;
        private final ImportProblems problems;
        private final Map<String, Long> activityIds = new HashMap<>();
        /** The ids this import gave, in order (ids only grow), with the line of each: which rows a row overlaps. */
        private long[] ids = new long[1024];
        private int[] lines = new int[1024];
        private int added;
        private int read;
        private int lastLine;
        private boolean tooMany;
        private final int mostRows;

        ImportRun(String source, RecordedVia via, Instant now, int mostRows) {
            this.mostRows = mostRows;
            this.source = source;
            this.via = via;
            this.now = now;
            this.problems = new ImportProblems(source);
        }

        @Override
        public boolean row(ImportRow row) {
            if (!count(row.line())) {
                return false;
            }
            try {
                Block block = row.block().withId(0);
                long id = blocks.insert(block, activityId(block, activityIds, now), via, now);
                List<Block> clashes = blocks.clashesWith(block.withId(id));
                remember(id, row.line());
                for (Block clash : clashes) {
                    int line = lineOf(clash.id());
                    problems.add(new LineProblem(row.line(), line > 0
                            ? "overlaps line " + line + " (" + clash.describe(block.zone()) + ")"
                            : "overlaps " + clash.describe(block.zone()) + ", already in the diary"));
                }
                problems.readTo(row.line());
                return !problems.full();
            } catch (SQLException e) {
                throw new StorageFailure(e);
            }
        }

        @Override
        public boolean problem(LineProblem problem) {
            if (!count(problem.line())) {
                return false;
            }
            problems.add(problem);
            problems.readTo(problem.line());
            return !problems.full();
        }

        /** Counts a line read; false (read no further) past the most rows a file may have. */
        private boolean count(int line) {
            if (line != lastLine) {
                lastLine = line;
                read++;
            }
            tooMany = read > mostRows;
            return !tooMany;
        }

        private void remember(long id, int line) {
            if (added == ids.length) {
                ids = java.util.Arrays.copyOf(ids, added * 2);
                lines = java.util.Arrays.copyOf(lines, added * 2);
            }
            ids[added] = id;
            lines[added] = line;
            added++;
        }

        /** The line of the row this import gave {@code id}, or 0 for a block that was in the diary before. */
        private int lineOf(long id) {
            int at = java.util.Arrays.binarySearch(ids, 0, added, id);
            return at >= 0 ? lines[at] : 0;
        }

        int result() {
            if (tooMany) {
                throw ImportSource.tooManyRows(source);
            }
            if (!problems.isEmpty()) {
                throw problems.refusal();
            }
            return added;
        }
    }

    /** The timer that is running, if any (it survives restarts: it lives in the diary). */
    public Optional<RunningTimer> runningTimer() {
        return read(timer::running);
    }

    /**
     * Starts a timer. A timer already running stops at the same instant (its block is returned). Refused
     * when the start falls inside a block already in the diary.
     */
    public Optional<Block> startTimer(RunningTimer started, RecordedVia via) {
        return write(() -> {
            Instant now = clock.instant();
            Optional<Block> stopped = Optional.empty();
            Optional<RunningTimer> running = timer.running();
            if (running.isPresent()) {
                stopped = recordTimer(timerBlock(running.get(), started.start()), via, now);
                timer.clear();
            }
            for (Block block : blocks.overlapping(started.start(), started.start().plusSeconds(60))) {
                throw new InputRefusedException("the timer cannot start at "
                        + DisplayFormats.TIME.format(started.start().atZone(started.zone()))
                        + ": " + block.describe(started.zone()) + " is already logged then");
            }
            Long activityId = started.activity() == null ? null : activities.use(started.activity(), started.kind(), now);
            timer.start(started, activityId, via);
            return stopped;
        });
    }

    /**
     * Stops the running timer at {@code end} and records its block. A timer stopped within its first minute
     * records nothing (empty result). Refused when no timer runs, when the block would last over 24 hours
     * (say when you stopped) or overlap a block logged meanwhile.
     */
    public Optional<Block> stopTimer(Instant end, RecordedVia via) {
        return write(() -> {
            RunningTimer running = timer.running().orElseThrow(() -> new InputRefusedException("no timer is running"));
            if (end.isBefore(running.start())) {
                throw new InputRefusedException("the timer started at "
                        + DisplayFormats.dayTime(running.start(), running.zone())
                        + "; it cannot stop before that");
            }
            if (java.time.Duration.between(running.start(), end).compareTo(Block.LONGEST) > 0) {
                throw new InputRefusedException("the timer for \"" + running.label() + "\" has run since "
                        + DisplayFormats.dayTime(running.start(), running.zone())
                        + " (" + DisplayFormats.hoursMinutes(running.elapsedMinutes(end))
                        + "), longer than a block can be: say when you stopped");
            }
            Optional<Block> recorded = recordTimer(timerBlock(running, end), via, clock.instant());
            timer.clear();
            return recorded;
        });
    }

    /** Ends the running timer as {@code block} (the user chose other times), in one transaction. */
    public Block stopTimerAs(Block block, RecordedVia via) {
        return write(() -> {
            timer.running().orElseThrow(() -> new InputRefusedException("no timer is running"));
            Block recorded = recordTimer(block, via, clock.instant()).orElseThrow();
            timer.clear();
            return recorded;
        });
    }

    /** Forgets the running timer without recording anything. */
    public Optional<RunningTimer> discardTimer() {
        return write(() -> {
            Optional<RunningTimer> running = timer.running();
            timer.clear();
            return running;
        });
    }

    /** Inserts the timer's block (null: nothing to record), refused on overlap. */
    private Optional<Block> recordTimer(Block block, RecordedVia via, Instant now)
            throws SQLException {
        if (block == null) {
            return Optional.empty();
        }
        List<Block> clashes = blocks.clashesWith(block);
        if (!clashes.isEmpty()) {
            throw new OverlapException(block, clashes);
        }
        Long activityId = block.activity() == null ? null : activities.use(block.activity(), block.kind(), now);
        return Optional.of(block.withId(blocks.insert(block, activityId, via, now)));
    }

    /** The timer's block up to {@code end}; null when it ran for less than a minute (nothing to record). */
    private static Block timerBlock(RunningTimer running, Instant end) {
        return running.elapsedMinutes(end) < 1 ? null : running.until(end);
    }

    /** The latest day before {@code day} with any block starting on it: what "copy previous day" copies. */
    public Optional<LocalDate> lastDayWithBlocksBefore(LocalDate day) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            return blocks.lastStartBefore(day.atStartOfDay(zone).toInstant())
                    .map(start -> start.atZone(zone).toLocalDate());
        });
    }

    /** The blocks of day {@code from} at the same times on {@code to}, against what {@code to} already has. */
    public RepeatPlan planCopyDay(LocalDate from, LocalDate to) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            List<Block> candidates = RepeatPlan.moved(blocks.starting(from.atStartOfDay(zone).toInstant(),
                    from.plusDays(1).atStartOfDay(zone).toInstant()), from, to, zone);
            return RepeatPlan.against("copy " + DisplayFormats.SHORT_DAY.format(from) + " onto "
                    + DisplayFormats.SHORT_DAY.format(to), candidates, around(candidates, to, to, zone));
        });
    }

    /** Week {@code from}'s blocks on the same days and times of week {@code to}. */
    public RepeatPlan planCopyWeek(WeekId from, WeekId to) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            List<Block> source = blocks.starting(from.start(zone), from.end(zone));
            List<Block> candidates = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                candidates.addAll(RepeatPlan.moved(source, from.monday().plusDays(day), to.monday().plusDays(day), zone));
            }
            return RepeatPlan.against("copy the pattern of week " + from + " onto week " + to, candidates,
                    around(candidates, to.monday(), to.sunday(), zone));
        });
    }

    /** The template's blocks on {@code day}, against what that day already has. */
    public RepeatPlan planTemplate(Template template, LocalDate day) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            List<Block> candidates = new ArrayList<>();
            for (Template.Part part : template.parts()) {
                try {
                    candidates.add(part.on(day, zone));
                } catch (InputRefusedException skipped) {
                    // a time the clocks skip that day
                }
            }
            return RepeatPlan.against("apply \"" + template.name() + "\" on " + DisplayFormats.SHORT_DAY.format(day),
                    candidates, around(candidates, day, day, zone));
        });
    }

    /** Live blocks that could clash with blocks planned on the days first..last (or reaching past them). */
    private List<Block> around(List<Block> candidates, LocalDate first, LocalDate last, ZoneId zone) throws SQLException {
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        for (Block candidate : candidates) {
            to = candidate.end().isAfter(to) ? candidate.end() : to;
        }
        return blocks.overlapping(from, to);
    }

    private KindRules kindRulesSetting() throws SQLException {
        return settings.get(SettingsQueries.KIND_KEYWORDS).map(KindRules::parse).orElse(KindRules.defaults());
    }

    private ZoneId zoneSetting() throws SQLException {
        return settings.get(SettingsQueries.ZONE).map(ZoneId::of).orElse(clock.getZone());
    }

    /**
     * What importing these calendar events would do: new, moved since the last import, already imported,
     * deleted by you since, overlapping, or without a kind. Nothing is written.
     *
     * @param defaultKind the kind for events neither remembered nor matched by a keyword, or null
     * @param trim        trim new events that overlap blocks instead of leaving them out
     */
    public CalendarImportPlan planCalendar(List<CalendarEvent> events, WorkKind defaultKind, boolean trim) {
        return read(() -> {
            ZoneId zone = zoneSetting();
            Map<CalendarImportPlan.Key, CalendarImportPlan.Link> links = new HashMap<>();
            for (CalendarEvent event : events) {
                CalendarImportPlan.Key key = CalendarImportPlan.Key.of(event);
                Optional<CalendarQueries.Imported> imported = calendar.imported(key);
                if (imported.isPresent()) {
                    links.put(key, new CalendarImportPlan.Link(imported.get().blockId(),
                            blocks.find(imported.get().blockId()), imported.get().event()));
                }
            }
            Map<String, Activity> known = new HashMap<>();
            for (Activity activity : activities.all()) {
                known.put(activity.name().toLowerCase(java.util.Locale.ROOT), activity);
            }
            Instant[] span = CalendarImportPlan.span(events);
            List<Block> existing = events.isEmpty() ? List.of() : blocks.overlapping(span[0], span[1]);
            KindRules rules = kindRulesSetting();
            return CalendarImportPlan.of(events, links, existing,
                    title -> Optional.ofNullable(known.get(title.strip().toLowerCase(java.util.Locale.ROOT))),
                    rules, defaultKind, trim, zone);
        });
    }

    /**
     * Stores a calendar import in one transaction: new blocks added, moved ones moved, each remembered with
     * its occurrence so the same calendar never adds it twice. Refused, with nothing written, when a block
     * would overlap another (the diary changed since the plan was made).
     *
     * @return the number of blocks written
     */
    public int importCalendar(List<CalendarImportPlan.Write> writes) {
        return write(() -> {
            Instant now = clock.instant();
            Map<String, Long> activityIds = new HashMap<>();
            List<Block> written = new ArrayList<>();
            for (CalendarImportPlan.Write item : writes) {
                Block block = item.block();
                Long activityId = activityId(block, activityIds, now);
                if (block.isStored()) {
                    if (!blocks.update(block, activityId, RecordedVia.IMPORT, now)) {
                        throw gone(block);
                    }
                    written.add(block);
                } else {
                    written.add(block.withId(blocks.insert(block, activityId, RecordedVia.IMPORT, now)));
                }
                calendar.link(item.key(), written.get(written.size() - 1).id(), item.event());
            }
            for (Block block : written) {
                List<Block> clashes = blocks.clashesWith(block);
                if (!clashes.isEmpty()) {
                    throw new OverlapException(block, clashes);
                }
            }
            return written.size();
        });
    }

    /** Saved templates, by name. */
    public List<Template> templates() {
        return read(templates::all);
    }

    public Optional<Template> template(String name) {
        return templates().stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Saves a template, replacing one of the same name; true when it replaced one. */
    public boolean saveTemplate(Template template) {
        return write(() -> templates.save(template));
    }

    public boolean deleteTemplate(String name) {
        return write(() -> templates.delete(name));
    }

    private Long activityId(Block block, Map<String, Long> cache, Instant now) throws SQLException {
        if (block.activity() == null) {
            return null;
        }
        String key = block.activity().toLowerCase(java.util.Locale.ROOT) + "\u0000" + block.kind().code();
        Long id = cache.get(key);
        if (id == null) {
            id = activities.use(block.activity(), block.kind(), now);
            cache.put(key, id);
        }
        return id;
    }

    private InputRefusedException gone(Block block) {
        return new InputRefusedException("the block " + block.describe(block.zone())
                + " is no longer in the diary (changed elsewhere?); nothing was changed");
    }

    /**
     * Whether another connection (the command line, another program) has committed a change to the diary
     * since the last call, or since it was opened. Changes made through this object do not count. One
     * {@code PRAGMA data_version}: no table is read, so it is cheap enough to ask every few seconds.
     */
    public boolean changedElsewhere() {
        synchronized (connection) {
            try {
                long version = dataVersion();
                boolean changed = version != seenDataVersion;
                seenDataVersion = version;
                return changed;
            } catch (SQLException e) {
                throw new DiaryStorageException("The diary " + file() + " could not be read: " + e.getMessage(), e);
            }
        }
    }

    private long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA data_version")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    @Override
    public void close() {
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new DiaryStorageException("Cannot close the diary " + file() + ": " + e.getMessage(), e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** One read transaction: a consistent snapshot that blocks no writer. */
    private <T> T read(SqlWork<T> work) {
        return inTransaction("BEGIN DEFERRED", work);
    }

    /**
     * One write transaction. It takes the write lock at BEGIN, so two processes writing at once
     * queue (busy timeout) instead of failing halfway; between transactions no lock is held.
     */
    private <T> T write(SqlWork<T> work) {
        return inTransaction("BEGIN IMMEDIATE", () -> {
            history.beginWrite();
            return work.run();
        });
    }

    private <T> T inTransaction(String begin, SqlWork<T> work) {
        synchronized (connection) {
            try {
                execute(begin);
            } catch (SQLException e) {
                throw new DiaryStorageException("The diary " + file() + " is busy or cannot be read: "
                        + e.getMessage(), e);
            }
            try {
                T result = work.run();
                execute("COMMIT");
                return result;
            } catch (SQLException e) {
                rollback();
                throw new DiaryStorageException("The diary " + file() + " could not be read or written: "
                        + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // The original failure is what the user needs to see.
        }
    }
}
