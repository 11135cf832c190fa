package org.dwdiary.store;

import org.dwdiary.domain.InputRefusedException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies of the diary in {@code backups/} beside it, and restoring one. A copy is made with SQLite's
 * {@code VACUUM INTO} (a consistent snapshot even while another connection is writing) under a temporary
 * name, then renamed, so a half-made copy never looks like a backup. Copies are owner-only.
 *
 * <p>Names carry the moment in UTC ({@code diary-2026-11-23T140512Z.db}) so that clock changes never reorder
 * them; a copy made just before a restore ends in {@code -before-restore.db}.
 *
 * <p>Rotation ({@link #rotate}) keeps, counting in the diary's zone: the newest copy of each of the 7 most
 * recent days that have one, of each of the 4 most recent ISO weeks that have one, and of each of the 12 most
 * recent months that have one; and always the newest copy. Days without a copy (a laptop left shut) do not
 * use up a place. Copies made before a restore are kept apart: the 5 newest of them stay.
 *
 * <p>A diary this version cannot use (see {@link DiaryUnreadableException}) is never copied: it could push the
 * good copies out. Restoring over it sets it aside instead ({@code diary.db.damaged-2026-11-23T101500Z}, with
 * its log beside it under the same new name); nothing is deleted or overwritten. {@link #newestGood} finds the
 * copy to put back.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int MONTHLY = 12;
    static final int BEFORE_RESTORE_KEPT = 5;
    /** An automatic copy is skipped when the newest is younger than this and the diary is unchanged since. */
    static final Duration QUIET = Duration.ofHours(1);

    private static final String BEFORE_RESTORE = "-before-restore";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("diary-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)(" + BEFORE_RESTORE + ")?\\.db");
    private static final byte[] SQLITE_HEADER = DiaryCheck.SQLITE_HEADER;
    /** A diary file this version could not use, moved aside before a backup took its place (and its log). */
    private static final Pattern SET_ASIDE = Pattern.compile(Pattern.quote(DiaryFolder.DIARY_FILE)
            + "\\.(damaged|not-a-diary|newer)-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-wal|-shm|-journal)?");

    /** One copy of the diary: when it was made, its size and where it is. */
    public record Backup(Instant made, long bytes, Path file, boolean beforeRestore) {
    }

    /** A file found to be a sound diary: its schema version and how many blocks it holds. */
    public record SoundDiary(Path file, int schemaVersion, int blocks) {
    }

    /** A copy passed over while looking for a good one, and why. */
    public record Skipped(Backup backup, String reason) {
    }

    /**
     * The newest copy that is a sound diary this version can open (none when there is none), with the newer
     * copies passed over on the way.
     */
    public record GoodBackup(Optional<Backup> backup, Optional<SoundDiary> diary, List<Skipped> skipped) {
    }

    /**
     * What a restore did: the diary put back; the copy of the diary as it was (when it could be read), or the
     * files of an unreadable diary moved aside under new names in the same folder (never deleted).
     */
    public record Restored(SoundDiary diary, Optional<Backup> before, List<Path> setAside) {
        /** The unreadable diary file as it is now named, if one was set aside. */
        public Optional<Path> setAsideDiary() {
            return setAside.stream().filter(file -> SET_ASIDE.matcher(file.getFileName().toString()).matches()
                    && !file.getFileName().toString().matches(".*-(wal|shm|journal)")).findFirst();
        }
    }

    private final Path diaryFolder;
    private final Clock clock;

    private Backups(Path diaryFolder, Clock clock) {
        this.diaryFolder = diaryFolder;
        this.clock = clock;
    }

    /** The backups of the diary in {@code diaryFolder}. */
    public static Backups of(Path diaryFolder, Clock clock) {
        return new Backups(diaryFolder, clock);
    }

    public Path folder() {
        return diaryFolder.resolve(FOLDER);
    }

    /**
     * A new copy in {@code backups/}, named with the time (the diary may be open, here or elsewhere). A diary
     * this version cannot use is refused ({@link DiaryUnreadableException}): a damaged copy must never become
     * the newest backup.
     */
    public Backup backUp() {
        DiaryCheck.requireReadable(DiaryFolder.diaryFile(diaryFolder));
        return backUpNamed(false);
    }

    /**
     * The automatic copy: skipped (empty) when there is no diary yet, or the newest copy is less than an hour
     * old and the diary has not changed since. Rotates after a copy.
     */
    public Optional<Backup> backUpIfDue(ZoneId zone) {
        Path diary = DiaryFolder.diaryFile(diaryFolder);
        if (!Files.isRegularFile(diary)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Backup> all = list();
        if (!all.isEmpty()) {
            Backup newest = all.get(0);
            if (newest.made().isAfter(now.minus(QUIET)) && !changedSince(newest.made())) {
                return Optional.empty();
            }
        }
        Backup made = backUp();
        rotate(zone);
        return Optional.of(made);
    }

    /** Whether the diary file or its write-ahead log was written after {@code moment} (by modification time). */
    private boolean changedSince(Instant moment) {
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = diaryFolder.resolve(DiaryFolder.DIARY_FILE + suffix);
            try {
                if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isAfter(moment)) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private Backup backUpNamed(boolean beforeRestore) {
        Instant now = clock.instant();
        try {
            DiaryFolder.prepare(folder());
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot create the backups folder " + folder() + ": " + e.getMessage(), e);
        }
        Path target = folder().resolve(name(now, beforeRestore));
        // Two copies in the same second (a command run twice): the later one waits for a free name.
        while (Files.exists(target)) {
            now = now.plusSeconds(1);
            target = folder().resolve(name(now, beforeRestore));
        }
        long bytes = vacuumInto(DiaryFolder.diaryFile(diaryFolder), target);
        return new Backup(now, bytes, target, beforeRestore);
    }

    static String name(Instant made, boolean beforeRestore) {
        return "diary-" + NAME_TIME.format(made) + (beforeRestore ? BEFORE_RESTORE : "") + ".db";
    }

    /**
     * A consistent copy of the diary file {@code diary} at {@code target} (replacing it), made under a
     * temporary name in the target's folder and renamed; owner-only. Returns its size in bytes. A diary this
     * version cannot use is refused ({@link DiaryUnreadableException}).
     */
    public static long copy(Path diary, Path target) {
        if (!Files.isRegularFile(diary)) {
            throw new InputRefusedException("There is no diary to back up at " + diary + ".");
        }
        DiaryCheck.requireReadable(diary);
        return vacuumInto(diary, target);
    }

    private static long vacuumInto(Path diary, Path target) {
        if (!Files.isRegularFile(diary)) {
            throw new InputRefusedException("There is no diary to back up at " + diary + ".");
        }
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling(temporaryName(absolute.getFileName().toString()));
        try {
            Files.deleteIfExists(temporary);
            DiaryFolder.prepareFile(temporary);
            // VACUUM INTO wants a file that does not exist (or is empty): the owner-only empty file is allowed.
            try (Connection connection = connect(diary, false);
                 PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.execute();
            }
            DiaryFolder.tighten(temporary);
            force(temporary);
            move(temporary, absolute);
            return Files.size(absolute);
        } catch (SQLException e) {
            throw new DiaryStorageException("Cannot back up the diary " + diary + " to " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a stray .part file is harmless and is replaced next time
            }
        }
    }

    /** Every copy in {@code backups/}, newest first. */
    public List<Backup> list() {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return found;
        }
        try (var files = Files.list(folder())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (!matcher.matches() || !Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    Instant made = NAME_TIME.parse(matcher.group(1), Instant::from);
                    found.add(new Backup(made, Files.size(file), file, matcher.group(2) != null));
                } catch (DateTimeParseException | IOException e) {
                    // not one of ours after all (or gone meanwhile): leave it alone
                }
            }
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot read the backups folder " + folder() + ": " + e.getMessage(), e);
        }
        // In the same second, a copy made before a restore came after the one it restores.
        found.sort(Comparator.comparing(Backup::made).thenComparing(Backup::beforeRestore).reversed());
        return found;
    }

    /** Deletes the copies the rule in the class comment does not keep; returns those deleted. */
    public List<Backup> rotate(ZoneId zone) {
        List<Backup> all = list();
        Set<Path> kept = kept(all, zone);
        List<Backup> deleted = new ArrayList<>();
        for (Backup backup : all) {
            if (!kept.contains(backup.file())) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted.add(backup);
                } catch (IOException e) {
                    // kept for now; the next rotation tries again
                }
            }
        }
        return deleted;
    }

    /** The copies the rule keeps, from {@code all} newest first. */
    static Set<Path> kept(List<Backup> all, ZoneId zone) {
        Set<Path> kept = new HashSet<>();
        List<Backup> automatic = all.stream().filter(b -> !b.beforeRestore()).toList();
        all.stream().filter(Backup::beforeRestore).limit(BEFORE_RESTORE_KEPT).forEach(b -> kept.add(b.file()));
        if (!automatic.isEmpty()) {
            kept.add(automatic.get(0).file());
        }
        keepNewestOfEach(automatic, zone, DAILY, day -> day, kept);
        keepNewestOfEach(automatic, zone, WEEKLY, day -> day.get(IsoFields.WEEK_BASED_YEAR) * 100L
                + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), kept);
        keepNewestOfEach(automatic, zone, MONTHLY, day -> day.getYear() * 100L + day.getMonthValue(), kept);
        return kept;
    }

    private static void keepNewestOfEach(List<Backup> newestFirst, ZoneId zone, int places,
                                         java.util.function.Function<LocalDate, Object> period, Set<Path> kept) {
        Set<Object> seen = new HashSet<>();
        for (Backup backup : newestFirst) {
            if (seen.size() == places) {
                return;
            }
            if (seen.add(period.apply(backup.made().atZone(zone).toLocalDate()))) {
                kept.add(backup.file());
            }
        }
    }

    /**
     * Checks that {@code file} is a sound diary this version can open, without changing it; refuses
     * (naming the file and why) a file that is not SQLite, is damaged, is not a diary, or is newer.
     */
    public static SoundDiary check(Path file) {
        try {
            return examine(file);
        } catch (Refusal refusal) {
            throw new InputRefusedException("Cannot restore from " + file + ": " + refusal.getMessage());
        }
    }

    /** Why a copy cannot be restored, in words that follow "Cannot restore from FILE: ". */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    private static SoundDiary examine(Path file) throws Refusal {
        if (!Files.isRegularFile(file)) {
            throw new Refusal("there is no such file.");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !java.util.Arrays.equals(header, SQLITE_HEADER)) {
                throw new Refusal("it is not a diary (not an SQLite database).");
            }
        } catch (IOException e) {
            throw new Refusal("it cannot be read (" + e.getMessage() + ").");
        }
        try (Connection connection = connect(file, true); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                String first = rows.next() ? rows.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    if (first != null && first.startsWith("***") && rows.next()) {
                        first = rows.getString(1); // the first fault, after the "*** in database main ***" heading
                    }
                    throw new Refusal("it is damaged (SQLite's integrity check says: " + first + ").");
                }
            }
            Set<String> tables = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.containsAll(DiaryCheck.DIARY_TABLES)) {
                throw new Refusal("it is an SQLite database but not a diary (it has no diary tables).");
            }
            int version;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                version = rows.next() ? rows.getInt(1) : 0;
            }
            if (version > Diary.SCHEMA_VERSION) {
                throw new Refusal("it was made by a newer version of Direct Work Diary "
                        + "(schema " + version + "; this version knows up to " + Diary.SCHEMA_VERSION + ").");
            }
            int blocks;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM block")) {
                blocks = rows.next() ? rows.getInt(1) : 0;
            }
            return new SoundDiary(file, version, blocks);
        } catch (SQLException e) {
            throw new Refusal("it is damaged or not a diary (" + e.getMessage() + ").");
        }
    }

    /**
     * The newest copy in {@code backups/} that passes {@link #check}, newest first; the newer ones that do not
     * are listed as skipped with the reason. Each is checked in full, so this takes a moment on a large diary.
     */
    public GoodBackup newestGood() {
        List<Skipped> skipped = new ArrayList<>();
        for (Backup backup : list()) {
            try {
                SoundDiary sound = examine(backup.file());
                return new GoodBackup(Optional.of(backup), Optional.of(sound), List.copyOf(skipped));
            } catch (Refusal refusal) {
                skipped.add(new Skipped(backup, refusal.getMessage()));
            }
        }
        return new GoodBackup(Optional.empty(), Optional.empty(), List.copyOf(skipped));
    }

    /**
     * Why the diary here cannot be opened, or empty when it can (or there is none yet). Reads only.
     * Other failures to read it are a {@link DiaryStorageException}.
     */
    public Optional<DiaryUnreadableException> problem() {
        try {
            DiaryCheck.requireReadable(DiaryFolder.diaryFile(diaryFolder));
            return Optional.empty();
        } catch (DiaryUnreadableException e) {
            return Optional.of(e);
        }
    }

    /**
     * Moves an unreadable diary out of the way so a new, empty one can start: {@code diary.db} and its
     * {@code -wal}/{@code -shm} get names such as {@code diary.db.damaged-2026-11-23T101500Z} in the same
     * folder; nothing is deleted or overwritten. Refused when the diary can be opened (a sound diary is never
     * set aside) or there is none. Returns the files as now named, the diary first.
     */
    public List<Path> setAside() {
        Path diary = DiaryFolder.diaryFile(diaryFolder);
        if (!Files.isRegularFile(diary)) {
            throw new InputRefusedException("There is no diary file in " + diaryFolder + " to set aside.");
        }
        DiaryUnreadableException problem = problem().orElseThrow(() -> new InputRefusedException("The diary "
                + diary + " can be opened, so it was not set aside. Nothing was changed."));
        try (WindowLock lock = WindowLock.forChange(diaryFolder, "set aside", clock, "Nothing was changed.")) {
            return setAside(problem);
        }
    }

    private List<Path> setAside(DiaryUnreadableException problem) {
        Path diary = DiaryFolder.diaryFile(diaryFolder);
        if (problem.problem() == DiaryUnreadableException.Problem.NEWER) {
            // A newer version of the app may have it open: never move a diary from under a running program.
            settle(diary);
        }
        Instant now = clock.instant();
        String base;
        do {
            base = DiaryFolder.DIARY_FILE + "." + problem.problem().setAsideTag() + "-" + NAME_TIME.format(now);
            now = now.plusSeconds(1);
        } while (takenAsides(base));
        List<Path> moved = new ArrayList<>();
        try {
            // An empty log (and its index) holds nothing: SQLite makes them even to read, so they go rather than
            // clutter the folder. A log with anything in it is kept with the file it belongs to.
            Path wal = diaryFolder.resolve(DiaryFolder.DIARY_FILE + "-wal");
            if (!Files.exists(wal, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(wal) == 0) {
                Files.deleteIfExists(wal);
                Files.deleteIfExists(diaryFolder.resolve(DiaryFolder.DIARY_FILE + "-shm"));
            }
            // The log first: a log left beside a new diary.db could be replayed onto it.
            for (String suffix : new String[] {"-wal", "-shm", "-journal", ""}) {
                Path from = diaryFolder.resolve(DiaryFolder.DIARY_FILE + suffix);
                if (Files.exists(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path to = diaryFolder.resolve(base + suffix);
                    moveNoReplace(from, to);
                    moved.add(to);
                }
            }
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot move the unreadable diary " + diary + " aside: " + e.getMessage()
                    + (moved.isEmpty() ? ". Nothing was changed." : ". Already moved: " + moved + "."), e);
        }
        java.util.Collections.reverse(moved); // the diary first
        return List.copyOf(moved);
    }

    private boolean takenAsides(String base) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            if (Files.exists(diaryFolder.resolve(base + suffix), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is a diary file set aside as unreadable (or its log), in the diary's folder. */
    public static boolean isSetAside(String name) {
        return SET_ASIDE.matcher(name).matches();
    }

    /**
     * Makes {@code backups/} beside the diary owner-only, and the copies in it (POSIX only). Best effort: a
     * folder or copy that cannot be changed (another owner) is left as it is.
     */
    static void tightenFolder(Path diaryFolder) {
        Path backups = diaryFolder.resolve(FOLDER);
        if (!DiaryFolder.isPosix() || !Files.isDirectory(backups, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(backups).equals(DiaryFolder.OWNER_ONLY_FOLDER)) {
                Files.setPosixFilePermissions(backups, DiaryFolder.OWNER_ONLY_FOLDER);
            }
            try (var files = Files.list(backups)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (isOurs(file.getFileName().toString()) && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && !Files.getPosixFilePermissions(file).equals(DiaryFolder.OWNER_ONLY_FILE)) {
                        Files.setPosixFilePermissions(file, DiaryFolder.OWNER_ONLY_FILE);
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change; the diary itself is still owner-only
        }
    }

    /**
     * Replaces the diary with the copy in {@code file}: checks it, backs up the current diary (a copy named
     * "before restore"), then puts a copy of {@code file} in place of {@code diary.db}. A current diary this
     * version cannot use (damaged, not a diary, newer) cannot be copied: it is moved aside instead, renamed in
     * the same folder (see {@link #setAside()}). The diary must be closed here; refused (nothing changed) when
     * another program still has it open, or a window of another process holds the folder's {@link WindowLock}
     * (this process's own window may restore).
     */
    public Restored restore(Path file) {
        SoundDiary sound = check(file);
        // No window may open the diary while it is replaced: it takes this lock before it opens the diary.
        try (WindowLock lock = WindowLock.forChange(diaryFolder, "restore", clock, "Nothing was changed.")) {
            return restoreLocked(file, sound);
        }
    }

    private Restored restoreLocked(Path file, SoundDiary sound) {
        Path diary = DiaryFolder.diaryFile(diaryFolder);
        Optional<Backup> before = Optional.empty();
        List<Path> setAside = List.of();
        if (Files.isRegularFile(diary)) {
            Optional<DiaryUnreadableException> problem = problem();
            if (problem.isPresent()) {
                setAside = setAside(problem.get());
            } else {
                settle(diary);
                before = Optional.of(backUpNamed(true));
            }
        }
        try {
            DiaryFolder.prepare(diaryFolder);
            Path temporary = diaryFolder.resolve("." + DiaryFolder.DIARY_FILE + ".restoring");
            Files.deleteIfExists(temporary);
            DiaryFolder.prepareFile(temporary);
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            DiaryFolder.tighten(temporary);
            force(temporary);
            // The old diary's log must not be replayed onto the restored file: settle() found no one using it.
            Files.deleteIfExists(diaryFolder.resolve(DiaryFolder.DIARY_FILE + "-wal"));
            Files.deleteIfExists(diaryFolder.resolve(DiaryFolder.DIARY_FILE + "-shm"));
            move(temporary, diary);
            Files.setLastModifiedTime(diary, FileTime.from(clock.instant()));
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot restore " + file + " over " + diary + ": " + e.getMessage()
                    + (before.isPresent() ? " (the diary as it was is kept in " + before.get().file() + ")" : "")
                    + (setAside.isEmpty() ? "" : " (the unreadable diary is kept as " + setAside.get(0) + ")"), e);
        }
        return new Restored(new SoundDiary(diary, sound.schemaVersion(), sound.blocks()), before, setAside);
    }

    /**
     * Folds the diary's write-ahead log into it and checks no one else has it open: closing the last
     * connection removes the log, so a log still there afterwards means another window or command has it.
     */
    private static void settle(Path diary) {
        if (openElsewhere(diary)) {
            throw new InputRefusedException("The diary " + diary + " is open in another window or command: close it and "
                    + "restore again. Nothing was changed.");
        }
    }

    /**
     * Folds the diary's write-ahead log into it and tells whether another connection (a window or command,
     * in this process or another) still has it open: closing the last connection removes the log.
     */
    static boolean openElsewhere(Path diary) {
        try (Connection connection = connect(diary, false); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new DiaryStorageException("Cannot read the diary " + diary + ": " + e.getMessage(), e);
        }
        return Files.exists(diary.resolveSibling(DiaryFolder.DIARY_FILE + "-wal"));
    }

    /**
     * ".name.part", the name cut to 40 characters so that it fits wherever the real name does (a name near the
     * system's limit of 255 bytes would not with five more).
     */
    static String temporaryName(String name) {
        String shown = name.length() <= 40 ? name : name.substring(0, Character.isHighSurrogate(name.charAt(39)) ? 39 : 40);
        return "." + shown + ".part";
    }

    /** Whether {@code name} is a copy this class makes, or the temporary file of one being made. */
    static boolean isOurs(String name) {
        return NAME.matcher(name).matches() || (name.startsWith(".diary-") && name.endsWith(".db.part"));
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        // immutable: a file being checked is read without locks, -shm files or any write.
        source.setUrl(readOnly ? SqliteUrls.immutable(file) : SqliteUrls.of(file));
        return source.getConnection();
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames {@code from} to {@code to}, which must not exist: never replaces a file. */
    private static void moveNoReplace(Path from, Path to) throws IOException {
        // Without REPLACE_EXISTING an existing target is refused (an atomic rename would replace it on POSIX);
        // in the same folder it is still a rename.
        Files.move(from, to);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
