package org.dwdiary.ui.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dwdiary.ui.AppIcons;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;

/** File ▸ Restore from backup: the copies of the diary, newest first, with Back up now, Restore and Choose file…. */
public final class BackupDialog extends Stage {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final BackupViewModel model;
    private final TableView<BackupViewModel.Row> table = new TableView<>();
    /** Asks the user to confirm a restore; tests answer in its place (no alert can be clicked headless). */
    private Predicate<String> confirm = this::askToConfirm;

    public BackupDialog(BackupViewModel model, Path backupsFolder, Window owner) {
        this.model = model;
        initOwner(owner);
        AppIcons.apply(this); // a Stage, unlike a Dialog, does not take its owner's icon
        setTitle("Backups of your diary");

        Label heading = new Label("Copies of your diary, kept in " + backupsFolder);
        heading.getStyleClass().add("strong");
        heading.setWrapText(true);
        Label rule = new Label("While the window is open, a copy is made 20 seconds after it opens and every 4 hours after "
                + "that (skipped when the newest copy is under an hour old and the diary has not changed since). The newest "
                + "copy of each of the last 7 days, 4 weeks and 12 months is kept.");
        rule.getStyleClass().add("muted");
        rule.setWrapText(true);
        rule.setPrefWidth(560);
        // A wrapped label in a window sized to its content is otherwise cut to one line with "…".
        rule.setMinHeight(Region.USE_PREF_SIZE);

        table.setId("backup-list");
        table.setItems(model.rows());
        table.getColumns().add(column("Made", 200, BackupViewModel.Row::date));
        table.getColumns().add(column("Size", 90, BackupViewModel.Row::size));
        table.getColumns().add(column("", 180, BackupViewModel.Row::kind));
        table.setPlaceholder(new Label("No backups yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(280);

        Label message = new Label();
        message.setId("backup-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);

        Button backUp = new Button("Back up now");
        backUp.setId("backup-now");
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(event -> model.backUpNow());
        Button restore = new Button("Restore");
        restore.setId("backup-restore");
        restore.disableProperty().bind(model.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(event -> restore(table.getSelectionModel().getSelectedItem().file()));
        Button choose = new Button("Choose file…");
        choose.setId("backup-choose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(event -> chooseAndRestore(backupsFolder));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> hide());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, backUp, spacer, restore, choose, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, heading, rule, table, message, buttons);
        root.getStyleClass().add("member-export");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
    }

    private static TableColumn<BackupViewModel.Row, String> column(String title, double width,
                                                                  Function<BackupViewModel.Row, String> text) {
        TableColumn<BackupViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public BackupViewModel model() {
        return model;
    }

    public TableView<BackupViewModel.Row> table() {
        return table;
    }

    /** Answers the confirmation in the user's place (for tests, where no alert can be clicked). */
    public void answerConfirmationWith(Predicate<String> answer) {
        confirm = answer;
    }

    private void chooseAndRestore(Path backupsFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore the diary from a file");
        if (backupsFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(backupsFolder.toFile());
        }
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Diary copies (.db)", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(this);
        if (file != null) {
            restore(file.toPath());
        }
    }

    /** Restores as Restore or Choose file… does once the file is known (also for tests, where no chooser opens). */
    public void restore(Path file) {
        model.restore(file, confirm);
    }

    private boolean askToConfirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(this);
        alert.setTitle("Restore the diary");
        alert.setHeaderText("Restore from a backup?");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
