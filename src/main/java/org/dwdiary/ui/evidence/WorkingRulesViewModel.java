package org.dwdiary.ui.evidence;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.domain.WorkingRules.Key;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The working rules dialog: the Working Time Regulations options (opt-out, weekly rest, night time) and
 * how overtime comes back (the scheme, the day balances count from, the flexi period and its limits).
 * Each field is read as the command line's {@code settings set} reads it ({@link WorkingRules#with}),
 * with the message naming the field; only the rules that change are written, off the FX thread.
 */
public final class WorkingRulesViewModel {
    /** What a save did: {@code saved} false means something was not written and {@code message} says what. */
    public record Outcome(boolean saved, String message) {
    }

    private final Diary diary;
    private final WorkingRules current;
    private final Optional<LocalDate> firstDay;
    private final Executor background;
    private final Executor fx;

    private final BooleanProperty optedOut = new SimpleBooleanProperty();
    private final BooleanProperty fortnightlyRest = new SimpleBooleanProperty();
    private final StringProperty nightStart = new SimpleStringProperty("");
    private final StringProperty nightEnd = new SimpleStringProperty("");
    private final ObjectProperty<WorkingRules.Scheme> scheme = new SimpleObjectProperty<>();
    private final BooleanProperty fromFirstDay = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> balanceFrom = new SimpleObjectProperty<>();
    private final StringProperty flexiWeeks = new SimpleStringProperty("");
    private final StringProperty creditLimit = new SimpleStringProperty("");
    private final StringProperty debitLimit = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper flexi = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    /**
     * @param current  the rules in force, which the fields start from
     * @param firstDay the day of the diary's first block, which balances count from unless a date is set
     */
    public WorkingRulesViewModel(Diary diary, WorkingRules current, Optional<LocalDate> firstDay, Executor background, Executor fx) {
        this.diary = diary;
        this.current = current;
        this.firstDay = firstDay;
        this.background = background;
        this.fx = fx;
        optedOut.set(current.optedOut());
        fortnightlyRest.set(current.fortnightlyRest());
        nightStart.set(DisplayFormats.TIME.format(current.nightStart()));
        nightEnd.set(DisplayFormats.TIME.format(current.nightEnd()));
        scheme.set(current.scheme());
        fromFirstDay.set(current.balanceFrom() == null);
        balanceFrom.set(current.balanceFrom() != null ? current.balanceFrom() : firstDay.orElse(null));
        flexiWeeks.set(current.format(Key.FLEXI_PERIOD));
        creditLimit.set(current.format(Key.FLEXI_CREDIT_LIMIT));
        debitLimit.set(current.format(Key.FLEXI_DEBIT_LIMIT));
        flexi.bind(scheme.isEqualTo(WorkingRules.Scheme.FLEXI));
        for (ObservableValue<?> field : List.of(optedOut, fortnightlyRest, nightStart, nightEnd, scheme, fromFirstDay,
                balanceFrom, flexiWeeks, creditLimit, debitLimit)) {
            field.addListener((o, was, now) -> validate());
        }
        validate();
    }

    /** Opted out of the 48-hour average in writing. */
    public BooleanProperty optedOutProperty() {
        return optedOut;
    }

    /** Weekly rest counted as 48 hours in 14 days (true) or 24 hours in 7 (false). */
    public BooleanProperty fortnightlyRestProperty() {
        return fortnightlyRest;
    }

    public StringProperty nightStartProperty() {
        return nightStart;
    }

    public StringProperty nightEndProperty() {
        return nightEnd;
    }

    public ObjectProperty<WorkingRules.Scheme> schemeProperty() {
        return scheme;
    }

    /** Balances count from the diary's first block (true) or from {@link #balanceFromProperty()}. */
    public BooleanProperty fromFirstDayProperty() {
        return fromFirstDay;
    }

    public ObjectProperty<LocalDate> balanceFromProperty() {
        return balanceFrom;
    }

    /** "the diary's first block (Mon 9 Feb 2026)". */
    public String firstDayText() {
        return "your first block" + firstDay.map(day -> " (" + DisplayFormats.day(day) + ")").orElse(" (none yet)");
    }

    public StringProperty flexiWeeksProperty() {
        return flexiWeeks;
    }

    public StringProperty creditLimitProperty() {
        return creditLimit;
    }

    public StringProperty debitLimitProperty() {
        return debitLimit;
    }

