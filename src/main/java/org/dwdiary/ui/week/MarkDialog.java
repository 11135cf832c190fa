package org.dwdiary.ui.week;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.dwdiary.domain.DayMark;

import java.time.format.DateTimeFormatter;

/** Edit ▸ Mark day: a date, annual leave / sickness / bank holiday / TOIL taken or no mark, whole or half day. */
final class MarkDialog extends Dialog<MarkDialogViewModel.Choice> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    MarkDialog(MarkDialogViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Mark a day");
        setHeaderText(null);
        getDialogPane().getStyleClass().add("mark-dialog");

        DatePicker date = new DatePicker();
        date.setId("mark-date");
        date.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        date.valueProperty().bindBidirectional(model.dateProperty());
        Label current = new Label();
        current.setId("mark-current");
        current.getStyleClass().add("muted");
        current.textProperty().bind(model.currentTextProperty());

        ToggleGroup kinds = new ToggleGroup();
        VBox kindChoices = new VBox(6);
        for (DayMark.Kind kind : DayMark.Kind.values()) {
            kindChoices.getChildren().add(choice(kind.displayName(), "mark-kind-" + kind.code(), kind, kinds));
        }
        kindChoices.getChildren().add(choice("No mark (take the day's mark off)", "mark-kind-none", null, kinds));
        select(kinds, model.kindProperty().get());
        kinds.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                kinds.selectToggle(was);
            } else {
                model.kindProperty().set((DayMark.Kind) now.getUserData());
            }
        });
        model.kindProperty().addListener((o, was, now) -> select(kinds, now));

        ToggleGroup lengths = new ToggleGroup();
        RadioButton whole = choice("Whole day", "mark-whole", Boolean.FALSE, lengths);
        RadioButton half = choice("Half day", "mark-half", Boolean.TRUE, lengths);
        select(lengths, model.halfProperty().get());
        lengths.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                lengths.selectToggle(was);
            } else {
                model.halfProperty().set((Boolean) now.getUserData());
            }
        });
        model.halfProperty().addListener((o, was, now) -> select(lengths, now));
        HBox length = new HBox(16, whole, half);
        length.disableProperty().bind(model.kindProperty().isNull());

        Label explain = new Label("A marked day takes its share of your weekly hours off the contracted hours "
                + "(half of it for a half day). Every change is kept in the diary's history.");
        explain.setWrapText(true);
        explain.setPrefWidth(360);
        explain.setMaxWidth(360);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().addAll("muted", "mark-explain");
        Label problem = new Label();
        problem.setId("mark-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, new ColumnConstraints());
        form.addRow(0, new Label("Date"), date);
        form.add(current, 1, 1);
        Label kindLabel = new Label("Mark");
        form.addRow(2, kindLabel, kindChoices);
        GridPane.setValignment(kindLabel, javafx.geometry.VPos.TOP);
        form.addRow(3, new Label("Length"), length);
        form.add(explain, 0, 4, 2, 1);
        form.add(problem, 0, 5, 2, 1);
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(420);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).disableProperty().bind(model.validProperty().not());
        getDialogPane().lookupButton(SAVE).setId("mark-save");
        setResultConverter(button -> button == SAVE ? model.result() : null);
        Platform.runLater(() -> ((RadioButton) kinds.getSelectedToggle()).requestFocus());
    }

    private static RadioButton choice(String text, String id, Object value, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(group);
        return button;
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (java.util.Objects.equals(toggle.getUserData(), value)) {
                group.selectToggle(toggle);
            }
        }
    }
}
