package org.dwdiary.ui.backup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Backups;
import org.dwdiary.store.DiaryStorageException;
import org.dwdiary.store.DiaryUnreadableException;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * The screen shown when the worker's diary file cannot be opened (damaged, not a diary, from a newer
 * version): what is wrong, and a way out that never deletes the file. It looks for the newest good backup
 * and offers to put it back (the bad file is set aside under a new name, then the diary opens); with no
 * good backup, it offers a new, empty diary (the bad file set aside first, after a confirmation). All file
 * work runs on {@code background}; the properties change on {@code fx}.
 */
public final class UnreadableDiaryViewModel {
    /** Where the screen is. */
    public enum State { LOOKING, BACKUP_FOUND, NO_BACKUP, WORKING }

    /** What the window does for the screen. */
    public interface WindowHooks {
        /** Opens the worker's diary (now readable) and shows {@code notice} over its week. */
        void openDiary(String notice);

        /** File ▸ Restore from backup…: the list of copies, to choose another. */
        void chooseAnotherBackup();

        void quit();
    }

    private final DiaryUnreadableException problem;
    private final Backups backups;
    private final ZoneId zone;
    private final Executor background;
    private final Executor fx;
    private final WindowHooks window;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOOKING);
    private final ReadOnlyStringWrapper restoreText = new ReadOnlyStringWrapper("Restore the newest good backup");
    private final ReadOnlyStringWrapper backupText = new ReadOnlyStringWrapper("Looking for the newest good backup…");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private Backups.Backup found;

    public UnreadableDiaryViewModel(DiaryUnreadableException problem, Backups backups, ZoneId zone, Executor background,
                                    Executor fx, WindowHooks window) {
        this.problem = problem;
        this.backups = backups;
        this.zone = zone;
        this.background = background;
        this.fx = fx;
        this.window = window;
    }

    /** The heading: the problem in a few words. */
    public String heading() {
        return problem.heading();
    }

    /** The problem in full: the file, what was found, and that nothing was changed. */
    public String explanation() {
        String advice = problem.problem() == DiaryUnreadableException.Problem.NEWER
                ? "\n\nIf that newer version is on this computer, quit and use it. Otherwise you can go back to a backup "
                + "made by this version: the diary from the newer version is kept beside it, under a new name."
                : "";
        return problem.getMessage() + advice;
    }

    /**
     * Whether putting the backup back is the default (Enter): not for a diary from a newer version, where
     * using that version is the better way out.
     */
    public boolean restoreIsDefault() {
        return problem.problem() != DiaryUnreadableException.Problem.NEWER;
    }

    /** The problem found (for the window and tests). */
    public DiaryUnreadableException.Problem problem() {
        return problem.problem();
    }

    /** The folder holding the diary (and its backups). */
    public Path folder() {
        return backups.folder().getParent();
    }

    /** Looks for the newest good backup in the background (each is checked in full). */
    public void load() {
        state.set(State.LOOKING);
        background.execute(() -> {
            Backups.GoodBackup good;
            try {
                good = backups.newestGood();
            } catch (DiaryStorageException e) {
                fx.execute(() -> showNoBackup("The backups could not be read: " + e.getMessage(), List.of()));
                return;
            }
            fx.execute(() -> {
                if (good.backup().isPresent()) {
                    found = good.backup().get();
                    String date = DisplayFormats.dayTime(found.made(), zone);
                    restoreText.set("Restore the backup from " + date);
                    backupText.set("The newest good backup is from " + date + " ("
                            + blocks(good.diary().orElseThrow().blocks()) + "). Restoring it puts it in your diary's place; "
                            + "your " + fileWord() + " is kept beside it under a new name (" + setAsideExample()
                            + "). Nothing is deleted." + skipped(good.skipped()));
                    state.set(State.BACKUP_FOUND);
                } else {
                    showNoBackup(good.skipped().isEmpty()
                            ? "There is no backup of your diary in " + backups.folder() + "."
                            : "None of the backups in " + backups.folder() + " can be used either.", good.skipped());
                }
            });
        });
    }

    private void showNoBackup(String why, List<Backups.Skipped> skipped) {
        found = null;
        backupText.set(why + " Your " + fileWord() + " is kept as it is in " + folder() + ". You can choose a copy from "
                + "elsewhere (a USB stick, a synced folder), or start a new, empty diary: your " + fileWord()
                + " is then kept beside it under a new name (" + setAsideExample() + "), not deleted." + skipped(skipped));
        state.set(State.NO_BACKUP);
    }

    /** Puts the newest good backup back: the bad file set aside, the copy restored, the diary opened with a notice. */
    public void restoreNewest() {
        Backups.Backup backup = found;
        if (backup == null || state.get() != State.BACKUP_FOUND) {
            return;
        }
        working("Restoring the backup from " + DisplayFormats.dayTime(backup.made(), zone) + "…");
        background.execute(() -> {
            try {
                Backups.Restored restored = backups.restore(backup.file());
                String notice = "Restored the backup from " + DisplayFormats.dayTime(backup.made(), zone) + " ("
                        + blocks(restored.diary().blocks()) + ")." + kept(restored.setAsideDiary().orElse(null));
                fx.execute(() -> window.openDiary(notice));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> failed("Nothing was restored. " + e.getMessage(), State.BACKUP_FOUND));
            }
        });
    }

    /** The question asked before a new, empty diary is started. */
    public String startEmptyQuestion() {
        return "Start a new, empty diary in " + folder() + "? Your " + fileWord() + " is not deleted: it is kept beside "
                + "the new diary, renamed " + setAsideExample() + ", for you or IT to look at later.";
    }

    /** Asks {@code confirm}, then sets the bad file aside and opens a new, empty diary with a notice naming where it is kept. */
    public void startEmpty(Predicate<String> confirm) {
        State before = state.get();
        if (before == State.LOOKING || before == State.WORKING || !confirm.test(startEmptyQuestion())) {
            return;
        }
        working("Setting your " + fileWord() + " aside…");
        background.execute(() -> {
            try {
                List<Path> moved = backups.setAside();
                String notice = "Started a new, empty diary." + kept(moved.isEmpty() ? null : moved.get(0));
                fx.execute(() -> window.openDiary(notice));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> failed("Nothing was changed. " + e.getMessage(), before));
            }
        });
    }

    public void chooseAnotherBackup() {
        window.chooseAnotherBackup();
    }

    public void quit() {
        window.quit();
    }

    private void working(String text) {
        state.set(State.WORKING);
        statusIsError.set(false);
        status.set(text);
    }

    private void failed(String text, State back) {
        state.set(back);
        statusIsError.set(true);
        status.set(text);
    }

    private String kept(Path file) {
        return file == null ? "" : " Your " + fileWord() + " is kept as " + file + ".";
    }

    private String fileWord() {
        return switch (problem.problem()) {
            case DAMAGED -> "damaged diary file";
            case NEWER -> "diary from the newer version";
            case NOT_SQLITE, NOT_A_DIARY -> "file that is not a diary";
        };
    }

    private String setAsideExample() {
        return "diary.db." + problem.problem().setAsideTag() + "-<date and time>";
    }

    private static String blocks(int count) {
        return String.format(DisplayFormats.LOCALE, "%,d %s", count, count == 1 ? "block" : "blocks");
    }

    private static String skipped(List<Backups.Skipped> skipped) {
        StringBuilder text = new StringBuilder();
        for (Backups.Skipped one : skipped) {
            text.append("\nSkipped ").append(one.backup().file().getFileName()).append(": ").append(one.reason());
        }
        return text.toString();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The default button's text: "Restore the backup from Wed 4 Mar 2026 12:00". */
    public ReadOnlyStringProperty restoreTextProperty() {
        return restoreText.getReadOnlyProperty();
    }

    /** What was found among the backups, and what each way out does. */
    public ReadOnlyStringProperty backupTextProperty() {
        return backupText.getReadOnlyProperty();
    }

    /** Progress, or why the last action failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }
}
