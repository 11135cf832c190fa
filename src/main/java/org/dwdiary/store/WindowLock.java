package org.dwdiary.store;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One window per data folder: a lock on {@code .window.lock} in the folder, held with
 * {@link FileChannel#tryLock} for the window's life (and for the length of a restore or a deletion of all
 * data). The file holds the holder's process id, since when, and what holds it, for the messages. The
 * operating system drops the lock when the process ends, however it ends (a kill included), so a file left
 * behind never blocks anyone.
 *
 * <p>A second window on the same folder asks the first to come to the front through the file system alone:
 * it writes {@code .window.raise}, which the holder looks for ({@link #raiseRequested}) and deletes once it has
 * come forward ({@link #acknowledgeRaise}).
 *
 * <p>Within one process, a lock already held counts as ours (the window's own File ▸ Restore runs while the
 * window holds it). The lock file is never opened a second time in the holding process: on POSIX systems,
 * closing any descriptor of a file drops every lock the process holds on it.
 */
public final class WindowLock implements AutoCloseable {
    public static final String FILE = ".window.lock";
    public static final String RAISE_FILE = ".window.raise";
    /** What a window writes as the holder; commands write their name. */
    public static final String WINDOW = "window";
    /** The byte locked, beyond the text: Windows forbids other processes to read a locked range. */
    private static final long LOCKED_BYTE = 1L << 30;
    private static final Duration ASK_EVERY = Duration.ofMillis(50);

    /** The locks this process holds, by the lock file's identity (its inode where the system has one). */
    private static final Map<Object, WindowLock> HELD = new ConcurrentHashMap<>();

    /** Who holds a folder's lock: the process, since when and what it is; unknown parts are -1 and null. */
    public record Holder(long pid, Instant since, String heldBy) {
        static final Holder UNKNOWN = new Holder(-1, null, null);

        public boolean isWindow() {
            return heldBy == null || WINDOW.equals(heldBy);
        }

        /** "PID 4242, since 09:14" (a day before the time when it was not today), or what of it is known. */
        public String processAndSince(ZoneId zone, LocalDate today) {
            List<String> parts = new ArrayList<>();
            if (pid > 0) {
                parts.add("PID " + pid);
            }
            if (since != null) {
                ZonedDateTime at = since.atZone(zone);
                parts.add("since " + (at.toLocalDate().equals(today) ? "" : DisplayFormats.SHORT_DAY.format(at) + " ")
                        + DisplayFormats.TIME.format(at));
            }
            return String.join(", ", parts);
        }

        /** "a Direct Work Diary window (PID 4242, since 09:14)" or "the command 'restore' (PID 4242, …)". */
        public String describe(ZoneId zone, LocalDate today) {
            String what = isWindow() ? "a Direct Work Diary window" : "the command '" + heldBy + "'";
            String known = processAndSince(zone, today);
            return known.isEmpty() ? what : what + " (" + known + ")";
        }
    }

    /** A try at the lock: the lock, or (when another process holds it) who holds it. */
    public record Attempt(Optional<WindowLock> lock, Holder holder) {
        public boolean taken() {
            return lock.isPresent();
        }
    }

    private final Path folder;
    private final Holder self;
    /** False for a lock this process already held (the holder closes it) or a folder with nothing to guard. */
    private final boolean owning;
    private FileChannel channel;
    private FileLock lock;
    private Object key;

    private WindowLock(Path folder, Holder self, boolean owning, FileChannel channel, FileLock lock, Object key) {
        this.folder = folder;
        this.self = self;
        this.owning = owning;
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /**
     * Takes the lock for a window on {@code folder} (creating the folder, owner-only, if needed), or says who
     * holds it. Storage failures throw {@link DiaryStorageException}.
     */
    public static Attempt forWindow(Path folder, Clock clock) {
        return attempt(folder, WINDOW, clock, true);
    }

    /**
     * Takes the lock for the command {@code command} (e.g. "restore") that must not run while a window has
     * the diary; refused, naming the holder and ending with {@code nothingDone}, when another process holds it.
     * A folder that does not exist has nothing to guard: the lock returned then holds nothing.
     */
    public static WindowLock forChange(Path folder, String command, Clock clock, String nothingDone) {
        Attempt attempt = attempt(folder, command, clock, false);
        if (attempt.taken()) {
            return attempt.lock().get();
        }
        Holder holder = attempt.holder();
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        String advice = holder.isWindow() ? "close that window, then try again" : "wait for it to finish, then try again";
        throw new InputRefusedException("The diary in " + folder + (holder.isWindow() ? " is open in " : " is being changed by ")
                + holder.describe(clock.getZone(), today) + ": " + advice + ". " + nothingDone);
    }

    private static Attempt attempt(Path folder, String heldBy, Clock clock, boolean createFolder) {
        Holder self = new Holder(ProcessHandle.current().pid(), clock.instant(), heldBy);
        Path file = folder.resolve(FILE);
        try {
            if (!Files.isDirectory(folder)) {
                if (!createFolder) {
                    return new Attempt(Optional.of(new WindowLock(folder, self, false, null, null, null)), self);
                }
                DiaryFolder.prepare(folder);
            }
            Optional<WindowLock> ours = heldHere(file);
            if (ours.isPresent()) {
                return new Attempt(Optional.of(new WindowLock(folder, ours.get().self, false, null, null, null)), ours.get().self);
            }
            return take(folder, file, self);
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot use the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lock this process holds on {@code file}, found without opening it (a stat, no descriptor). */
    private static Optional<WindowLock> heldHere(Path file) {
        Object key = identity(file);
        return key == null ? Optional.empty() : Optional.ofNullable(HELD.get(key));
    }

    /** The lock file's identity: its inode where there is one, else its real path; null when it does not exist. */
    private static Object identity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.fileKey() != null ? attributes.fileKey() : file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static Attempt take(Path folder, Path file, Holder self) throws IOException {
        FileChannel channel = open(file);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException e) {
            // Held in this process under another name for the folder (a link). Closing this channel would drop
            // that lock, so it stays open as long as the process lives.
            KEPT_OPEN.add(channel);
            return new Attempt(Optional.of(new WindowLock(folder, self, false, null, null, null)), self);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            Holder holder = read(channel);
            channel.close();
            return new Attempt(Optional.empty(), holder);
        }
        try {
            write(channel, self);
            DiaryFolder.tighten(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        Object key = identity(file);
        WindowLock taken = new WindowLock(folder, self, true, channel, lock, key);
        if (key != null) {
            HELD.put(key, taken);
        }
        // A request left by a window that gave up waiting is not for this one.
        Files.deleteIfExists(folder.resolve(RAISE_FILE));
        return new Attempt(Optional.of(taken), self);
    }

    private static final List<FileChannel> KEPT_OPEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static FileChannel open(Path file) throws IOException {
        if (DiaryFolder.isPosix() && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(DiaryFolder.OWNER_ONLY_FILE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile by another window: open it as it is
            }
        }
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static void write(FileChannel channel, Holder holder) throws IOException {
        String text = "# Direct Work Diary: this folder's diary is open in the process below.\n"
                + "# The lock ends with the process; the file itself may stay.\n"
                + "pid=" + holder.pid() + "\nsince=" + holder.since() + "\nheld-by=" + holder.heldBy() + "\n";
        channel.truncate(0);
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        channel.force(false);
    }

    private static Holder read(FileChannel channel) {
        try {
            long size = Math.min(channel.size(), 4096);
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
                // read on until full or at the end
            }
            Properties values = new Properties();
            values.load(new java.io.StringReader(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8)));
            long pid = Long.parseLong(values.getProperty("pid", "-1").strip());
            String since = values.getProperty("since");
            String heldBy = values.getProperty("held-by");
            return new Holder(pid, since == null ? null : Instant.parse(since.strip()), heldBy == null ? null : heldBy.strip());
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            return Holder.UNKNOWN; // being written at this moment, or not ours: the message says less
        }
    }

    /** Who holds this lock (this process, for a lock taken here). */
    public Holder holder() {
        return self;
    }

    public Path folder() {
        return folder;
    }

    /** Whether another window asked this one to come to the front (a cheap check: one stat). */
    public boolean raiseRequested() {
        return owning() && Files.exists(folder.resolve(RAISE_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** Tells the window that asked that this one has come to the front. */
    public void acknowledgeRaise() {
        try {
            Files.deleteIfExists(folder.resolve(RAISE_FILE));
        } catch (IOException e) {
            // the asking window gives up after its wait and says so; nothing is lost
        }
    }

    /**
     * Asks the window holding {@code folder}'s lock to come to the front, and waits up to {@code wait} for it
     * to say it has; false when it did not (hung, or gone meanwhile), and the request is withdrawn.
     */
    public static boolean askToRaise(Path folder, Duration wait) {
        Path request = folder.resolve(RAISE_FILE);
        try {
            Files.deleteIfExists(request);
            if (DiaryFolder.isPosix()) {
                Files.createFile(request, PosixFilePermissions.asFileAttribute(DiaryFolder.OWNER_ONLY_FILE));
            } else {
                Files.createFile(request);
            }
            Files.writeString(request, "pid=" + ProcessHandle.current().pid() + "\n");
        } catch (NoSuchFileException e) {
            return false; // the folder went: nothing to ask
        } catch (IOException e) {
            if (!Files.exists(request)) {
                return false;
            }
            // Another window asked at the same moment: its request does for both.
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!Files.exists(request, LinkOption.NOFOLLOW_LINKS)) {
                    return true;
                }
                Thread.sleep(ASK_EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(request);
        } catch (IOException ignored) {
            // a stale request at most brings the other window forward once, later
        }
        return false;
    }

    /**
     * Makes sure this process still holds the lock before the diary is opened again: after "Delete all my data"
     * took the lock file with the folder, a new file is made and locked. Returns who holds it when another
     * process took it meanwhile (then this lock holds nothing).
     */
    public synchronized Optional<Holder> keep() {
        if (!owning) {
            return Optional.empty();
        }
        Path file = folder.resolve(FILE);
        Object now = identity(file);
        if (now != null && now.equals(key) && channel != null) {
            return Optional.empty();
        }
        release();
        try {
            if (!Files.isDirectory(folder)) {
                DiaryFolder.prepare(folder);
            }
            Attempt again = take(folder, file, self);
            if (!again.taken()) {
                return Optional.of(again.holder());
            }
            WindowLock fresh = again.lock().get();
            channel = fresh.channel;
            lock = fresh.lock;
            key = fresh.key;
            if (key != null) {
                HELD.put(key, this);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot use the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the lock is held by this process through this object (false for one that was already held). */
    public synchronized boolean owning() {
        return owning && channel != null;
    }

    /** Lets go of the lock; the file stays (deleting it would let two windows lock two different files). */
    @Override
    public synchronized void close() {
        release();
    }

    private void release() {
        if (key != null) {
            HELD.remove(key, this);
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel ends the lock in any case
        } finally {
            lock = null;
            channel = null;
            key = null;
        }
    }
}
