package org.dwdiary.ui.week;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dwdiary.domain.Activity;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RepeatPlan;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.Template;
import org.dwdiary.domain.Trims;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.report.WorkingTimeChecks;
import org.dwdiary.report.WeekSummary;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The week on screen: which week, its blocks and figures, the selected block, undo and redo, and
 * the message line. Every diary call runs on {@code background}; results come back on {@code fx}.
 * Tests pass a same-thread executor for both and need no toolkit.
 */
public final class WeekViewModel {
    private final Diary diary;
    private final Clock clock;
    private final ZoneId zone;
    private final Executor background;
    private final Executor fx;
    private final UndoHistory history = new UndoHistory();

    private final ReadOnlyObjectWrapper<WeekId> week = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Block>> blocks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<DayMark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<PossibleBreach>> breaches = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<WeekSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WeekFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Activity>> activities = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Block> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RunningTimer> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KindRules> kindRules = new ReadOnlyObjectWrapper<>(KindRules.defaults());
    private final ReadOnlyStringWrapper runningText = new ReadOnlyStringWrapper("");
    private final List<Runnable> reloadListeners = new ArrayList<>();
    private final WeekNoteViewModel notes;
    private long loads;

    public WeekViewModel(Diary diary, ZoneId zone, Clock clock, Executor background, Executor fx) {
        this.diary = diary;
        this.zone = zone;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        week.set(WeekId.of(today()));
        notes = new WeekNoteViewModel(diary, week.get(), background, fx);
        // However the week changes (the arrows, a chart, an undo in another week), its notes follow.
        week.addListener((o, was, now) -> notes.show(now));
    }

    /** The shown week's caseload and reflections. */
    public WeekNoteViewModel notes() {
        return notes;
    }

    public ZoneId zone() {
        return zone;
    }

