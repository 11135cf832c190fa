package org.dwdiary.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figure-shaping settings through time: each setting's values with the day each takes effect. The
 * contract on a day is the defaults changed by every value whose date is on or before that day, so a
 * change from 1 September leaves the weeks before it exactly as they were.
 */
public final class SettingsTimeline {
    /** The effective date of a value that holds for the whole diary, from its first day. */
    public static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    /**
     * Refuses, as a date from which a new value holds, a day outside the years a diary keeps (1900 to 2199) other
     * than {@link #BEGINNING}: such a date is a typing mistake, and some cannot be stored.
     *
     * @param what how the message names the date ("--from")
     */
    public static LocalDate requireUsable(LocalDate from, String what) {
        if (!from.equals(BEGINNING) && (from.getYear() < 1900 || from.getYear() > 2199)) {
            throw new InputRefusedException(what + " " + from + " is outside the years a diary keeps (1900 to 2199)");
        }
        return from;
    }

    /** One stored value: {@code setting} is {@code value} from {@code from} on. */
    public record Change(FigureSetting setting, LocalDate from, String value) {
        public Change {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(from, "from");
            value = setting.normalise(value);
        }

        public boolean fromBeginning() {
            return from.equals(BEGINNING);
        }
    }

    private final List<Change> changes;
    /** Each date on which something changes, with the contract from that day on. */
    private final NavigableMap<LocalDate, Contract> contracts = new TreeMap<>();

    public SettingsTimeline(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort((a, b) -> a.from().compareTo(b.from()) != 0 ? a.from().compareTo(b.from())
                : a.setting().compareTo(b.setting()));
        this.changes = Collections.unmodifiableList(sorted);
        Contract contract = Contract.DEFAULT;
        contracts.put(BEGINNING, contract);
        for (Change change : sorted) {
            contract = change.setting().apply(contract, change.value());
            contracts.put(change.from(), contract);
        }
    }

    public static SettingsTimeline defaults() {
        return new SettingsTimeline(List.of());
    }

    /** Every stored value, by date. */
    public List<Change> changes() {
        return changes;
    }

    /** The contract in force on {@code day} (for a day before the year 1, the first one). */
    public Contract on(LocalDate day) {
        Map.Entry<LocalDate, Contract> entry = contracts.floorEntry(day);
        return (entry != null ? entry : contracts.firstEntry()).getValue();
    }

    /** The values of one setting, by date (empty when it has never been set: the default holds). */
    public List<Change> history(FigureSetting setting) {
        return changes.stream().filter(change -> change.setting() == setting).toList();
    }

    /** The days on which some setting changes (after the beginning), in order. */
    public List<LocalDate> changeDays() {
        return contracts.keySet().stream().filter(day -> !day.equals(BEGINNING)).toList();
    }

    /**
     * The date a new value should take effect when the user gives none: for a setting never set before,
     * the beginning (it corrects the default for every week); otherwise the Monday of {@code today}'s
     * week, so the history before this week keeps the value it was counted with.
     */
    public LocalDate defaultFrom(FigureSetting setting, LocalDate today) {
        return history(setting).isEmpty() ? BEGINNING : WeekId.of(today).monday();
    }

    /** The timeline with {@code change} added (replacing a value of the same setting on the same date). */
    public SettingsTimeline with(Change change) {
        List<Change> next = new ArrayList<>(changes);
        next.removeIf(old -> old.setting() == change.setting() && old.from().equals(change.from()));
        next.add(change);
        return new SettingsTimeline(next);
    }

    /** Each setting's value today, in the order of {@link FigureSetting}. */
    public Map<FigureSetting, String> valuesOn(LocalDate day) {
        Contract contract = on(day);
        Map<FigureSetting, String> values = new EnumMap<>(FigureSetting.class);
        for (FigureSetting setting : FigureSetting.values()) {
            values.put(setting, setting.format(contract));
        }
        return values;
    }

    /** "37:00 from the start, 22:30 from Tue 1 Sep 2026": how a setting has changed, for people. */
    public String describe(FigureSetting setting) {
        List<Change> history = history(setting);
        if (history.isEmpty()) {
            return setting.format(Contract.DEFAULT) + " (the default)";
        }
        List<String> parts = new ArrayList<>();
        if (!history.get(0).fromBeginning()) {
            parts.add(setting.format(Contract.DEFAULT) + " (the default) until " + DisplayFormats.day(history.get(0).from().minusDays(1)));
        }
        for (Change change : history) {
            parts.add(change.value() + (change.fromBeginning() ? " from the start" : " from " + DisplayFormats.day(change.from())));
        }
        return String.join(", ", parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SettingsTimeline timeline && timeline.changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }
}
