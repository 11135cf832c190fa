package org.dwdiary.store;

import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One diary file, {@code diary.db} in its folder: the only way in and out of the stored diary.
 * Every public method is one transaction; a method that throws has changed nothing. Safe to share
 * between threads (calls are serialised) and with other processes (SQLite locking, WAL).
 */
public final class Diary implements AutoCloseable {
    /** The highest migration in {@code db/migration}; {@code SchemaVersionTest} keeps the two in step. */
    public static final int SCHEMA_VERSION = 1;

    private final Path folder;
    private final Clock clock;
    private final Connection connection;
    private final BlockQueries blocks;
    private final ActivityQueries activities;
    private final SettingsQueries settings;

    private Diary(Path folder, Clock clock, Connection connection) {
        this.folder = folder;
        this.clock = clock;
        this.connection = connection;
        this.blocks = new BlockQueries(connection);
        this.activities = new ActivityQueries(connection);
        this.settings = new SettingsQueries(connection);
    }

    /** Opens the diary in {@code folder}, creating the folder and an empty diary if needed. */
    public static Diary open(Path folder, Clock clock) {
        Path file = DiaryFolder.diaryFile(folder);
        try {
            DiaryFolder.prepare(folder);
            DiaryFolder.prepareFile(file);
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot create the diary folder " + folder + ": " + e.getMessage(), e);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(connectionSettings());
        dataSource.setUrl("jdbc:sqlite:" + file);
        Connection connection = null;
        try {
            // Auto-commit between actions: each action opens its own transaction (see inTransaction), so
            // an open diary holds no lock while idle. (With auto-commit off, the driver begins the next
            // transaction at every commit, and an idle window would lock out the CLI.)
            connection = dataSource.getConnection();
            int version = schemaVersion(connection);
            if (version > SCHEMA_VERSION) {
                throw new DiaryStorageException("This diary was made by a newer version of Direct Work Diary "
                        + "(schema " + version + "; this version knows up to " + SCHEMA_VERSION
                        + "). Use the newer version; nothing in the file was changed.", null);
            }
            if (version < SCHEMA_VERSION) {
                // Flyway costs a quarter of a second of class loading, so it runs only when there is work.
                Flyway.configure(Diary.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
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
        return read(() -> settings.get(SettingsQueries.ZONE).map(ZoneId::of).orElse(clock.getZone()));
    }

    public void setZone(String zoneText) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText.strip());
        } catch (DateTimeException e) {
            throw new InputRefusedException("\"" + zoneText + "\" is not a time zone; use a name such as Europe/London");
        }
        write(() -> {
            settings.put(SettingsQueries.ZONE, zone.getId());
            return null;
        });
    }

    /** Blocks with any minute in [from, to), in time order. */
    public List<Block> overlapping(Instant from, Instant to) {
        return read(() -> blocks.overlapping(from, to));
    }

    /** Blocks with any minute in the week, counted in the diary's zone. */
    public List<Block> week(WeekId week) {
        return read(() -> {
            ZoneId zone = settings.get(SettingsQueries.ZONE).map(ZoneId::of).orElse(clock.getZone());
            return blocks.overlapping(week.start(zone), week.end(zone));
        });
    }

    /** Blocks starting in [from, to), in time order. */
    public List<Block> starting(Instant from, Instant to) {
        return read(() -> blocks.starting(from, to));
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
                if (!kept.contains(old.id()) && !blocks.delete(old.id(), now)) {
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
                    if (!blocks.update(block, activityId, now)) {
                        throw gone(block);
                    }
                    added.add(block);
                } else {
                    if (!blocks.undelete(block, activityId, now)) {
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
        return write(() -> {
            ImportBatch checked = batch.withOverlapsBetweenRows();
            List<LineProblem> clashes = new ArrayList<>();
            for (ImportRow row : checked.rows()) {
                for (Block clash : blocks.clashesWith(row.block())) {
                    clashes.add(new LineProblem(row.line(), "overlaps " + clash.describe(row.block().zone())
                            + ", already in the diary"));
                }
            }
            checked = checked.withProblems(clashes);
            if (checked.hasProblems()) {
                throw checked.refusal();
            }
            Instant now = clock.instant();
            Map<String, Long> activityIds = new HashMap<>();
            for (ImportRow row : checked.rows()) {
                blocks.insert(row.block().withId(0), activityId(row.block(), activityIds, now), via, now);
            }
            return checked.rows().size();
        });
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
        return inTransaction("BEGIN IMMEDIATE", work);
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
