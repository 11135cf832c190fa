package org.dwdiary.io;

import java.io.BufferedWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file under a temporary name in the same folder, syncs it to the disk, and renames it over the real name,
 * so a crash, a full disk or a failure half way never leaves half a file under the real name (and a failure leaves
 * no temporary file either). Every file the app writes (exports, reports, charts, member files) goes through here;
 * backups, made by SQLite, follow the same steps in {@code store.Backups}.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    @FunctionalInterface
    public interface WriterBody {
        void write(Writer writer) throws IOException;
    }

    @FunctionalInterface
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    public static void writeText(Path target, WriterBody body) throws IOException {
        write(target, temporary -> {
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                body.write(writer);
            }
        });
    }

    /** Bytes (an image, a PDF), written the same safe way. */
    public static void writeBinary(Path target, StreamBody body) throws IOException {
        write(target, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                body.write(out);
            }
        });
    }

    @FunctionalInterface
    private interface TemporaryFile {
        void fill(Path temporary) throws IOException;
    }

    private static void write(Path target, TemporaryFile body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, temporaryPrefix(absolute.getFileName().toString()), ".part");
        try {
            body.fill(temporary);
            // The bytes reach the disk before the name does: after a power cut the file under the real name is the
            // old one or the whole new one, never an empty or half one (a rename can be written before the data).
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary); // after a failure (even an Error) half way: no temporary file is left
        }
    }

    /**
     * ".name." cut to 40 characters of the name: the temporary file's name must fit where the real one does, and
     * "." + name + random digits + ".part" would not for a name near the system's limit (255 bytes).
     */
    static String temporaryPrefix(String name) {
        String shown = name;
        if (name.length() > 40) {
            int cut = Character.isHighSurrogate(name.charAt(39)) ? 39 : 40; // never half a character
            shown = name.substring(0, cut);
        }
        return "." + shown + ".";
    }

    /** Makes the rename itself durable where the system allows a folder to be synced (Linux, macOS); else nothing. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notPossibleHere) {
            // Windows cannot open a folder this way; its rename is durable as soon as it returns
        }
    }
}
