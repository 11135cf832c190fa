package org.dwdiary.ui.week;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/** Add or edit one block: date, start, end, kind, activity (with suggestions) and an optional note. */
final class BlockDialog extends Dialog<Block> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType HISTORY = new ButtonType("History…", ButtonBar.ButtonData.LEFT);
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    BlockDialog(BlockDialogViewModel model, Window owner) {
        initOwner(owner);
        setTitle(model.title());
        setHeaderText(null);
        getDialogPane().getStyleClass().add("block-dialog");

        DatePicker date = new DatePicker();
        date.setId("block-date");
        date.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        date.valueProperty().bindBidirectional(model.dateProperty());

        TextField start = new TextField();
        start.setId("block-start");
        start.setPrefColumnCount(5);
        start.setPromptText("09:00");
        start.textProperty().bindBidirectional(model.startProperty());
        TextField end = new TextField();
        end.setId("block-end");
        end.setPrefColumnCount(5);
        end.setPromptText("10:30");
        end.textProperty().bindBidirectional(model.endProperty());
        Label length = new Label();
        length.setId("block-length");
        length.getStyleClass().add("muted");
        length.textProperty().bind(model.lengthTextProperty());
        HBox times = new HBox(8, start, new Label("to"), end, length);
        times.getStyleClass().add("aligned-row");

        ToggleGroup kinds = new ToggleGroup();
        Map<WorkKind, ToggleButton> kindButtons = new EnumMap<>(WorkKind.class);
        HBox kindRow = new HBox(6);
        for (WorkKind kind : WorkKind.values()) {
            ToggleButton button = new ToggleButton(kind.displayName());
            button.setTooltip(new Tooltip(kind.description() + " (Alt+" + kind.displayName().charAt(0) + ")"));
            button.setId("kind-" + kind.code());
            button.getStyleClass().addAll("kind-choice", "kind-" + kind.code());
            button.setToggleGroup(kinds);
            button.setUserData(kind);
            kindButtons.put(kind, button);
            kindRow.getChildren().add(button);
        }
        selectKind(kindButtons, model.kindProperty().get());
        // Watch the selection, not the buttons' actions: a mnemonic (Alt+D) selects without an action event.
        kinds.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                kinds.selectToggle(was); // once chosen, a block always has a kind
            } else if (now.getUserData() != model.kindProperty().get()) {
                model.chooseKind((WorkKind) now.getUserData());
            }
        });
        model.kindProperty().addListener((o, was, now) -> selectKind(kindButtons, now));
        // Alt+D, Alt+R, Alt+T, Alt+M choose the kind from anywhere in the dialog. (Not mnemonics: on a
        // toggle button a mnemonic only moves the focus.)
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && !event.isShortcutDown()) {
                for (WorkKind kind : WorkKind.values()) {
                    if (event.getCode().getChar().equalsIgnoreCase(kind.displayName().substring(0, 1))) {
                        kindButtons.get(kind).setSelected(true);
                        event.consume();
                    }
                }
            }
        });

        TextField activity = new TextField();
        activity.setId("block-activity");
        activity.setPromptText("e.g. Home visit, Case notes, Team meeting");
        activity.textProperty().bindBidirectional(model.activityProperty());
        TextFields.bindAutoCompletion(activity, model.suggestions());

        TextArea note = new TextArea();
        note.setId("block-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("Optional");
        note.textProperty().bindBidirectional(model.noteProperty());
        Label privacy = new Label("Your record of your time: no names, addresses or case numbers.");
        privacy.getStyleClass().addAll("muted", "privacy-reminder");

        Label problem = new Label();
        problem.setId("block-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // the field names never shrink to "…"
        form.getColumnConstraints().addAll(labels, new ColumnConstraints());
        form.addRow(0, new Label("Date"), date);
        form.addRow(1, new Label("Time"), times);
        form.addRow(2, new Label("Kind"), kindRow);
        form.addRow(3, new Label("Activity"), activity);
        form.addRow(4, new Label("Note"), note);
        form.add(privacy, 1, 5);
        form.add(problem, 1, 6);
        GridPane.setHgrow(activity, Priority.ALWAYS);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).disableProperty().bind(model.validProperty().not());
        getDialogPane().lookupButton(SAVE).setId("block-save");
        setResultConverter(button -> button == SAVE ? model.result() : null);
        Platform.runLater(model.activityProperty().get().isEmpty() ? activity::requestFocus : start::requestFocus);
    }

    /** A "History…" button (Alt+H) that shows the block's history over the dialog and leaves the dialog open. */
    void offerHistory(Runnable showHistory) {
        getDialogPane().getButtonTypes().add(0, HISTORY);
        javafx.scene.control.Button button = (javafx.scene.control.Button) getDialogPane().lookupButton(HISTORY);
        button.setId("block-history");
        button.setTooltip(new Tooltip("Every change to this block, and when it was first recorded (Alt+H)"));
        button.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume(); // not a way out of the dialog
            showHistory.run();
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == javafx.scene.input.KeyCode.H) {
                showHistory.run();
                event.consume();
            }
        });
    }

    private static void selectKind(Map<WorkKind, ToggleButton> buttons, WorkKind kind) {
        if (kind != null) {
            buttons.get(kind).setSelected(true);
        }
    }
}