    public java.time.ZonedDateTime now() {
        return clock.instant().atZone(zone);
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    public ReadOnlyObjectProperty<WeekId> weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Block>> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    /**
     * The possible Working Time Regulations breaches that belong to the shown week (see
     * {@link PossibleBreach#week()}), found with the 17 weeks before it; set before the figures.
     */
    public ReadOnlyObjectProperty<List<PossibleBreach>> breachesProperty() {
        return breaches.getReadOnlyProperty();
    }

    /** The shown week's day marks (leave, sickness, bank holidays, TOIL taken), by day; set before the figures. */
    public ReadOnlyObjectProperty<List<DayMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** The mark on {@code day}, when it is in the shown week and marked. */
    public Optional<DayMark> markOn(LocalDate day) {
        return marks.get().stream().filter(mark -> mark.day().equals(day)).findFirst();
    }

    /** A day header's tag: "Annual leave", "½ Sickness". */
    public static String markTag(DayMark mark) {
        return (mark.half() ? "½ " : "") + mark.kind().displayName();
    }

    public ReadOnlyObjectProperty<WeekSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The shown week's figures against the contract (contracted, overtime, outside hours); set before the summary. */
    public ReadOnlyObjectProperty<WeekFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Activity>> activitiesProperty() {
        return activities.getReadOnlyProperty();
    }

    public ObjectProperty<Block> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The keyword rules in force (the setting), for the quick-add line. */
    public ReadOnlyObjectProperty<KindRules> kindRulesProperty() {
        return kindRules.getReadOnlyProperty();
    }

    /** The timer that is running, or null. */
    public ReadOnlyObjectProperty<RunningTimer> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Home visit · 0:25" while a timer runs, else empty; kept current by {@link #tick()}. */
    public ReadOnlyStringProperty runningTextProperty() {
        return runningText.getReadOnlyProperty();
    }

    /** Updates the running timer's elapsed time (the view calls this every few seconds). */
    public void tick() {
        RunningTimer timer = running.get();
        runningText.set(timer == null ? ""
                : timer.label() + " · " + DisplayFormats.hoursMinutes(timer.elapsedMinutes(clock.instant())));
    }

    /** "Week 10 · Mon 2 – Sun 8 Mar 2026". */
    public String weekTitle() {
        WeekId shown = week.get();
        return "Week " + shown.week() + " · " + DisplayFormats.SHORT_DAY.format(shown.monday()) + " – "
                + DisplayFormats.DAY.format(shown.sunday());
    }

    public boolean showsThisWeek() {
        return week.get().equals(WeekId.of(today()));
    }

    public void previousWeek() {
        showWeek(week.get().plusWeeks(-1));
    }

    public void nextWeek() {
        showWeek(week.get().plusWeeks(1));
    }

    public void thisWeek() {
        showWeek(WeekId.of(today()));
    }

    public void showWeek(WeekId target) {
        week.set(target);
        selected.set(null);
        load();
    }

    /**
     * Reads the shown week again (after a change here, or one made elsewhere, e.g. by the CLI), and tells
     * those listening ({@link #onReload}) that the diary may have changed. Moving between weeks does not.
     */
    public void reload() {
        reloadListeners.forEach(Runnable::run);
        load();
        notes.reload();
    }

    /** {@code listener} runs (on fx, at once) whenever {@link #reload} is asked for: the diary may have changed. */
    public void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    private void load() {
        WeekId shown = week.get();
        long load = ++loads;
        background.execute(() -> {
            try {
                Diary.Period period = diary.period(shown, shown);
                List<Block> found = period.blocks();
                List<DayMark> dayMarks = period.marks();
                WeekFigures figures = WeekFigures.of(shown, found, zone, period.settings(), dayMarks);
                List<Activity> known = diary.activities();
                RunningTimer timer = diary.runningTimer().orElse(null);
                KindRules rules = diary.kindRules();
                List<PossibleBreach> weekBreaches = breachesOf(shown);
                fx.execute(() -> {
                    if (load == loads) {
                        breaches.set(weekBreaches);
                        show(found, dayMarks, figures, known);
                        kindRules.set(rules);
                        running.set(timer);
                        tick();
                    }
                });
            } catch (DiaryStorageException e) {
                fx.execute(() -> error(e.getMessage()));
            }
        });
    }

    /** The week's possible breaches: its own days checked, with the 17 weeks before for the averages. */
    private List<PossibleBreach> breachesOf(WeekId shown) {
        Diary.Period data = diary.period(WeekId.of(WorkingTimeChecks.dataFrom(shown.monday())), shown.plusWeeks(1));
        return WorkingTimeChecks.check(data.blocks(), data.marks(), data.zone(), shown.monday().minusDays(1), shown.sunday().plusDays(1),
                        diary.workingRules()).stream()
                .filter(breach -> breach.week().equals(shown))
                .toList();
    }

    private void show(List<Block> found, List<DayMark> dayMarks, WeekFigures weekFigures, List<Activity> known) {
        Block wasSelected = selected.get();
        blocks.set(List.copyOf(found));
        marks.set(List.copyOf(dayMarks));
        figures.set(weekFigures);
        summary.set(weekFigures.summary());
        activities.set(List.copyOf(known));
        if (wasSelected != null) {
            selected.set(found.stream().filter(b -> b.id() == wasSelected.id()).findFirst().orElse(null));
        }
    }

    /**
     * Applies one action (add, edit, delete, or a trim the user chose). On an overlap, {@code onClash}
     * gets the refusal so the view can offer {@link #clashChoices}; other refusals go to the message line.
     */
    public void apply(DiaryChange change, Consumer<OverlapException> onClash) {
        apply(change, onClash, () -> { });
    }

    /** As {@link #apply(DiaryChange, Consumer)}, with {@code onApplied} run (on fx) once it is in the diary. */
    public void apply(DiaryChange change, Consumer<OverlapException> onClash, Runnable onApplied) {
        background.execute(() -> {
            try {
                DiaryChange applied = diary.apply(change, RecordedVia.GUI);
                fx.execute(() -> {
                    onApplied.run();
                    history.done(new BlockAction(applied));
                    select(applied);
                    info(capitalised(applied.description()) + ". Undo with Ctrl+Z.");
                    refreshUndo();
                    reload();
                });
            } catch (OverlapException e) {
                fx.execute(() -> onClash.accept(e));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> error(e.getMessage()));
            }
        });
    }

