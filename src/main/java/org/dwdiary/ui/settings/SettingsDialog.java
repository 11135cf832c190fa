package org.dwdiary.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Edit ▸ Settings: the time zone and the keyword rules. */
public final class SettingsDialog extends Dialog<ButtonType> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public SettingsDialog(SettingsViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Settings");
        getDialogPane().getStyleClass().add("settings-dialog");

        TextField zone = new TextField();
        zone.setId("settings-zone");
        zone.textProperty().bindBidirectional(model.zoneProperty());
        Label zoneHelp = new Label("Days and weeks are counted in this zone, e.g. Europe/London.");
        zoneHelp.getStyleClass().add("muted");

        TextArea keywords = new TextArea();
        keywords.setId("settings-keywords");
        keywords.setPrefRowCount(5);
        keywords.setWrapText(true);
        keywords.textProperty().bindBidirectional(model.keywordsProperty());
        Label keywordsHelp = new Label("An activity you have not logged before gets its kind from these words "
                + "(\"visit\" matches \"Home visits\"). When words of two kinds match, or none, you are asked for @kind.");
        keywordsHelp.setWrapText(true);
        keywordsHelp.getStyleClass().add("muted");
        Button defaults = new Button("Restore the standard words");
        defaults.setOnAction(event -> model.restoreDefaultKeywords());

        Label problem = new Label();
        problem.setId("settings-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, new ColumnConstraints());
        form.addRow(0, new Label("Time zone"), zone);
        form.add(zoneHelp, 1, 1);
        form.addRow(2, new Label("Kind keywords"), keywords);
        form.add(keywordsHelp, 1, 3);
        form.add(defaults, 1, 4);
        form.add(problem, 1, 5);
        getDialogPane().setContent(form);
        getDialogPane().setPrefWidth(660);
        getDialogPane().setMinWidth(660);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).disableProperty().bind(model.validProperty().not());
        getDialogPane().lookupButton(SAVE).setId("settings-save");
    }
}
