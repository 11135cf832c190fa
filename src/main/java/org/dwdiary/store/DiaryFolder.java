package org.dwdiary.store;

import dev.dirs.BaseDirectories;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the diary lives. In order: {@code --data-dir DIR}, the environment variable
 * {@code DWDIARY_HOME}, else the per-OS application data folder (Linux {@code $XDG_DATA_HOME} or
 * {@code ~/.local/share}, Windows {@code %APPDATA%}, macOS {@code ~/Library/Application Support}).
 * The folder and its files are owner-only where the file system has POSIX permissions.
 */
public final class DiaryFolder {
    public static final String ENV_HOME = "DWDIARY_HOME";
    public static final String DIARY_FILE = "diary.db";
    /** The sample diary lives here, inside the diary's folder but never in the diary itself. */
    public static final String DEMO_FOLDER = "demo";

    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private DiaryFolder() {
    }

    /** The folder to use, given an explicit choice (or null) and the environment. */
    public static Path resolve(Path explicit, Map<String, String> env) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return osDefault(env);
    }

    private static Path osDefault(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            // The library asks PowerShell on Windows, which costs a second at every start.
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(BaseDirectories.get().dataDir);
            return base.resolve("Direct Work Diary");
        }
        Path base = Path.of(BaseDirectories.get().dataDir);
        return base.resolve(os.startsWith("mac") ? "Direct Work Diary" : "direct-work-diary");
    }

    public static Path diaryFile(Path folder) {
        return folder.resolve(DIARY_FILE);
    }

    public static boolean hasDiary(Path folder) {
        return Files.isRegularFile(diaryFile(folder));
    }

    public static Path demoFolder(Path folder) {
        return folder.resolve(DEMO_FOLDER);
    }

    /**
     * Creates the folder (owner-only) if needed, and tightens a diary folder that is open to others.
     * A folder that is not ours (say --data-dir ~, not empty and without a diary) keeps its permissions:
     * the diary file inside it is still owner-only.
     */
    static void prepare(Path folder) throws IOException {
        if (isPosix()) {
            if (!Files.isDirectory(folder)) {
                Path parent = folder.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            }
            if (hasDiary(folder) || isEmpty(folder)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Creates an empty owner-only file before SQLite does, so it is never readable by others. */
    static void prepareFile(Path file) throws IOException {
        if (isPosix()) {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        } else if (!Files.exists(file)) {
            Files.createFile(file);
        }
    }

    /** Makes an existing file owner-only (SQLite creates its -wal and -shm files with the umask). */
    static void tighten(Path file) throws IOException {
        if (isPosix() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
