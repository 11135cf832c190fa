package org.dwdiary.ui.backup;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.DataDeletion;
import org.dwdiary.store.DiaryStorageException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * File ▸ Delete all my data: reads what is in the diary's folder, asks a confirmation that names the folder
 * and what will go, then has the window close its diary, deletes, and shows the welcome with a message.
 * A refusal (nothing to delete; the diary open in another window or command) changes nothing and is shown.
 */
public final class DeleteDataViewModel {
    /** What the window does around the deletion. */
    public interface DiaryWindowHooks {
        void closeDiary();

        /** After a refusal once the diary was closed: open again what was shown. */
        void reopen();

        /** After the deletion: the welcome, as on a first run, with {@code message}. */
        void showWelcome(String message);
    }

    private final Path folder;
    private final Executor background;
    private final Executor fx;
    private final DiaryWindowHooks window;
    private final Consumer<String> refused;

    public DeleteDataViewModel(Path folder, Executor background, Executor fx, DiaryWindowHooks window, Consumer<String> refused) {
        this.folder = folder;
        this.background = background;
        this.fx = fx;
        this.window = window;
        this.refused = refused;
    }

    /** Asks {@code confirm} (with the question), then deletes; a refusal goes to the window's {@code refused}. */
    public void deleteAll(Predicate<String> confirm) {
        background.execute(() -> {
            DataDeletion.AllData found;
            try {
                found = DataDeletion.survey(folder);
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> refused.accept("Nothing was deleted. " + e.getMessage()));
                return;
            }
            String question = question(found);
            fx.execute(() -> {
                if (!confirm.test(question)) {
                    return;
                }
                window.closeDiary(); // queued on the background thread before the deletion below
                background.execute(() -> {
                    try {
                        DataDeletion.AllData deleted = DataDeletion.deleteAll(folder);
                        String message = deletedMessage(deleted);
                        fx.execute(() -> window.showWelcome(message));
                    } catch (InputRefusedException | DiaryStorageException e) {
                        fx.execute(() -> {
                            window.reopen();
                            refused.accept(e.getMessage());
                        });
                    }
                });
            });
        });
    }

    /** The confirmation: the folder, what goes, that it cannot be undone, and what to do first. */
    static String question(DataDeletion.AllData found) {
        List<String> parts = new ArrayList<>();
        if (found.diary()) {
            parts.add("your diary (" + DisplayFormats.fileSize(found.diaryBytes()) + ")");
        }
        if (found.setAside() > 0) {
            parts.add(setAside(found.setAside()) + " (" + DisplayFormats.fileSize(found.setAsideBytes()) + ")");
        }
        parts.add(found.backups() + (found.backups() == 1 ? " backup" : " backups")
                + " (" + DisplayFormats.fileSize(found.backupBytes()) + ")");
        if (found.sample()) {
            parts.add("the sample diary");
        }
        StringBuilder text = new StringBuilder("This deletes, from the folder " + found.folder() + ":\n\n• "
                + String.join("\n• ", parts) + "\n\nIt cannot be undone. If you may need your record later (a grievance, a tribunal, a reference), "
                + "first use File ▸ Export CSV, or copy a backup somewhere else.");
        if (!found.kept().isEmpty()) {
            text.append("\n\nFiles Direct Work Diary did not make are kept: ").append(names(found.kept())).append('.');
        }
        return text.toString();
    }

    static String deletedMessage(DataDeletion.AllData deleted) {
        String message = "Your data was deleted from " + deleted.folder() + " (the diary, "
                + (deleted.setAside() > 0 ? setAside(deleted.setAside()) + ", " : "") + deleted.backups()
                + (deleted.backups() == 1 ? " backup" : " backups") + (deleted.sample() ? ", the sample diary" : "") + ").";
        if (!deleted.kept().isEmpty()) {
            message += " Kept, as Direct Work Diary did not make them: " + names(deleted.kept()) + ".";
        }
        return message;
    }

    private static String setAside(int count) {
        return count == 1 ? "the diary file set aside as unreadable" : count + " diary files set aside as unreadable";
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(Path::toString).toList());
    }
}