    public void deleteSelected() {
        Block block = selected.get();
        if (block != null) {
            apply(DiaryChange.delete(block), clash -> error(clash.getMessage()));
        }
    }

    /**
     * The ways out of an overlap: shorten the new (or edited) block to its longest free stretch, or
     * shorten the blocks it overlaps.
     *
     * @param previous the block as it was before an edit, or null for a new block
     */
    public List<ClashChoice> clashChoices(OverlapException clash, Block previous) {
        Block proposed = clash.proposed();
        List<ClashChoice> choices = new ArrayList<>();
        Trims.shortenProposed(proposed, clash.clashes()).ifPresent(shorter -> choices.add(new ClashChoice(
                "Shorten this block to " + times(shorter),
                previous == null ? DiaryChange.add(shorter) : DiaryChange.edit(previous, shorter))));
        Trims.makeRoom(proposed, clash.clashes()).ifPresent(room -> {
            List<Block> removed = new ArrayList<>(room.removed());
            if (previous != null) {
                removed.add(previous);
            }
            String label = clash.clashes().size() == 1
                    ? "Shorten \"" + clash.clashes().get(0).label() + "\" to make room"
                    : "Shorten the " + clash.clashes().size() + " other blocks to make room";
            choices.add(new ClashChoice(label, new DiaryChange(room.description(), removed, room.added())));
        });
        return choices;
    }

