package org.dwdiary.store;

import java.nio.file.Path;

/**
 * JDBC URLs of diary files. The driver reads everything after a '?' in a URL as its own settings, and SQLite reads
 * '%', '#' and '?' in a {@code file:} URI, so a plain path in a folder such as "Zoë's notes #2 ?" would open another
 * file or none. The path is therefore given as a {@code file:} URI with every such character percent-encoded
 * (and non-ASCII characters as UTF-8), which SQLite decodes back to the exact name on every system.
 */
final class SqliteUrls {
    private SqliteUrls() {
    }

    /** The URL that opens {@code file} for reading and writing (created if missing). */
    static String of(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().normalize().toUri().toASCIIString();
    }

    /** The URL that reads {@code file} as immutable: no locks, no -shm file, no write. */
    static String immutable(Path file) {
        return of(file) + "?immutable=1";
    }
}
