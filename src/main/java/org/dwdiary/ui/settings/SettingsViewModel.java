package org.dwdiary.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The settings that exist so far: the diary's time zone and the keyword rules that give an activity
 * its kind. Edited as text, checked as typed, saved in one go off the FX thread.
 */
public final class SettingsViewModel {
    private final Diary diary;
    private final Executor background;
    private final Executor fx;
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    public SettingsViewModel(Diary diary, Executor background, Executor fx) {
        this.diary = diary;
        this.background = background;
        this.fx = fx;
        zone.addListener((o, was, now) -> validate());
        keywords.addListener((o, was, now) -> validate());
    }

    /** Reads the current settings, then runs {@code ready} on the FX thread. */
    public void load(Runnable ready) {
        background.execute(() -> {
            ZoneId current = diary.zone();
            KindRules rules = diary.kindRules();
            fx.execute(() -> {
                zone.set(current.getId());
                keywords.set(asLines(rules));
                ready.run();
            });
        });
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    /** One kind per line: "direct: visit, contact, session". */
    public StringProperty keywordsProperty() {
        return keywords;
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

    /** Saves both settings; {@code done} gets a message for the status line (on the FX thread). */
    public void save(Consumer<String> done) {
        if (!validate()) {
            return;
        }
        String zoneText = zone.get().strip();
        KindRules rules = KindRules.parse(keywords.get().replace('\n', ';'));
        background.execute(() -> {
            try {
                diary.saveSettings(zoneText, rules);
                fx.execute(() -> done.accept("Settings saved."));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> done.accept("Settings not saved: " + e.getMessage()));
            }
        });
    }

    private boolean validate() {
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
            problem.set("");
            valid.set(true);
            return true;
        } catch (InputRefusedException e) {
            problem.set(e.getMessage());
            valid.set(false);
            return false;
        }
    }

    private static String asLines(KindRules rules) {
        return rules.format().replace("; ", "\n");
    }
}