    /** Whether the scheme is flexi-time (its period and limits apply). */
    public ReadOnlyBooleanProperty flexiProperty() {
        return flexi.getReadOnlyProperty();
    }

    /** Why the rules cannot be saved, naming the field; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What saving would change, in words; empty when nothing. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The field's name as the dialog shows it, for messages. */
    public static String label(Key key) {
        return switch (key) {
            case WTR_OPT_OUT -> "Opted out of the 48-hour average";
            case WEEKLY_REST -> "Weekly rest";
            case NIGHT_TIME -> "Night time";
            case OVERTIME_SCHEME -> "Overtime scheme";
            case BALANCE_FROM -> "Balances count from";
            case FLEXI_PERIOD -> "Flexi period";
            case FLEXI_CREDIT_LIMIT -> "Most hours over carried";
            case FLEXI_DEBIT_LIMIT -> "Most hours under carried";
        };
    }

    /**
     * The rules whose values differ from those in force, in canonical text, in the order of the fields.
     * Refused, naming the field, when a value cannot be read.
     */
    public Map<Key, String> changes() {
        Map<Key, String> typed = new LinkedHashMap<>();
        typed.put(Key.WTR_OPT_OUT, optedOut.get() ? "yes" : "no");
        typed.put(Key.WEEKLY_REST, fortnightlyRest.get() ? "14" : "7");
        typed.put(Key.NIGHT_TIME, nightStart.get().strip() + "-" + nightEnd.get().strip());
        typed.put(Key.OVERTIME_SCHEME, scheme.get().code());
        if (!fromFirstDay.get() && balanceFrom.get() == null) {
            throw new InputRefusedException(label(Key.BALANCE_FROM) + ": choose a date, or count from your first block");
        }
        typed.put(Key.BALANCE_FROM, fromFirstDay.get() ? "start" : balanceFrom.get().toString());
        typed.put(Key.FLEXI_PERIOD, flexiWeeks.get());
        typed.put(Key.FLEXI_CREDIT_LIMIT, creditLimit.get());
        typed.put(Key.FLEXI_DEBIT_LIMIT, debitLimit.get());
        WorkingRules rules = current;
        Map<Key, String> changes = new LinkedHashMap<>();
        for (Map.Entry<Key, String> field : typed.entrySet()) {
            Key key = field.getKey();
            try {
                rules = rules.with(key, field.getValue());
            } catch (InputRefusedException e) {
                String message = e.getMessage();
                String prefix = key.key() + ": ";
                throw new InputRefusedException(label(key) + ": "
                        + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
            }
            if (!rules.format(key).equals(current.format(key))) {
                changes.put(key, rules.format(key));
            }
        }
        return changes;
    }

    private boolean validate() {
        try {
            pending.set(describe(changes()));
            problem.set("");
            valid.set(true);
            return true;
        } catch (InputRefusedException e) {
            pending.set("");
            problem.set(e.getMessage());
            valid.set(false);
            return false;
        }
    }

    /** Writes the rules that changed, one by one off the FX thread; {@code done} gets what happened, on the FX thread. */
    public void save(Consumer<Outcome> done) {
        if (!validate()) {
            return;
        }
        Map<Key, String> changes = changes();
        background.execute(() -> {
            List<Key> written = new ArrayList<>();
            for (Map.Entry<Key, String> change : changes.entrySet()) {
                try {
                    diary.setWorkingRule(change.getKey(), change.getValue());
                    written.add(change.getKey());
                } catch (InputRefusedException | DiaryStorageException e) {
                    String saved = written.isEmpty() ? "" : " (saved: " + written.stream().map(WorkingRulesViewModel::label)
                            .map(text -> text.toLowerCase(DisplayFormats.LOCALE)).collect(Collectors.joining(", ")) + ")";
                    fx.execute(() -> done.accept(new Outcome(false, "Working rules not saved: " + label(change.getKey())
                            + ": " + e.getMessage() + saved)));
                    return;
                }
            }
            String summary = describe(changes);
            fx.execute(() -> done.accept(new Outcome(true, summary.isEmpty() ? "Working rules unchanged."
                    : "Working rules saved. " + summary)));
        });
    }

    /** "Overtime scheme: toil; most hours over carried: 12:00." */
    private static String describe(Map<Key, String> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        String text = changes.entrySet().stream()
                .map(change -> label(change.getKey()).toLowerCase(DisplayFormats.LOCALE) + ": " + change.getValue())
                .collect(Collectors.joining("; ")) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
