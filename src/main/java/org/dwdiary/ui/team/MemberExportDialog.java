package org.dwdiary.ui.team;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.dwdiary.ui.AppIcons;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

/**
 * Reports ▸ Export member file: a member chooses the weeks and saves the file for their representative.
 * It says plainly what the file holds and what it leaves out.
 */
public final class MemberExportDialog extends Stage {
    public static final String DEFAULT_STYLE_CLASS = "member-export";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MemberExportViewModel model;

    public MemberExportDialog(MemberExportViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        AppIcons.apply(this); // a Stage, unlike a Dialog, does not take its owner's icon
        setTitle("Export member file");

        Label heading = new Label("A file of your weekly figures for your union representative");
        heading.getStyleClass().add("strong");
        Label holds = new Label("It holds, for each week: the hours of each kind of work, hours worked and contracted, "
                + "overtime, time outside hours, possible working-time breaches by rule and the direct-work share; and the "
                + "period's unpaid overtime. It does not hold your name, activities, notes or the times of your blocks. "
                + "A random id, the same in every file from this diary, lets your representative take two files of yours "
                + "together; a checksum shows if the file was changed.");
        holds.setWrapText(true);
        holds.getStyleClass().add("muted");
        holds.setPrefWidth(560);
        holds.setMinHeight(Region.USE_PREF_SIZE);

        DatePicker from = datePicker("member-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("member-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label("From"), from);
        form.addRow(1, new Label("To"), to);
        Label summary = new Label();
        summary.setId("member-summary");
        summary.textProperty().bind(model.summaryProperty());
        form.add(summary, 1, 2);
        Label problem = new Label();
        problem.setId("member-problem");
        problem.getStyleClass().add("message");
        problem.pseudoClassStateChanged(ERROR, true);
        problem.textProperty().bind(model.problemProperty());
        form.add(problem, 1, 3);

        Label message = new Label();
        message.setId("member-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button save = new Button("Save as…");
        save.setId("member-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> chooseAndSave());
        Button close = new Button("Close");
        close.setId("member-close");
        close.setCancelButton(true);
        close.setOnAction(event -> hide());
        HBox buttons = new HBox(8, message, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, heading, holds, form, buttons);
        root.getStyleClass().add(DEFAULT_STYLE_CLASS);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
    }

    public MemberExportViewModel model() {
        return model;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        picker.setPromptText("dd/mm/yyyy");
        picker.setEditable(true);
        return picker;
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save your member file");
        chooser.setInitialFileName(model.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Member files (.json)", "*.json"));
        File file = chooser.showSaveDialog(this);
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Saves as Save as… does once a file is chosen (also for tests, where no file chooser can open). */
    public void saveTo(Path file) {
        model.save(file);
    }
}
