package org.dwdiary.ui.week;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The shown week's notes: the caseload and the two reflections as typed, read from the diary when the
 * week changes, and saved (only when changed) when a field is left, the week changes or the window
 * closes. A value that is refused (a caseload that is not a whole number, an overlong reflection) is
 * named in the status and not saved; the other fields still are. Diary calls run on {@code background},
 * results come back on {@code fx}.
 */
public final class WeekNoteViewModel {
    private final Diary diary;
    private final Executor background;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<WeekId> week;
    private final StringProperty caseload = new SimpleStringProperty("");
    private final StringProperty wentWell = new SimpleStringProperty("");
    private final StringProperty gotInTheWay = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper caseloadRefused = new ReadOnlyBooleanWrapper(false);
    /** The shown week's note as the diary holds it (or will, once a save has run); null until it is read. */
    private WeekNote saved;
    private long loads;

    public WeekNoteViewModel(Diary diary, WeekId week, Executor background, Executor fx) {
        this.diary = diary;
        this.week = new ReadOnlyObjectWrapper<>(week);
        this.background = background;
        this.fx = fx;
    }

    public ReadOnlyObjectProperty<WeekId> weekProperty() {
        return week.getReadOnlyProperty();
    }

    /** The caseload as typed: blank, or a whole number from 0 to 999. */
    public StringProperty caseloadProperty() {
        return caseload;
    }

    public StringProperty wentWellProperty() {
        return wentWell;
    }

    public StringProperty gotInTheWayProperty() {
        return gotInTheWay;
    }

    /** False while the shown week's note is being read: what is typed then would be overwritten. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** "Saved", or what was refused and why; empty before the first change. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    /** True while the caseload as typed is refused, so the field can show it. */
    public ReadOnlyBooleanProperty caseloadRefusedProperty() {
        return caseloadRefused.getReadOnlyProperty();
    }

    /** Shows {@code target}'s note, saving the week being left first if its note was changed. */
    public void show(WeekId target) {
        if (!target.equals(week.get())) {
            status.set("");
            statusIsError.set(false);
            save(true);
            week.set(target);
            saved = null;
            ready.set(false);
            caseloadRefused.set(false);
            caseload.set("");
            wentWell.set("");
            gotInTheWay.set("");
        }
        load(target);
    }

    /** Reads the shown week's note again (the command line may have changed it), unless it is being edited. */
    public void reload() {
        load(week.get());
    }

    private void load(WeekId target) {
        long load = ++loads;
        background.execute(() -> {
            try {
                WeekNote note = diary.weekNote(target);
                fx.execute(() -> {
                    if (load != loads || !target.equals(week.get())) {
                        return;
                    }
                    if (saved == null || !edited()) {
                        fill(note);
                    } else {
                        // The words being typed win over the diary's (they are saved when the field is left);
                        // the fields not being edited take what another program wrote meanwhile.
                        merge(note);
                    }
                });
            } catch (DiaryStorageException e) {
                fx.execute(() -> error(e.getMessage()));
            }
        });
    }

    private void fill(WeekNote note) {
        saved = note;
        caseload.set(note.caseload() == null ? "" : note.caseload().toString());
        wentWell.set(note.wentWell());
        gotInTheWay.set(note.gotInTheWay());
        caseloadRefused.set(false);
        ready.set(true);
    }

    /**
     * The diary's {@code note} in the fields not changed here; the changed ones keep what was typed. The
     * note becomes the one saves start from, so a later save keeps what another program wrote in the others.
     */
    private void merge(WeekNote note) {
        String savedCaseload = saved.caseload() == null ? "" : saved.caseload().toString();
        if (caseload.get().strip().equals(savedCaseload)) {
            caseload.set(note.caseload() == null ? "" : note.caseload().toString());
            caseloadRefused.set(false);
        }
        if (normalised(wentWell.get()).equals(saved.wentWell())) {
            wentWell.set(note.wentWell());
        }
        if (normalised(gotInTheWay.get()).equals(saved.gotInTheWay())) {
            gotInTheWay.set(note.gotInTheWay());
        }
        saved = note;
    }

    /** Whether the fields differ from the note as saved (ignoring spaces at either end). */
    private boolean edited() {
        String savedCaseload = saved.caseload() == null ? "" : saved.caseload().toString();
        return !caseload.get().strip().equals(savedCaseload)
                || !normalised(wentWell.get()).equals(saved.wentWell())
                || !normalised(gotInTheWay.get()).equals(saved.gotInTheWay());
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n");
    }

    /**
     * Saves the shown week's note if a field was changed. Each field is taken on its own: a refused one
     * keeps its saved value (and the status names it), the others are saved.
     */
    public void save() {
        save(false);
    }

    /** @param leaving the week is being left: the status names it, as another week will be shown */
    private void save(boolean leaving) {
        WeekNote before = saved;
        if (before == null) {
            return; // not read yet: nothing typed to save
        }
        List<String> refusals = new ArrayList<>();
        WeekNote note = before;
        note = taken(note, n -> n.withCaseload(WeekNote.parseCaseload(caseload.get())), refusals, caseloadRefused);
        note = taken(note, n -> n.withWentWell(wentWell.get()), refusals, null);
        note = taken(note, n -> n.withGotInTheWay(gotInTheWay.get()), refusals, null);
        String refused = capitalised(String.join("; ", refusals));
        String prefix = leaving ? "Week " + before.week().week() + ": " : "";
        if (note.equals(before)) {
            if (!refusals.isEmpty()) {
                error(prefix + refused + ": not saved");
            } else if (statusIsError.get()) {
                status.set(""); // the refused value was put back as it was
                statusIsError.set(false);
            }
            return;
        }
        saved = note;
        WeekNote toSave = note;
        loads++; // a read already under way predates this save: what it found must not replace the words saved
        background.execute(() -> {
            try {
                diary.saveWeekNote(toSave);
                fx.execute(() -> {
                    if (refusals.isEmpty()) {
                        info(leaving ? "Saved the notes for week " + toSave.week().week() : "Saved");
                    } else {
                        error(prefix + refused + ": not saved; the rest is saved");
                    }
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    if (saved == toSave) {
                        saved = before; // so the next save tries again
                    }
                    error(prefix + "Not saved: " + e.getMessage());
                });
            }
        });
    }

    /** The note with one field changed, or unchanged when the field's value is refused (its reason added to {@code refusals}). */
    private static WeekNote taken(WeekNote note, UnaryOperator<WeekNote> change, List<String> refusals,
                                  ReadOnlyBooleanWrapper refusedFlag) {
        try {
            WeekNote changed = change.apply(note);
            if (refusedFlag != null) {
                refusedFlag.set(false);
            }
            return changed;
        } catch (InputRefusedException e) {
            refusals.add(e.getMessage());
            if (refusedFlag != null) {
                refusedFlag.set(true);
            }
            return note;
        }
    }

    private void info(String text) {
        statusIsError.set(false);
        status.set(text);
    }

    private void error(String text) {
        statusIsError.set(true);
        status.set(capitalised(text));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
