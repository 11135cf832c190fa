package org.dwdiary.ui.settings;

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
import org.dwdiary.domain.Contract;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.SettingsTimeline;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WeekId;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Edit ▸ Settings: the time zone, the keyword rules, the theme, and the four settings that shape the
 * figures (contracted hours, working days, standard window, direct-work target). Those four take effect
 * from a date: every week (from the start) or from a chosen day, so the weeks before keep the values
 * they were counted with. The fields show the values in force on the chosen date; a field the worker
 * has not touched follows the date. Only values that differ from the ones in force on that date are
 * written. Everything is checked as typed and saved in one transaction off the FX thread.
 */
public final class SettingsViewModel {
    /** What a save did: {@code saved} false means nothing was written and {@code message} says why. */
    public record Outcome(boolean saved, String message, Theme theme) {
    }

    private final Diary diary;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final StringProperty contractHours = new SimpleStringProperty("");
    private final Map<DayOfWeek, BooleanProperty> workingDays = new EnumMap<>(DayOfWeek.class);
    private final StringProperty windowStart = new SimpleStringProperty("");
    private final StringProperty windowEnd = new SimpleStringProperty("");
    private final StringProperty directTarget = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty everyWeek = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final Map<FigureSetting, ReadOnlyStringWrapper> histories = new EnumMap<>(FigureSetting.class);
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    private SettingsTimeline timeline = SettingsTimeline.defaults();
    /** The value each figure field was last filled with (canonical text): a field still equal to it is untouched. */
    private final Map<FigureSetting, String> filled = new EnumMap<>(FigureSetting.class);
    private boolean filling;

    public SettingsViewModel(Diary diary, Clock clock, Executor background, Executor fx) {
        this.diary = diary;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        for (DayOfWeek day : DayOfWeek.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty(false);
            ticked.addListener((o, was, now) -> validate());
            workingDays.put(day, ticked);
        }
        for (FigureSetting setting : FigureSetting.values()) {
            histories.put(setting, new ReadOnlyStringWrapper(""));
        }
        for (StringProperty text : List.of(zone, keywords, contractHours, windowStart, windowEnd, directTarget)) {
            text.addListener((o, was, now) -> validate());
        }
        everyWeek.addListener((o, was, now) -> effectiveDateChanged());
        fromDate.addListener((o, was, now) -> effectiveDateChanged());
    }

    /** Reads the current settings, then runs {@code ready} on the FX thread. */
    public void load(Runnable ready) {
        background.execute(() -> {
            ZoneId current = diary.zone();
            KindRules rules = diary.kindRules();
            Theme chosen = diary.theme();
            SettingsTimeline settings = diary.settingsTimeline();
            LocalDate today = clock.instant().atZone(current).toLocalDate();
            fx.execute(() -> {
                show(current, rules, chosen, settings, today);
                ready.run();
            });
        });
    }

