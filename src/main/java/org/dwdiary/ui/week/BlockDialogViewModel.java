package org.dwdiary.ui.week;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.ClockTime;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WallClock;
import org.dwdiary.domain.WorkKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The add/edit block dialog's state and validation: date, start, end, kind, activity, note. A known
 * activity fills in its remembered kind until the user picks a kind themselves.
 */
public final class BlockDialogViewModel {
    private final ZoneId zone;
    private final Block original;
    private final List<String> suggestions;
    private final Map<String, WorkKind> rememberedKinds = new HashMap<>();
    private boolean kindChosen;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObjectProperty<WorkKind> kind = new SimpleObjectProperty<>();
    private final StringProperty activity = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lengthText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private Block result;

    private BlockDialogViewModel(ZoneId zone, Block original, List<Activity> known) {
        this.zone = zone;
        this.original = original;
        this.suggestions = known.stream().map(Activity::name).toList();
        for (Activity activityKnown : known) {
            rememberedKinds.put(activityKnown.name().toLowerCase(Locale.ROOT), activityKnown.kind());
        }
        date.addListener((o, was, now) -> validate());
        start.addListener((o, was, now) -> validate());
        end.addListener((o, was, now) -> validate());
        kind.addListener((o, was, now) -> validate());
        note.addListener((o, was, now) -> validate());
        activity.addListener((o, was, now) -> {
            WorkKind remembered = rememberedKinds.get(now.strip().toLowerCase(Locale.ROOT));
            if (!kindChosen && remembered != null) {
                kind.set(remembered);
            }
            validate();
        });
    }

    /** A new block on {@code day} from {@code from} to {@code to}. */
    public static BlockDialogViewModel forNew(ZoneId zone, List<Activity> known, LocalDate day, LocalTime from,
                                              LocalTime to) {
        BlockDialogViewModel model = new BlockDialogViewModel(zone, null, known);
        model.date.set(day);
        model.start.set(DisplayFormats.TIME.format(from));
        model.end.set(DisplayFormats.TIME.format(to));
        model.validate();
        return model;
    }

    /** A new block with these values filled in (from the quick-add line or a timer), to adjust and save. */
    public static BlockDialogViewModel forNewBlock(ZoneId zone, List<Activity> known, Block block) {
        BlockDialogViewModel model = new BlockDialogViewModel(zone, null, known);
        model.kindChosen = true;
        model.date.set(block.start().atZone(zone).toLocalDate());
        model.start.set(DisplayFormats.TIME.format(block.start().atZone(zone)));
        model.end.set(DisplayFormats.TIME.format(block.end().atZone(zone)));
        model.kind.set(block.kind());
        model.activity.set(block.activity() == null ? "" : block.activity());
        model.note.set(block.note() == null ? "" : block.note());
        model.validate();
        return model;
    }

    public static BlockDialogViewModel forEdit(ZoneId zone, List<Activity> known, Block block) {
        BlockDialogViewModel model = new BlockDialogViewModel(zone, block, known);
        model.kindChosen = true; // editing keeps the block's kind unless the user changes it
        model.date.set(block.start().atZone(zone).toLocalDate());
        model.start.set(DisplayFormats.TIME.format(block.start().atZone(zone)));
        model.end.set(DisplayFormats.TIME.format(block.end().atZone(zone)));
        model.kind.set(block.kind());
        model.activity.set(block.activity() == null ? "" : block.activity());
        model.note.set(block.note() == null ? "" : block.note());
        model.validate();
        return model;
    }

    public String title() {
        return original == null ? "Add a block" : "Edit block";
    }

    /** The block as it was before this edit, or null for a new block. */
    public Block original() {
        return original;
    }

    public List<String> suggestions() {
        return suggestions;
    }

    /** The user picked a kind: from now on a known activity no longer changes it. */
    public void chooseKind(WorkKind chosen) {
        kindChosen = true;
        kind.set(chosen);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public ObjectProperty<WorkKind> kindProperty() {
        return kind;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What is wrong, naming the field; empty when the block can be saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "1:30", or "3:30, ends the next day". */
    public ReadOnlyStringProperty lengthTextProperty() {
        return lengthText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The block to save (with the original's id when editing); null while the input is not valid. */
    public Block result() {
        return result;
    }

    private void validate() {
        result = null;
        lengthText.set("");
        try {
            if (date.get() == null) {
                throw new InputRefusedException("Date: choose the day the block starts");
            }
            LocalTime from = field("Start", start.get());
            LocalTime to = field("End", end.get());
            Instant[] span = WallClock.span(date.get(), from, to, zone);
            long minutes = java.time.Duration.between(span[0], span[1]).toMinutes();
            boolean nextDay = !span[1].atZone(zone).toLocalDate().equals(date.get());
            lengthText.set(DisplayFormats.hoursMinutes(minutes) + (nextDay ? ", ends the next day" : ""));
            if (kind.get() == null) {
                throw new InputRefusedException("Kind: choose direct work, recording, travel or meetings");
            }
            Block block = new Block(original == null ? 0 : original.id(), span[0], span[1], zone, kind.get(),
                    activity.get(), note.get());
            result = block;
            problem.set("");
            valid.set(true);
        } catch (InputRefusedException e) {
            problem.set(e.getMessage());
            valid.set(false);
        }
    }

    private static LocalTime field(String name, String text) {
        try {
            return ClockTime.parse(text);
        } catch (InputRefusedException e) {
            throw new InputRefusedException(name + ": " + e.getMessage());
        }
    }
}
