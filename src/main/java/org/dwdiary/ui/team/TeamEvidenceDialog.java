package org.dwdiary.ui.team;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dwdiary.ui.AppIcons;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Reports ▸ Team evidence: a representative adds the member files their members sent, sees each file's
 * member number, weeks and status (refused files with their reason, left out), the headline figures as
 * they will print, and saves the team report as a PDF. A window of its own beside the diary, so files
 * can be added over time; all logic is in {@link TeamEvidenceViewModel}.
 */
public final class TeamEvidenceDialog extends Stage {
    public static final String DEFAULT_STYLE_CLASS = "team-evidence";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final TeamEvidenceViewModel model;
    private final TableView<TeamEvidenceViewModel.FileRow> files = new TableView<>();

    public TeamEvidenceDialog(TeamEvidenceViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        AppIcons.apply(this); // a Stage, unlike a Dialog, does not take its owner's icon
        setTitle("Team evidence");

        Label intro = new Label("Add the member files your members made with Reports ▸ Export member file. Each file is "
                + "checked: one that was edited or damaged, or that repeats weeks of a member already added, is left out. "
                + "Members are numbered, never named.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Button add = new Button("Add files…");
        add.setId("team-add");
        add.setOnAction(event -> chooseFiles());
        Button remove = new Button("Remove");
        remove.setId("team-remove");
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(files.getSelectionModel().getSelectedItem()));
        Label summary = new Label();
        summary.setId("team-summary");
        summary.textProperty().bind(model.summaryProperty());
        HBox fileBar = new HBox(8, add, remove, summary);
        fileBar.setAlignment(Pos.CENTER_LEFT);

        files.setId("team-files");
        files.setItems(model.rows());
        files.setPlaceholder(new Label("No member files yet: Add files…"));
        files.getColumns().add(column("File", 170, TeamEvidenceViewModel.FileRow::name));
        files.getColumns().add(column("Member", 90, TeamEvidenceViewModel.FileRow::member));
        files.getColumns().add(column("Weeks", 250, TeamEvidenceViewModel.FileRow::weeks));
        TableColumn<TeamEvidenceViewModel.FileRow, String> status = column("Status", 420, TeamEvidenceViewModel.FileRow::status);
        files.getColumns().add(status);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TeamEvidenceViewModel.FileRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(REFUSED, !empty && row != null && row.refused());
                setTooltip(empty || row == null ? null : new Tooltip(row.name() + ": " + row.status()));
            }
        });
        files.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                model.remove(files.getSelectionModel().getSelectedItem());
            }
        });
        files.setPrefHeight(240);
        files.setMinHeight(150);
        VBox.setVgrow(files, Priority.ALWAYS);

        Label factsTitle = new Label("Headline figures, as the report prints them");
        factsTitle.getStyleClass().add("strong");
        GridPane facts = new GridPane();
        facts.setId("team-facts");
        facts.getStyleClass().add("team-facts");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        model.facts().addListener((javafx.collections.ListChangeListener<TeamEvidenceViewModel.Fact>) change -> fill(facts));
        fill(facts);

        ProgressBar progress = new ProgressBar();
        progress.setId("team-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(220);
        Label step = new Label();
        step.setId("team-progress-text");
        step.textProperty().bind(model.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("team-cancel");
        cancel.setOnAction(event -> model.cancel());
        HBox busy = new HBox(8, progress, step, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.savingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label message = new Label();
        message.setId("team-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button save = new Button("Save team report…");
        save.setId("team-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> chooseAndSave());
        Button close = new Button("Close");
        close.setId("team-close");
        close.setCancelButton(true);
        close.setOnAction(event -> hide());
        HBox buttons = new HBox(8, message, busy, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, intro, fileBar, files, factsTitle, facts, buttons);
        root.getStyleClass().add(DEFAULT_STYLE_CLASS);
        root.setPrefWidth(1000);
        root.setPrefHeight(720);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
        // Closing while a report is being written stops it: nothing half-written is left.
        setOnHiding(event -> model.cancel());
    }

    public TeamEvidenceViewModel model() {
        return model;
    }

    private static TableColumn<TeamEvidenceViewModel.FileRow, String> column(String title, double width,
            java.util.function.Function<TeamEvidenceViewModel.FileRow, String> value) {
        TableColumn<TeamEvidenceViewModel.FileRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        column.setSortable(false);
        return column;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        if (model.facts().isEmpty()) {
            Label none = new Label("The figures appear once a member file is included.");
            none.getStyleClass().add("muted");
            grid.add(none, 0, 0, 2, 1);
            return;
        }
        int row = 0;
        for (TeamEvidenceViewModel.Fact fact : model.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("muted");
            Label value = new Label(fact.value());
            value.getStyleClass().add("strong");
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.setId("team-fact-" + row);
            GridPane.setValignment(label, VPos.TOP);
            grid.addRow(row++, label, value);
        }
    }

    /** Add files…: any number of member files (.json). */
    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add member files");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Member files (.json)", "*.json", "*.JSON"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(this);
        if (chosen != null) {
            model.add(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the team report");
        chooser.setInitialFileName(model.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(this);
        if (file != null) {
            model.save(file.toPath());
        }
    }

    /** Adds files as Add files… does once they are chosen (also for tests, where no file chooser can open). */
    public void addFiles(List<Path> paths) {
        model.add(paths);
    }

    /** Saves as Save team report… does once a file is chosen. */
    public void saveTo(Path file) {
        model.save(file);
    }
}