    private void show(ZoneId current, KindRules rules, Theme chosen, SettingsTimeline settings, LocalDate today) {
        timeline = settings;
        filling = true;
        try {
            zone.set(current.getId());
            keywords.set(asLines(rules));
            theme.set(chosen);
            // A correction to a default nobody has set yet is for every week; a change to one already set
            // starts this week, so the weeks already counted keep their figures.
            fromDate.set(WeekId.of(today).monday());
            everyWeek.set(settings.changes().isEmpty());
            Contract contract = settings.on(effectiveDate());
            for (FigureSetting setting : FigureSetting.values()) {
                fill(setting, contract);
                histories.get(setting).set(settings.describe(setting));
            }
        } finally {
            filling = false;
        }
        validate();
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    /** One kind per line: "direct: visit, contact, session". */
    public StringProperty keywordsProperty() {
        return keywords;
    }

    /** Contracted hours per week, as typed: "37:00", "22:30", "30". */
    public StringProperty contractHoursProperty() {
        return contractHours;
    }

    /** Whether {@code day} is a working day. */
    public BooleanProperty workingDayProperty(DayOfWeek day) {
        return workingDays.get(day);
    }

    /** The start of the standard working window, "08:00". */
    public StringProperty windowStartProperty() {
        return windowStart;
    }

    /** The end of the standard working window, "18:00". */
    public StringProperty windowEndProperty() {
        return windowEnd;
    }

    /** The worker's own target for the direct-work share, "30%"; empty for none. */
    public StringProperty directTargetProperty() {
        return directTarget;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** True: changes to the four figure settings apply to every week; false: from {@link #fromDateProperty()}. */
    public BooleanProperty everyWeekProperty() {
        return everyWeek;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** How {@code setting} has changed through time: "37:00 from the start, 22:30 from Tue 1 Sep 2026". */
    public ReadOnlyStringProperty historyProperty(FigureSetting setting) {
        return histories.get(setting).getReadOnlyProperty();
    }

    /** What saving would change in the four figure settings, in words; empty when nothing. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public void restoreDefaultKeywords() {
        keywords.set(asLines(KindRules.defaults()));
    }

    /** The day the four figure settings' changes take effect: {@link SettingsTimeline#BEGINNING} for every week. */
    public LocalDate effectiveDate() {
        return everyWeek.get() || fromDate.get() == null ? SettingsTimeline.BEGINNING : fromDate.get();
    }

    /**
     * The dated values saving would write: each figure setting whose value differs from the one in force
     * on the effective date. Refused, naming the field, when a value cannot be read.
     */
    public List<SettingsTimeline.Change> changes() {
        LocalDate from = effectiveDate();
        Map<FigureSetting, String> inForce = timeline.valuesOn(from);
        List<SettingsTimeline.Change> changes = new ArrayList<>();
        for (FigureSetting setting : FigureSetting.values()) {
            String value = normalised(setting);
            if (!value.equals(inForce.get(setting))) {
                changes.add(new SettingsTimeline.Change(setting, from, value));
            }
        }
        return changes;
    }

    /** Saves everything in one transaction; {@code done} gets what happened (on the FX thread). */
    public void save(Consumer<Outcome> done) {
        if (!validate()) {
            return;
        }
        String zoneText = zone.get().strip();
        KindRules rules = KindRules.parse(keywords.get().replace('\n', ';'));
        Theme chosen = theme.get();
        List<SettingsTimeline.Change> changes = changes();
        String summary = describe(changes);
        background.execute(() -> {
            try {
                diary.saveSettings(zoneText, rules, chosen, changes);
                fx.execute(() -> done.accept(new Outcome(true,
                        summary.isEmpty() ? "Settings saved." : "Settings saved. " + summary, chosen)));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> done.accept(new Outcome(false, "Settings not saved: " + e.getMessage(), chosen)));
            }
        });
    }

    /** The field's name as the dialog shows it, for messages. */
    public static String label(FigureSetting setting) {
        return switch (setting) {
            case CONTRACT_HOURS -> "Contracted hours";
            case WORKING_DAYS -> "Working days";
            case STANDARD_WINDOW -> "Standard working window";
            case DIRECT_TARGET -> "Direct-work target";
        };
    }

    private void effectiveDateChanged() {
        if (filling) {
            return;
        }
        // Untouched fields show what is in force from the newly chosen date; edited ones keep the edit.
        Contract contract = timeline.on(effectiveDate());
        filling = true;
        try {
            for (FigureSetting setting : FigureSetting.values()) {
                if (!edited(setting)) {
                    fill(setting, contract);
                }
            }
        } finally {
            filling = false;
        }
        validate();
    }

    private boolean edited(FigureSetting setting) {
        try {
            return !normalised(setting).equals(filled.get(setting));
        } catch (InputRefusedException e) {
            return true;
        }
    }

    private void fill(FigureSetting setting, Contract contract) {
        switch (setting) {
            case CONTRACT_HOURS -> contractHours.set(setting.format(contract));
            case WORKING_DAYS -> workingDays.forEach((day, ticked) -> ticked.set(contract.isWorkingDay(day)));
            case STANDARD_WINDOW -> {
                windowStart.set(DisplayFormats.TIME.format(contract.windowStart()));
                windowEnd.set(DisplayFormats.TIME.format(contract.windowEnd()));
            }
            case DIRECT_TARGET -> directTarget.set(contract.directTarget() == null ? "" : setting.format(contract));
        }
        filled.put(setting, setting.format(contract));
    }

    /** The field's value in canonical text, refused with a message that names the field. */
    private String normalised(FigureSetting setting) {
        String text = switch (setting) {
            case CONTRACT_HOURS -> contractHours.get();
            case WORKING_DAYS -> {
                String days = workingDays.entrySet().stream().filter(entry -> entry.getValue().get())
                        .map(entry -> entry.getKey().getDisplayName(TextStyle.SHORT, DisplayFormats.LOCALE))
                        .collect(Collectors.joining(","));
                if (days.isEmpty()) {
                    throw new InputRefusedException(label(setting) + ": tick at least one day");
                }
                yield days;
            }
            case STANDARD_WINDOW -> windowStart.get().strip() + "-" + windowEnd.get().strip();
            case DIRECT_TARGET -> directTarget.get().isBlank() ? "none" : directTarget.get();
        };
        try {
            return setting.normalise(text);
        } catch (InputRefusedException e) {
            String message = e.getMessage();
            String prefix = setting.key() + ": ";
            throw new InputRefusedException(label(setting) + ": "
                    + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
        }
    }

    private boolean validate() {
        if (filling) {
            return false;
        }
        try {
            try {
                ZoneId.of(zone.get().strip());
            } catch (DateTimeException e) {
                throw new InputRefusedException("Time zone: \"" + zone.get() + "\" is not a time zone; use a name such as Europe/London");
            }
            try {
                KindRules.parse(keywords.get().replace('\n', ';'));
            } catch (InputRefusedException e) {
                throw new InputRefusedException("Keywords: " + e.getMessage());
            }
            if (!everyWeek.get() && fromDate.get() == null) {
                throw new InputRefusedException("Apply from: choose a date, or apply the changes to every week");
            }
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

    /** "From Mon 2 Mar 2026: contracted hours 30:00, working days Mon-Thu." or "For every week: …". */
    private static String describe(List<SettingsTimeline.Change> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        SettingsTimeline.Change first = changes.get(0);
        String when = first.fromBeginning() ? "For every week" : "From " + DisplayFormats.day(first.from());
        return when + ": " + changes.stream()
                .map(change -> label(change.setting()).toLowerCase(DisplayFormats.LOCALE) + " " + change.value())
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String asLines(KindRules rules) {
        return rules.format().replace("; ", "\n");
    }
}
