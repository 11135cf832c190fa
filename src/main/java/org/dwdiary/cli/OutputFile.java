package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.io.SafeFiles;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a command writes (a report, an export): refused before the work when it plainly cannot be
 * written, then written under a temporary name and renamed, with a failure worded for the user's file
 * rather than the temporary one.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Refuses, before any work, a path that is a folder, in no folder, or not writable. */
    static void checkWritable(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new InputRefusedException("cannot write " + out + ": it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputRefusedException("cannot write " + out + ": there is no folder " + folder);
        }
        if (!Files.isWritable(folder) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new InputRefusedException("cannot write " + out + ": permission denied");
        }
    }

    static void writeBinary(Path out, byte[] bytes) {
        try {
            SafeFiles.writeBinary(out, stream -> stream.write(bytes));
        } catch (IOException e) {
            throw refused(out, e);
        }
    }

    static void writeText(Path out, SafeFiles.WriterBody body) {
        try {
            SafeFiles.writeText(out, body);
        } catch (IOException e) {
            throw refused(out, e);
        }
    }

    /** The refusal for a write that failed: the exception names SafeFiles' temporary file, not the user's. */
    static InputRefusedException refused(Path out, IOException e) {
        Path folder = out.toAbsolutePath().getParent();
        String why;
        if (Files.isDirectory(out)) {
            why = "it is a folder";
        } else if (folder != null && !Files.isDirectory(folder)) {
            why = "there is no folder " + folder;
        } else {
            why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        }
        return new InputRefusedException("cannot write " + out + ": " + why);
    }
}
