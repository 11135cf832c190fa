package org.dwdiary.ui.backup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Backups;
import org.dwdiary.store.DiaryStorageException;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * File ▸ Restore from backup (and Back up now): the copies in {@code backups/}, newest first, each with its
 * date in the diary's zone and its size; restoring one (or another file) after a confirmation that names its
 * date. The window closes its diary before the restore and reopens it after, whatever the outcome.
 */
public final class BackupViewModel {
    /** One copy as the list shows it. */
    public record Row(Path file, String date, String size, String kind) {
    }

    /** What the window does around a restore: close the diary first, open it again after. */
    public interface DiaryWindowHooks {
        void closeDiary();

        void reopenDiary();
    }

    private final Backups backups;
    private final ZoneId zone;
    private final Executor background;
    private final Executor fx;
    private final DiaryWindowHooks window;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public BackupViewModel(Backups backups, ZoneId zone, Executor background, Executor fx, DiaryWindowHooks window) {
        this.backups = backups;
        this.zone = zone;
        this.background = background;
        this.fx = fx;
        this.window = window;
    }

    /** Reads the list of copies in the background. */
    public void load() {
        background.execute(() -> {
            try {
                List<Row> read = backups.list().stream().map(this::row).toList();
                fx.execute(() -> rows.setAll(read));
            } catch (DiaryStorageException e) {
                fx.execute(() -> say(e.getMessage(), true));
            }
        });
    }

    private Row row(Backups.Backup backup) {
        return new Row(backup.file(), DisplayFormats.dayTime(backup.made(), zone), DisplayFormats.fileSize(backup.bytes()),
                backup.beforeRestore() ? "made before a restore" : "");
    }

    /** Back up now: a new copy, then the old ones thinned; the message says where and how big. */
    public void backUpNow() {
        start("Backing up…");
        background.execute(() -> {
            try {
                Backups.Backup made = backups.backUp();
                backups.rotate(zone);
                finish("Backed up to " + made.file().getFileName() + " (" + DisplayFormats.fileSize(made.bytes()) + ").", false);
            } catch (InputRefusedException | DiaryStorageException e) {
                finish("Not backed up: " + e.getMessage(), true);
            }
        });
    }

    /**
     * Restores {@code file}: checks it first (a refusal is shown and nothing changes), asks {@code confirm}
     * with a question naming the copy's date, then has the window close the diary, restores, and reopens it.
     */
    public void restore(Path file, Predicate<String> confirm) {
        start("Checking " + file.getFileName() + "…");
        background.execute(() -> {
            Backups.SoundDiary sound;
            boolean unreadable;
            try {
                sound = Backups.check(file);
                unreadable = backups.problem().isPresent();
            } catch (InputRefusedException | DiaryStorageException e) {
                finish("Nothing was restored. " + e.getMessage(), true);
                return;
            }
            String question = "Replace your diary with the copy of " + describe(file) + " (" + sound.blocks()
                    + (sound.blocks() == 1 ? " block" : " blocks") + ")? " + (unreadable
                    ? "Your diary file, which cannot be opened, is kept beside it under a new name; nothing is deleted."
                    : "Your diary as it is now is backed up first.");
            fx.execute(() -> {
                if (!confirm.test(question)) {
                    busy.set(false);
                    say("Nothing was restored.", false);
                    return;
                }
                say("Restoring…", false);
                window.closeDiary(); // queued on the background thread before the restore below
                background.execute(() -> {
                    String outcome;
                    boolean error = false;
                    try {
                        Backups.Restored restored = backups.restore(file);
                        outcome = "Restored the copy of " + describe(file) + "."
                                + restored.before().map(copy -> " Your diary as it was is kept as " + copy.file().getFileName() + ".")
                                        .orElse("")
                                + restored.setAsideDiary().map(kept -> " The diary file that could not be opened is kept as "
                                        + kept + ".").orElse("");
                    } catch (InputRefusedException | DiaryStorageException e) {
                        outcome = "Nothing was restored. " + e.getMessage();
                        error = true;
                    }
                    String text = outcome;
                    boolean isError = error;
                    fx.execute(() -> {
                        window.reopenDiary();
                        finishOnFx(text, isError);
                    });
                });
            });
        });
    }

    /** A copy in backups/ by its date; another file by its name. */
    private String describe(Path file) {
        return backups.list().stream().filter(b -> b.file().equals(file)).findFirst()
                .map(b -> DisplayFormats.dayTime(b.made(), zone)).orElse(String.valueOf(file.getFileName()));
    }

    private void start(String text) {
        busy.set(true);
        say(text, false);
    }

    private void finish(String text, boolean error) {
        fx.execute(() -> finishOnFx(text, error));
    }

    private void finishOnFx(String text, boolean error) {
        busy.set(false);
        say(text, error);
        load();
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