    /** Starts a timer now (one already running stops at the same instant). */
    public void startTimer(RunningTimer timer) {
        background.execute(() -> {
            try {
                Optional<Block> stopped = diary.startTimer(timer, RecordedVia.GUI);
                fx.execute(() -> {
                    info("Started \"" + timer.label() + "\" at " + DisplayFormats.TIME.format(timer.start().atZone(zone))
                            + stopped.map(b -> "; stopped \"" + b.label() + "\" (" + DisplayFormats.hoursMinutes(b.minutes()) + ")")
                            .orElse("") + ". Stop with Ctrl+Shift+S.");
                    reload();
                });
            } catch (OverlapException e) {
                fx.execute(() -> error("The running timer could not be stopped: " + e.getMessage()));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> error(e.getMessage()));
            }
        });
    }

    /**
     * Stops the timer now and records its block. When the block would overlap one logged meanwhile, or
     * last over 24 hours, {@code askForTimes} gets the block the timer would make (and the overlap, if
     * that was the problem) so the user can choose other times; see {@link #stopTimerAs}.
     */
    public void stopTimer(java.util.function.BiConsumer<Block, OverlapException> askForTimes) {
        RunningTimer timer = running.get();
        if (timer == null) {
            return;
        }
        Instant now = clock.instant();
        background.execute(() -> {
            try {
                Optional<Block> recorded = diary.stopTimer(now, RecordedVia.GUI);
                fx.execute(() -> {
                    info(recorded.map(b -> "Stopped \"" + b.label() + "\": " + DisplayFormats.span(b.start(), b.end(), zone)
                            + " (" + DisplayFormats.hoursMinutes(b.minutes()) + ").")
                            .orElse("Stopped \"" + timer.label() + "\" within its first minute: nothing recorded."));
                    reload();
                });
            } catch (OverlapException e) {
                fx.execute(() -> askForTimes.accept(e.proposed(), e));
            } catch (InputRefusedException e) {
                fx.execute(() -> {
                    error(e.getMessage());
                    Instant end = timer.start().plus(java.time.Duration.ofHours(1));
                    askForTimes.accept(timer.until(end), null);
                });
            } catch (DiaryStorageException e) {
                fx.execute(() -> error(e.getMessage()));
            }
        });
    }

    /** Ends the running timer as {@code block}, times chosen by the user. */
    public void stopTimerAs(Block block) {
        inBackground(() -> diary.stopTimerAs(block, RecordedVia.GUI), recorded -> {
            info("Stopped \"" + recorded.label() + "\": " + DisplayFormats.span(recorded.start(), recorded.end(), zone) + ".");
            reload();
        });
    }

    public void discardTimer() {
        inBackground(diary::discardTimer, discarded -> {
            discarded.ifPresent(t -> info("Discarded the timer for \"" + t.label() + "\": nothing recorded."));
            reload();
        });
    }

    /** Plans copying the last logged day before {@code target} onto it; {@code show} gets the plan (on fx). */
    public void planCopyPreviousDay(LocalDate target, Consumer<RepeatPlan> show) {
        inBackground(() -> diary.planCopyDay(diary.lastDayWithBlocksBefore(target).orElseThrow(() ->
                new InputRefusedException("there is no day with blocks before " + DisplayFormats.day(target) + " to copy")),
                target), show);
    }

    /** Plans copying the week before the shown one onto it. */
    public void planCopyLastWeek(Consumer<RepeatPlan> show) {
        WeekId target = week.get();
        inBackground(() -> diary.planCopyWeek(target.plusWeeks(-1), target), show);
    }

    public void planTemplate(Template template, LocalDate day, Consumer<RepeatPlan> show) {
        inBackground(() -> diary.planTemplate(template, day), show);
    }

    /** Adds the plan's blocks that do not overlap, as one action (one undo). */
    public void applyPlan(RepeatPlan plan) {
        if (plan.toAdd().isEmpty()) {
            info("Nothing added: every block would overlap one already in the diary.");
            return;
        }
        apply(plan.change(), clash -> error(clash.getMessage()));
    }

    /** Loads the saved templates for the templates dialog. */
    public void loadTemplates(Consumer<List<Template>> show) {
        inBackground(diary::templates, show);
    }

    /** Saves the blocks of {@code day} (or the selected block, when {@code day} is null) as a template. */
    public void saveTemplate(String name, LocalDate day, Runnable done) {
        Block chosen = selected.get();
        inBackground(() -> {
            List<Block> source = day == null ? (chosen == null ? List.of() : List.of(chosen)) : diary.startingOn(day);
            if (source.isEmpty()) {
                throw new InputRefusedException(day == null ? "select a block to save as a template"
                        : "there are no blocks on " + DisplayFormats.day(day) + " to save");
            }
            Template template = Template.of(name, source, zone);
            return diary.saveTemplate(template) ? "Replaced template \"" + template.name() + "\": " + template.describe() + "."
                    : "Saved template \"" + template.name() + "\": " + template.describe() + ".";
        }, message -> {
            info(message);
            done.run();
        });
    }

    public void deleteTemplate(String name, Runnable done) {
        inBackground(() -> diary.deleteTemplate(name), deleted -> {
            info("Deleted template \"" + name + "\".");
            done.run();
        });
    }

    /**
     * Marks {@code day} as leave, sickness, a bank holiday or TOIL taken, whole or half (replacing another
     * mark on it), as one undoable action. A day outside the shown week is shown, so the mark can be seen.
     */
    public void mark(DayMark mark) {
        changeMark(mark.day(), mark);
    }

    /** Takes the mark off {@code day}, as one undoable action. */
    public void unmark(LocalDate day) {
        changeMark(day, null);
    }

    private void changeMark(LocalDate day, DayMark wanted) {
        inBackground(() -> {
            DayMark before = diary.marks(day, day).stream().findFirst().orElse(null);
            boolean changed = wanted == null ? diary.unmark(day, RecordedVia.GUI) : diary.mark(wanted, RecordedVia.GUI);
            return changed ? Optional.of(new MarkAction(day, before, wanted)) : Optional.<MarkAction>empty();
        }, applied -> {
            if (applied.isEmpty()) {
                info(wanted == null ? DisplayFormats.day(day) + " has no mark to remove."
                        : DisplayFormats.day(day) + " is already marked: " + wanted.describe() + ".");
                return;
            }
            MarkAction action = applied.get();
            history.done(action);
            info(wanted == null
                    ? "Removed " + action.before().describe() + " from " + DisplayFormats.day(day) + ". Undo with Ctrl+Z."
                    : "Marked " + DisplayFormats.day(day) + ": " + wanted.describe() + ". Undo with Ctrl+Z.");
            refreshUndo();
            showWeekOf(action);
            reload();
        });
    }

    /** The mark on {@code day} (none: empty), read from the diary unless the day is in the shown week. */
    public void lookUpMark(LocalDate day, Consumer<Optional<DayMark>> show) {
        if (WeekId.of(day).equals(week.get())) {
            show.accept(markOn(day));
            return;
        }
        inBackground(() -> diary.marks(day, day).stream().findFirst(), show);
    }

    /** The block's history, oldest entry first, for the history dialog. */
    public void loadHistory(Block block, Consumer<List<HistoryEntry>> show) {
        inBackground(() -> diary.history(HistoryEntry.blockSubject(block.id())), show);
    }

    /** Diary work that returns something, done off the FX thread. */
    @FunctionalInterface
    private interface DiaryWork<T> {
        T run();
    }

    /** Runs {@code work} on the background thread and hands its result to {@code onFx}; a refusal goes to the message line. */
    private <T> void inBackground(DiaryWork<T> work, Consumer<T> onFx) {
        background.execute(() -> {
            try {
                T result = work.run();
                fx.execute(() -> onFx.accept(result));
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> error(e.getMessage()));
            }
        });
    }

    public void undo() {
        Optional<UndoableAction> next = history.nextUndo();
        if (next.isEmpty()) {
            return;
        }
        UndoableAction action = next.get();
        background.execute(() -> {
            try {
                UndoableAction redo = action.undo(diary);
                fx.execute(() -> {
                    history.undone(redo);
                    info("Undone: " + action.description() + ". Redo with Ctrl+Y.");
                    showWeekOf(action);
                    afterUndoOrRedo();
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    history.dropUndo();
                    error("Cannot undo " + action.description() + ": " + e.getMessage());
                    afterUndoOrRedo();
                });
            }
        });
    }

    public void redo() {
        Optional<UndoableAction> next = history.nextRedo();
        if (next.isEmpty()) {
            return;
        }
        UndoableAction action = next.get();
        background.execute(() -> {
            try {
                UndoableAction undo = action.redo(diary);
                fx.execute(() -> {
                    history.redone(undo);
                    info("Redone: " + action.description() + ".");
                    showWeekOf(action);
                    afterUndoOrRedo();
                });
            } catch (InputRefusedException | DiaryStorageException e) {
                fx.execute(() -> {
                    history.dropRedo();
                    error("Cannot redo " + action.description() + ": " + e.getMessage());
                    afterUndoOrRedo();
                });
            }
        });
    }

    /** A day's mark undone or redone in another week: that week is shown, so the change can be seen. */
    private void showWeekOf(UndoableAction action) {
        if (action instanceof MarkAction mark && !WeekId.of(mark.day()).equals(week.get())) {
            week.set(WeekId.of(mark.day()));
            selected.set(null);
        }
    }

    private void afterUndoOrRedo() {
        selected.set(null);
        refreshUndo();
        reload();
    }

    private void refreshUndo() {
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoText.set(history.nextUndo().map(c -> "Undo " + c.description()).orElse("Undo"));
        redoText.set(history.nextRedo().map(c -> "Redo " + c.description()).orElse("Redo"));
    }

    private void select(DiaryChange applied) {
        List<Block> added = applied.added();
        selected.set(added.isEmpty() ? null : added.get(added.size() - 1));
    }

    public void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    public void error(String text) {
        messageIsError.set(true);
        message.set(capitalised(text));
    }

    private String times(Block block) {
        return DisplayFormats.TIME.format(block.start().atZone(zone)) + "–" + DisplayFormats.TIME.format(block.end().atZone(zone));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
