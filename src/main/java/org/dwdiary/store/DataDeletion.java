package org.dwdiary.store;

import org.dwdiary.domain.InputRefusedException;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Delete all my data": removes exactly what the app made in the diary's folder — the diary and its
 * SQLite companions, diary files set aside as unreadable ({@code diary.db.damaged-…}: they hold the worker's
 * data too), the copies in {@code backups/}, the sample diary in {@code demo/}, and the temporary
 * files of a backup or restore — then the folder itself if nothing else is left in it. A file the app did
 * not make stays, and is named, so the worker knows it is still there.
 */
public final class DataDeletion {
    /** Files the app makes beside a diary (its own folder, and the sample's). */
    private static final Set<String> DIARY_FILES = Set.of(DiaryFolder.DIARY_FILE, DiaryFolder.DIARY_FILE + "-wal",
            DiaryFolder.DIARY_FILE + "-shm", DiaryFolder.DIARY_FILE + "-journal", "." + DiaryFolder.DIARY_FILE + ".restoring");
    /** The window lock's files: the app's too, deleted last, and not counted in the diary's size. */
    private static final Set<String> LOCK_FILES = Set.of(WindowLock.FILE, WindowLock.RAISE_FILE);

    /**
     * What is (or was) there: the diary's size (with its log), the copies and their size, the sample diary's
     * size, the files that are not the app's (kept), and whether the folder itself went.
     */
    public record AllData(Path folder, boolean diary, long diaryBytes, int setAside, long setAsideBytes, int backups,
                          long backupBytes, boolean sample, long sampleBytes, List<Path> kept, boolean folderRemoved) {
        public long totalBytes() {
            return diaryBytes + setAsideBytes + backupBytes + sampleBytes;
        }
    }

    /** The diary and its companions, in its folder or the sample's. */
    private static boolean isDiaryFile(String name) {
        return DIARY_FILES.contains(name);
    }

    private DataDeletion() {
    }

