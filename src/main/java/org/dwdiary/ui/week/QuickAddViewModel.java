package org.dwdiary.ui.week;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dwdiary.domain.Activity;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.QuickAdd;
import org.dwdiary.domain.QuickAddParser;
import org.dwdiary.domain.RunningTimer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The quick-add line: `[DAY] TIME-RANGE ACTIVITY [@KIND] [, NOTE]`. Parses as the user types and
 * previews the block (or names the bad word), adds on Enter, starts a timer on Ctrl+Enter, recalls
 * earlier lines with Up and Down, and suggests known activities to complete the line.
 */
public final class QuickAddViewModel {
    /** A word that belongs to the day/time part of a line rather than to the activity. */
    private static final Pattern TIME_WORD = Pattern.compile(
            "(?i)(today|yesterday|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|now|[-+]?[0-9][0-9:./+\\-hmapnow]*|[-+])");

    private final WeekViewModel week;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewIsError = new ReadOnlyBooleanWrapper(false);
    private final List<String> history = new ArrayList<>();
    private int recalled = -1;

    public QuickAddViewModel(WeekViewModel week) {
        this.week = week;
        text.addListener((o, was, now) -> updatePreview());
        week.activitiesProperty().addListener((o, was, now) -> updatePreview());
        week.kindRulesProperty().addListener((o, was, now) -> updatePreview());
    }

    public StringProperty textProperty() {
        return text;
    }

    /** "Tue 3 Mar 2026 09:00–10:30 · 1:30 · Direct work (remembered)", or what is wrong. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewIsErrorProperty() {
        return previewIsError.getReadOnlyProperty();
    }

    /** Enter: adds the block (or starts the timer for `now ACTIVITY`). {@code onClash} gets an overlap. */
    public void submit(Consumer<OverlapException> onClash) {
        Optional<QuickAdd> parsed = parse(text.get());
        if (parsed.isEmpty()) {
            return;
        }
        String line = text.get().strip();
        QuickAdd add = parsed.get();
        if (add.startsTimer()) {
            startTimer(add, line);
        } else {
            week.apply(DiaryChange.add(add.toBlock()), onClash, () -> done(line));
        }
    }

    /** Ctrl+Enter or the Start button: starts a timer for the activity now (the line may omit "now"). */
    public void startTimer() {
        String line = text.get().strip();
        if (line.isEmpty()) {
            showError("Type the activity to time (e.g. Case notes), then press Ctrl+Enter.");
            return;
        }
        String timed = line.toLowerCase(Locale.ROOT).startsWith("now ") ? line : "now " + line;
        parse(timed).ifPresent(add -> {
            if (add.startsTimer()) {
                startTimer(add, line);
            } else {
                showError("A timer starts now: type just the activity, without times.");
            }
        });
    }

    private void startTimer(QuickAdd add, String line) {
        week.startTimer(new RunningTimer(add.start(), add.zone(), add.kind(), add.activity(), add.note()));
        done(line);
    }

    /** The line was dealt with another way (a trim chosen after an overlap): keep it in the history, clear it. */
    public void clear() {
        done(text.get().strip());
    }

    private void done(String line) {
        history.remove(line);
        history.add(line);
        recalled = -1;
        text.set("");
    }

    /** Up: the previous line typed, then earlier ones. */
    public void recallPrevious() {
        if (history.isEmpty()) {
            return;
        }
        recalled = recalled < 0 ? history.size() - 1 : Math.max(0, recalled - 1);
        text.set(history.get(recalled));
    }

    /** Down: back towards the newest line, then an empty field. */
    public void recallNext() {
        if (recalled < 0) {
            return;
        }
        recalled++;
        if (recalled >= history.size()) {
            recalled = -1;
            text.set("");
        } else {
            text.set(history.get(recalled));
        }
    }

    /**
     * Whole-line suggestions: the day/time part as typed, followed by each known activity that starts
     * with (or contains) the words typed so far. Nothing while the activity is not begun.
     */
    public List<String> suggestions(String typed) {
        if (typed == null || typed.contains(",") || typed.contains("@")) {
            return List.of();
        }
        String[] words = typed.stripLeading().split("\\s+");
        int timeWords = 0;
        while (timeWords < words.length && TIME_WORD.matcher(words[timeWords]).matches()) {
            timeWords++;
        }
        if (timeWords == 0 || timeWords == words.length) {
            return List.of();
        }
        String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, timeWords));
        String fragment = String.join(" ", java.util.Arrays.copyOfRange(words, timeWords, words.length))
                .toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (Activity activity : week.activitiesProperty().get()) {
            String name = activity.name().toLowerCase(Locale.ROOT);
            if (name.equals(fragment)) {
                continue;
            }
            if (name.startsWith(fragment)) {
                starting.add(head + " " + activity.name());
            } else if (name.contains(fragment)) {
                containing.add(head + " " + activity.name());
            }
        }
        starting.addAll(containing);
        return starting.size() > 8 ? starting.subList(0, 8) : starting;
    }

    private void updatePreview() {
        String line = text.get();
        if (line == null || line.isBlank()) {
            preview.set("");
            previewIsError.set(false);
            return;
        }
        parse(line).ifPresent(add -> {
            previewIsError.set(false);
            String kind = add.kind().displayName() + switch (add.kindSource()) {
                case EXPLICIT -> "";
                case REMEMBERED -> " (remembered)";
                case KEYWORD -> " (keyword)";
            };
            String what = (add.activity() != null ? add.activity() + " · " : "") + kind
                    + (add.note() != null ? " · note" : "");
            if (add.startsTimer()) {
                preview.set("Enter starts a timer now: " + what);
            } else {
                var block = add.toBlock();
                preview.set(DisplayFormats.span(block.start(), block.end(), week.zone()) + " · "
                        + DisplayFormats.hoursMinutes(block.minutes()) + " · " + what);
            }
        });
    }

    /** The parsed line, or empty with the reason in the preview. */
    private Optional<QuickAdd> parse(String line) {
        try {
            KindRules rules = week.kindRulesProperty().get();
            QuickAddParser parser = QuickAddParser.withKnownActivities(rules, this::knownActivity);
            QuickAdd parsed = parser.parse(line, week.now());
            if (!parsed.startsTimer()) {
                parsed.toBlock(); // Block's own rules (length, at most 24 hours) speak here
            }
            return Optional.of(parsed);
        } catch (InputRefusedException e) {
            showError(e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Activity> knownActivity(String activity) {
        String wanted = activity.strip().toLowerCase(Locale.ROOT);
        return week.activitiesProperty().get().stream()
                .filter(known -> known.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private void showError(String message) {
        previewIsError.set(true);
        preview.set(Character.toUpperCase(message.charAt(0)) + message.substring(1));
    }
}
