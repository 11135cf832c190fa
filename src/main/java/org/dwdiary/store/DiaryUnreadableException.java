package org.dwdiary.store;

import java.nio.file.Path;

/**
 * The diary file is there but this version cannot use it: it is not a database, it is damaged, it is
 * another program's database, or a newer version of the app made it. Nothing in it was changed. The
 * message says so plainly; {@link Backups#newestGood} and {@link Backups#restore} put a backup back,
 * keeping this file aside.
 */
public final class DiaryUnreadableException extends DiaryStorageException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** Not an SQLite database at all (another file saved under the diary's name, or overwritten). */
        NOT_SQLITE("not-a-diary"),
        /** An SQLite database that is damaged: cut short, or SQLite's check finds faults. */
        DAMAGED("damaged"),
        /** A sound SQLite database of another program. */
        NOT_A_DIARY("not-a-diary"),
        /** A diary made by a newer version of Direct Work Diary (a schema this version does not know). */
        NEWER("newer");

        private final String setAsideTag;

        Problem(String setAsideTag) {
            this.setAsideTag = setAsideTag;
        }

        /** The word in the name the file gets when it is set aside: {@code diary.db.damaged-2026-11-23T101500Z}. */
        public String setAsideTag() {
            return setAsideTag;
        }
    }

    private final Problem problem;
    private final transient Path file;
    private final String detail;

    DiaryUnreadableException(Problem problem, Path file, String detail, Throwable cause) {
        super(message(problem, file, detail), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The diary file ({@code diary.db}). */
    public Path file() {
        return file;
    }

    /** What was found, in SQLite's or the check's words (for the message; may be technical). */
    public String detail() {
        return detail;
    }

    /** A heading for the problem, for a window or the first line of a message. */
    public String heading() {
        return switch (problem) {
            case NOT_SQLITE, NOT_A_DIARY -> "The file in your diary's place is not a diary";
            case DAMAGED -> "Your diary file is damaged";
            case NEWER -> "Your diary was made by a newer version of Direct Work Diary";
        };
    }

    private static String message(Problem problem, Path file, String detail) {
        String what = switch (problem) {
            case NOT_SQLITE -> "Your diary file " + file + " is not a diary: it is not a database at all (" + detail
                    + "). Perhaps another file was saved, copied or synced under its name.";
            case DAMAGED -> "Your diary file " + file + " is damaged: " + detail + ".";
            case NOT_A_DIARY -> "Your diary file " + file + " is not a diary: it is another program's database (" + detail + ").";
            case NEWER -> "Your diary file " + file + " was made by a newer version of Direct Work Diary (" + detail
                    + "). Open it with that version; this one cannot read it.";
        };
        return what + " Nothing has been changed or deleted.";
    }
}
