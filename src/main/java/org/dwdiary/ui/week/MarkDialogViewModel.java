package org.dwdiary.ui.week;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DisplayFormats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Edit ▸ Mark day: a date, a kind (or no mark, to take one off) and whole or half day. It reads the
 * date's mark as it is, starts from it, and refuses a choice that would change nothing.
 */
final class MarkDialogViewModel {
    /** What saving does: put {@code mark} on {@code day}, or with no mark take the day's mark off. */
    record Choice(LocalDate day, DayMark mark) {
    }

    private final BiConsumer<LocalDate, Consumer<Optional<DayMark>>> lookUp;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The kind chosen; null: no mark (take the day's mark off). */
    private final ObjectProperty<DayMark.Kind> kind = new SimpleObjectProperty<>(DayMark.Kind.LEAVE);
    private final BooleanProperty half = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper currentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** The date's mark as read (empty: none), or null while it is being read. */
    private Optional<DayMark> current;
    private boolean startedFromMark;

    /**
     * @param lookUp reads a date's mark and hands it back (on the FX thread), e.g.
     *               {@link WeekViewModel#lookUpMark}
     */
    MarkDialogViewModel(LocalDate day, BiConsumer<LocalDate, Consumer<Optional<DayMark>>> lookUp) {
        this.lookUp = lookUp;
        date.addListener((o, was, now) -> read(now));
        kind.addListener((o, was, now) -> validate());
        half.addListener((o, was, now) -> validate());
        date.set(day);
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    ObjectProperty<DayMark.Kind> kindProperty() {
        return kind;
    }

    BooleanProperty halfProperty() {
        return half;
    }

    /** "Mon 2 Mar 2026 has no mark." or "Mon 2 Mar 2026 is marked: Sickness (half day)." */
    ReadOnlyStringProperty currentTextProperty() {
        return currentText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    Choice result() {
        DayMark.Kind chosen = kind.get();
        return new Choice(date.get(), chosen == null ? null : new DayMark(date.get(), chosen, half.get()));
    }

    private void read(LocalDate day) {
        current = null;
        currentText.set("");
        validate();
        if (day == null) {
            return;
        }
        lookUp.accept(day, found -> {
            if (!day.equals(date.get())) {
                return; // the user chose another date meanwhile
            }
            current = found;
            currentText.set(found.map(mark -> DisplayFormats.day(day) + " is marked: " + mark.describe() + ".")
                    .orElse(DisplayFormats.day(day) + " has no mark."));
            // The first date's mark is where the choice starts; a later date keeps what the user chose.
            if (!startedFromMark) {
                startedFromMark = true;
                found.ifPresent(mark -> {
                    kind.set(mark.kind());
                    half.set(mark.half());
                });
            }
            validate();
        });
    }

    private void validate() {
        LocalDate day = date.get();
        String text = "";
        if (day == null) {
            text = "Choose a date.";
        } else if (current != null) {
            DayMark wanted = kind.get() == null ? null : new DayMark(day, kind.get(), half.get());
            if (wanted == null && current.isEmpty()) {
                text = DisplayFormats.day(day) + " has no mark to remove.";
            } else if (wanted != null && current.isPresent() && Objects.equals(current.get(), wanted)) {
                text = DisplayFormats.day(day) + " is already marked: " + wanted.describe() + ".";
            }
        }
        problem.set(text);
        valid.set(text.isEmpty() && current != null);
    }
}
