package org.dwdiary.io;

import java.io.BufferedWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file under a temporary name and renames it, so a crash never leaves half a file. */
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
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            body.fill(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
