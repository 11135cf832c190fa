package org.dwdiary.ui.week;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.OverlapException;
import org.dwdiary.domain.RepeatPlan;
import org.dwdiary.domain.Trims;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.ui.history.BlockHistoryDialog;
import org.dwdiary.ui.history.BlockHistoryViewModel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The main screen: the week grid, its toolbar, the totals panel and the week's notes, the legend and the message line. */
public final class WeekView extends BorderPane {
    static final String DEFAULT_STYLE_CLASS = "week-view";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final WeekViewModel model;
    private final QuickAddViewModel quickAdd;
    private final WeekGrid grid;
    private final TextField quickField = new TextField();
    private final HBox status = new HBox();

    public WeekView(WeekViewModel model) {
        this.model = model;
        getStyleClass().add(DEFAULT_STYLE_CLASS);

        Button previous = toolButton("◀", "Previous week (Alt+Left, Page Up)", "previous-week");
        previous.setOnAction(event -> model.previousWeek());
        Button today = toolButton("This week", "Back to this week (Alt+Home)", "this-week");
        today.setOnAction(event -> model.thisWeek());
        Button next = toolButton("▶", "Next week (Alt+Right, Page Down)", "next-week");
        next.setOnAction(event -> model.nextWeek());
        Label weekTitle = new Label();
        weekTitle.setId("week-title");
        weekTitle.getStyleClass().add("week-title");
        model.weekProperty().addListener((o, was, now) -> weekTitle.setText(model.weekTitle()));
        weekTitle.setText(model.weekTitle());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = toolButton("+ Add block", "Add a block (Ctrl+N). Or drag on the grid, or double-click it.", "add-block");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> addBlock());
        Button undo = toolButton("Undo", "Undo (Ctrl+Z)", "undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(event -> model.undo());
        model.undoTextProperty().addListener((o, was, now) -> undo.getTooltip().setText(now + " (Ctrl+Z)"));
        Button redo = toolButton("Redo", "Redo (Ctrl+Y)", "redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(event -> model.redo());
        model.redoTextProperty().addListener((o, was, now) -> redo.getTooltip().setText(now + " (Ctrl+Y)"));
        Label timerText = new Label();
        timerText.setId("timer-text");
        timerText.getStyleClass().add("timer-text");
        timerText.textProperty().bind(Bindings.concat("● ", model.runningTextProperty()));
        Button stop = toolButton("■ Stop", "Stop the timer and record its block (Ctrl+Shift+S)", "stop-timer");
        stop.setOnAction(event -> stopTimer());
        Button discard = toolButton("✕", "Discard the timer without recording anything", "discard-timer");
        discard.setOnAction(event -> model.discardTimer());
        HBox timerBox = new HBox(timerText, stop, discard);
        timerBox.getStyleClass().add("timer-box");
        timerBox.visibleProperty().bind(model.runningProperty().isNotNull());
        timerBox.managedProperty().bind(timerBox.visibleProperty());
        ToolBar toolbar = new ToolBar(previous, today, next, weekTitle, spacer, timerBox, add, undo, redo);
        toolbar.getStyleClass().add("week-toolbar");

        quickAdd = new QuickAddViewModel(model);
        quickField.setId("quick-add");
        quickField.setPromptText("Quick add (Ctrl+L): 9-10:30 Home visit · yesterday 14:00+1h Court statement @rec · "
                + "now Case notes (timer)");
        quickField.textProperty().bindBidirectional(quickAdd.textProperty());
        HBox.setHgrow(quickField, Priority.ALWAYS);
        quickField.setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case ENTER -> {
                    if (event.isShortcutDown()) {
                        quickAdd.startTimer();
                    } else {
                        quickAdd.submit(clash -> offerWaysOut(clash, null, () -> showDialog(clash.proposed()), quickAdd::clear));
                    }
                    event.consume();
                }
                case UP -> {
                    quickAdd.recallPrevious();
                    quickField.end();
                    event.consume();
                }
                case DOWN -> {
                    quickAdd.recallNext();
                    quickField.end();
                    event.consume();
                }
                case ESCAPE -> {
                    quickField.clear();
                    requestFocus();
                    event.consume();
                }
                default -> { }
            }
        });
        // With nothing typed, Ctrl+Z and Ctrl+Y undo and redo diary actions rather than (no) typing.
        quickField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && quickField.getText().isEmpty()) {
                if (event.getCode() == KeyCode.Z) {
                    model.undo();
                    event.consume();
                } else if (event.getCode() == KeyCode.Y) {
                    model.redo();
                    event.consume();
                }
            }
        });
        TextFields.bindAutoCompletion(quickField, request -> quickAdd.suggestions(request.getUserText()));
        Label preview = new Label();
        preview.setId("quick-add-preview");
        preview.getStyleClass().add("quick-add-preview");
        preview.textProperty().bind(quickAdd.previewProperty());
        quickAdd.previewIsErrorProperty().addListener((o, was, now) -> preview.pseudoClassStateChanged(ERROR, now));
        Button start = toolButton("▶ Start", "Start a timer now for the activity typed (Ctrl+Enter)", "start-timer");
        start.setOnAction(event -> quickAdd.startTimer());
        HBox quickRow = new HBox(8, quickField, start);
        quickRow.getStyleClass().add("quick-add-row");
        VBox top = new VBox(toolbar, quickRow, preview);
        top.getStyleClass().add("week-top");

        grid = new WeekGrid(model, this::addBlock, this::editBlock, this::showHistory);
        TotalsPanel totals = new TotalsPanel(model);

        HBox legend = new HBox(16);
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (WorkKind kind : WorkKind.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "kind-" + kind.code());
            Label name = new Label(kind.displayName(), swatch);
            name.setTooltip(new Tooltip(kind.description()));
            legend.getChildren().add(name);
        }
        Region legendSpacer = new Region();
        HBox.setHgrow(legendSpacer, Priority.ALWAYS);
        status.setAlignment(Pos.CENTER_RIGHT);
        legend.getChildren().addAll(legendSpacer, status);
        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        VBox bottom = new VBox(4, legend, message);
        bottom.getStyleClass().add("week-footer");

        model.info("Drag on the grid, double-click it or press Ctrl+N to add a block. "
                + "Double-click a block to change it; Delete removes it.");
        setTop(top);
        // The running timer's minutes go on in the toolbar, the grid and the window title.
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(15), event -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        setCenter(grid);
        // The figures scroll when the window is too short for all of them; the grid keeps its height.
        ScrollPane totalsScroller = new ScrollPane(totals);
        totalsScroller.setFitToWidth(true);
        totalsScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        totalsScroller.getStyleClass().add("totals-scroller");
        // The week's notes stay in sight under the figures; the figures scroll above them when space is short.
        WeekNotePanel notes = new WeekNotePanel(model, grid::requestFocus);
        VBox.setVgrow(totalsScroller, Priority.ALWAYS);
        VBox side = new VBox(totalsScroller, notes);
        side.getStyleClass().add("week-side");
        setRight(side);
        setBottom(bottom);
    }

    public WeekViewModel model() {
        return model;
    }

    /** Puts {@code status} (the record's integrity) at the right of the legend, under the totals. */
    public void setStatus(javafx.scene.Node status) {
        this.status.getChildren().setAll(status);
    }

    /** Edit ▸ Mark day: a day (this week's today, else the selection's day, else Monday) as leave, sickness… */
    public void markDay() {
        MarkDialogViewModel dialogModel = new MarkDialogViewModel(defaultDay(), model::lookUpMark);
        new MarkDialog(dialogModel, getScene().getWindow()).showAndWait().ifPresent(choice -> {
            if (choice.mark() == null) {
                model.unmark(choice.day());
            } else {
                model.mark(choice.mark());
            }
        });
    }

    /** Edit ▸ History of block: the selected block's history. */
    public void historyOfSelected() {
        Block selected = model.selectedProperty().get();
        if (selected == null) {
            model.info("Select a block first (click it, or Tab to it), then Edit ▸ History of block (Ctrl+H).");
        } else {
            showHistory(selected);
        }
    }

    private void showHistory(Block block) {
        showHistory(block, getScene().getWindow());
    }

    private void showHistory(Block block, javafx.stage.Window owner) {
        model.loadHistory(block, entries -> new BlockHistoryDialog(new BlockHistoryViewModel(block, entries, model.zone()),
                owner).showAndWait());
    }

    /** A new block: after the selected one, else the hour up to now on today, else Monday 09:00. */
    public void addBlock() {
        Block selected = model.selectedProperty().get();
        LocalDateTime from;
        if (selected != null) {
            from = selected.end().atZone(model.zone()).toLocalDateTime();
        } else if (model.showsThisWeek()) {
            LocalDateTime now = model.now().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
            from = now.minusMinutes(now.getMinute() % 15).minusHours(1);
        } else {
            from = model.weekProperty().get().monday().atTime(9, 0);
        }
        addBlock(from.toLocalDate(), from.toLocalTime(), from.toLocalTime().plusHours(1));
    }

    private void addBlock(LocalDate day, LocalTime from, LocalTime to) {
        showDialog(BlockDialogViewModel.forNew(model.zone(), model.activitiesProperty().get(), day, from, to));
    }

    public void editSelected() {
        Block selected = model.selectedProperty().get();
        if (selected != null) {
            editBlock(selected);
        }
    }

    private void editBlock(Block block) {
        showDialog(BlockDialogViewModel.forEdit(model.zone(), model.activitiesProperty().get(), block));
    }

    /** The keyboard on the week grid (where Delete, Page Up, Ctrl+Z act on the diary). */
    public void focusGrid() {
        javafx.application.Platform.runLater(grid::requestFocus);
    }

    /** Ctrl+L: the cursor into the quick-add line. */
    public void focusQuickAdd() {
        quickField.requestFocus();
        quickField.selectAll();
    }

    /** Ctrl+Shift+S or ■ Stop. */
    public void stopTimer() {
        model.stopTimer((block, clash) -> {
            if (clash == null) {
                showTimerDialog(block);
                return;
            }
            List<ClashChoice> choices = Trims.shortenProposed(block, clash.clashes())
                    .map(shorter -> List.of(new ClashChoice("Record it as " + DisplayFormats.TIME.format(shorter.start().atZone(model.zone()))
                            + "–" + DisplayFormats.TIME.format(shorter.end().atZone(model.zone())), DiaryChange.add(shorter))))
                    .orElse(List.of());
            Optional<ClashChoice> answer = new ClashDialog(clash.getMessage(), choices, getScene().getWindow()).showAndWait();
            if (answer.isPresent() && answer.get() == ClashDialog.CHANGE_TIMES) {
                showTimerDialog(block);
            } else {
                answer.ifPresent(choice -> model.stopTimerAs(choice.change().added().get(0)));
            }
        });
    }

    /** The timer's block in the block dialog: the user sets the times, saving records it and ends the timer. */
    private void showTimerDialog(Block block) {
        BlockDialogViewModel dialogModel = BlockDialogViewModel.forNewBlock(model.zone(), model.activitiesProperty().get(), block);
        new BlockDialog(dialogModel, getScene().getWindow()).showAndWait().ifPresent(model::stopTimerAs);
    }

    private void showDialog(BlockDialogViewModel dialogModel) {
        Block shown = dialogModel.original();
        BlockDialog dialog = new BlockDialog(dialogModel, getScene().getWindow());
        if (shown != null) {
            dialog.offerHistory(() -> showHistory(shown, dialog.getDialogPane().getScene().getWindow()));
        }
        Optional<Block> saved = dialog.showAndWait();
        saved.ifPresent(block -> {
            Block original = dialogModel.original();
            DiaryChange change = original == null ? DiaryChange.add(block) : DiaryChange.edit(original, block);
            model.apply(change, clash -> offerWaysOut(clash, original, () -> showDialog(dialogModel), () -> { }));
        });
    }

    /** A block from the quick-add line, opened in the dialog to change its times. */
    private void showDialog(Block proposed) {
        showDialog(BlockDialogViewModel.forNewBlock(model.zone(), model.activitiesProperty().get(), proposed));
    }

    /**
     * The block overlaps another: say which, and offer to trim either, to change the times, or to cancel.
     *
     * @param previous    the block before an edit, or null for a new one
     * @param changeTimes opens the block dialog again
     * @param onApplied   runs once a way out is in the diary
     */
    private void offerWaysOut(OverlapException clash, Block previous, Runnable changeTimes, Runnable onApplied) {
        List<ClashChoice> choices = model.clashChoices(clash, previous);
        Optional<ClashChoice> answer = new ClashDialog(clash.getMessage(), choices, getScene().getWindow()).showAndWait();
        if (answer.isEmpty()) {
            model.info("Nothing was changed.");
        } else if (answer.get() == ClashDialog.CHANGE_TIMES) {
            changeTimes.run();
        } else {
            model.apply(answer.get().change(), again -> model.error(again.getMessage()), onApplied);
        }
    }

    /** The day a repeat goes onto unless the user picks another: today in this week, else the selection's day. */
    private LocalDate defaultDay() {
        Block selected = model.selectedProperty().get();
        if (model.showsThisWeek()) {
            return model.today();
        }
        return selected != null ? selected.start().atZone(model.zone()).toLocalDate() : model.weekProperty().get().monday();
    }

    /** Edit ▸ Copy previous day: the last logged day before the chosen day, onto it, after a preview. */
    public void copyPreviousDay() {
        LocalDate day = defaultDay();
        model.planCopyPreviousDay(day, plan -> confirm("Copy the previous day", plan, day,
                (other, show) -> model.planCopyPreviousDay(other, show)));
    }

    /** Edit ▸ Copy last week's pattern onto the week on screen, after a preview. */
    public void copyLastWeek() {
        model.planCopyLastWeek(plan -> confirm("Copy last week's pattern onto week " + model.weekProperty().get().week(),
                plan, null, null));
    }

    /** Edit ▸ Templates: apply (with a preview), delete, save. */
    public void showTemplates() {
        new TemplatesDialog(model, defaultDay(), model.selectedProperty().get() != null,
                (template, day) -> model.planTemplate(template, day, plan -> confirm("Apply \"" + template.name() + "\"",
                        plan, day, (other, show) -> model.planTemplate(template, other, show))),
                getScene().getWindow()).showAndWait();
    }

    private void confirm(String title, RepeatPlan plan, LocalDate day,
                         java.util.function.BiConsumer<LocalDate, java.util.function.Consumer<RepeatPlan>> replan) {
        new RepeatDialog(title, plan, model.zone(), day, replan, getScene().getWindow()).showAndWait()
                .ifPresent(model::applyPlan);
    }

    private static Button toolButton(String text, String tip, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }
}