    /** What {@link #deleteAll} would delete; refused when the folder holds no diary, no backups and no sample. */
    public static AllData survey(Path folder) {
        Path backups = folder.resolve(Backups.FOLDER);
        Path demo = DiaryFolder.demoFolder(folder);
        boolean diary = DiaryFolder.hasDiary(folder);
        boolean sample = DiaryFolder.hasDiary(demo);
        try {
            List<Path> asides = list(folder).stream().filter(file -> Backups.isSetAside(file.getFileName().toString())).toList();
            int setAside = (int) asides.stream().filter(file -> !file.getFileName().toString().matches(".*-(wal|shm|journal)")).count();
            if (!diary && setAside == 0 && !sample && !Files.isDirectory(backups, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputRefusedException("There is no diary in " + folder + ": nothing to delete.");
            }
            long setAsideBytes = 0;
            for (Path file : asides) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    setAsideBytes += Files.size(file);
                }
            }
            List<Path> kept = new ArrayList<>();
            long diaryBytes = sizeOfOurs(folder, kept, name -> isDiaryFile(name) || Backups.isSetAside(name)
                    || name.equals(Backups.FOLDER) || name.equals(DiaryFolder.DEMO_FOLDER), LOCK_FILES::contains) - setAsideBytes;
            int copies = 0;
            long backupBytes = 0;
            if (Files.isDirectory(backups, LinkOption.NOFOLLOW_LINKS)) {
                copies = (int) list(backups).stream().filter(file -> Backups.isOurs(file.getFileName().toString())
                        && !file.getFileName().toString().endsWith(".part")).count();
                backupBytes = sizeOfOurs(backups, kept, Backups::isOurs, name -> false);
            }
            long sampleBytes = Files.isDirectory(demo, LinkOption.NOFOLLOW_LINKS)
                    ? sizeOfOurs(demo, kept, DIARY_FILES::contains, name -> false) : 0;
            return new AllData(folder, diary, diaryBytes, setAside, setAsideBytes, copies, backupBytes, sample, sampleBytes,
                    List.copyOf(kept), false);
        } catch (IOException e) {
            throw new DiaryStorageException("Cannot read the diary's folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the diary, its backups and the sample diary in {@code folder}, and the folder if it is then
     * empty; returns what was deleted. Refused, with nothing deleted, when there is nothing to delete or the
     * diary (or the sample) is open in a window or command, here or in another program. Holds the folder's
     * {@link WindowLock} throughout (this process's own window counts as ours), so no window opens the diary
     * half way through.
     */
    public static AllData deleteAll(Path folder) {
        AllData found = survey(folder);
        try (WindowLock lock = WindowLock.forChange(folder, "delete-all-data", Clock.systemDefaultZone(), "Nothing was deleted.")) {
            return deleteAllLocked(folder, found);
        }
    }

    private static AllData deleteAllLocked(Path folder, AllData found) {
        for (Path diary : List.of(DiaryFolder.diaryFile(folder), DiaryFolder.diaryFile(DiaryFolder.demoFolder(folder)))) {
            if (Files.isRegularFile(diary) && openElsewhere(diary)) {
                throw new InputRefusedException("The diary in " + folder + " is open in a window or command "
                        + "(" + diary.getFileName() + (diary.getParent().equals(folder) ? "" : " in " + diary.getParent()) + "): "
                        + "close it and try again. Nothing was deleted.");
            }
        }
        try {
            // The diary first: should a later step fail, the worst left behind is a copy, never the diary alone.
            deleteOurs(folder, DIARY_FILES::contains);
            deleteOurs(folder, Backups::isSetAside);
            Path demo = DiaryFolder.demoFolder(folder);
            if (Files.isDirectory(demo, LinkOption.NOFOLLOW_LINKS)) {
                deleteOurs(demo, DIARY_FILES::contains);
                deleteIfEmpty(demo);
            }
            Path backups = folder.resolve(Backups.FOLDER);
            if (Files.isDirectory(backups, LinkOption.NOFOLLOW_LINKS)) {
                deleteOurs(backups, Backups::isOurs);
                deleteIfEmpty(backups);
            }
            // The lock's own file last (the lock itself holds until the end, on the file now unlinked).
            deleteOurs(folder, LOCK_FILES::contains);
            boolean folderRemoved = deleteIfEmpty(folder);
            return new AllData(folder, found.diary(), found.diaryBytes(), found.setAside(), found.setAsideBytes(), found.backups(),
                    found.backupBytes(), found.sample(), found.sampleBytes(), found.kept(), folderRemoved);
        } catch (IOException e) {
            throw new DiaryStorageException("Deleting the data in " + folder + " stopped part way: " + e.getMessage()
                    + ". Look in the folder for what is left.", e);
        }
    }

    /**
     * Whether a window or command has the diary open. A diary this version cannot read is open nowhere in
     * this app (it refuses to open it); one from a newer version is asked like any other, as that version
     * may have it open.
     */
    private static boolean openElsewhere(Path diary) {
        try {
            return Backups.openElsewhere(diary);
        } catch (DiaryStorageException e) {
            try {
                DiaryCheck.requireReadable(diary);
            } catch (DiaryUnreadableException unreadable) {
                if (unreadable.problem() != DiaryUnreadableException.Problem.NEWER) {
                    return false;
                }
            }
            throw e;
        }
    }

    private interface Ours {
        boolean test(String name);
    }

    /**
     * The size of the app's files directly in {@code folder}; what is not the app's (nor {@code uncounted}, the
     * app's but not counted) is added to {@code kept}.
     */
    private static long sizeOfOurs(Path folder, List<Path> kept, Ours ours, Ours uncounted) throws IOException {
        long bytes = 0;
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (uncounted.test(name)) {
                continue;
            }
            if (!ours.test(name)) {
                kept.add(file);
            } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes += Files.size(file);
            }
        }
        return bytes;
    }

    private static void deleteOurs(Path folder, Ours ours) throws IOException {
        for (Path file : list(folder)) {
            if (ours.test(file.getFileName().toString()) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static boolean deleteIfEmpty(Path folder) throws IOException {
        if (!list(folder).isEmpty()) {
            return false;
        }
        try {
            Files.delete(folder);
        } catch (DirectoryNotEmptyException e) {
            return false; // a window started at this very moment and made its lock file: the folder stays
        }
        return true;
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (var entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
