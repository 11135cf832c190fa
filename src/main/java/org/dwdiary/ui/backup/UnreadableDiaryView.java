package org.dwdiary.ui.backup;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Predicate;

/**
 * The window's content when the diary file cannot be opened: a heading naming the problem, the message,
 * what was found among the backups, and the ways out (restore the newest good backup, choose another,
 * start a new empty diary when there is no good backup, quit).
 */
public final class UnreadableDiaryView extends VBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final UnreadableDiaryViewModel model;
    /** Asks before a new, empty diary is started; tests answer in its place (no alert can be clicked headless). */
    private Predicate<String> confirm = this::askToConfirm;

    public UnreadableDiaryView(UnreadableDiaryViewModel model) {
        this.model = model;
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);

        Label heading = new Label(model.heading());
        heading.setId("unreadable-heading");
        heading.getStyleClass().add("welcome-title");
        heading.setWrapText(true);

        Label explanation = wrapped(new Label(model.explanation()));
        explanation.setId("unreadable-message");
        explanation.getStyleClass().add("welcome-text");

        Label folder = wrapped(new Label("Folder: " + model.folder()));
        folder.getStyleClass().add("muted");

        ProgressIndicator looking = new ProgressIndicator();
        looking.setMaxSize(20, 20);
        looking.visibleProperty().bind(model.stateProperty().isEqualTo(UnreadableDiaryViewModel.State.LOOKING)
                .or(model.stateProperty().isEqualTo(UnreadableDiaryViewModel.State.WORKING)));
        looking.managedProperty().bind(looking.visibleProperty());
        Label backup = wrapped(new Label());
        backup.setId("unreadable-backup");
        backup.textProperty().bind(model.backupTextProperty());
        HBox.setHgrow(backup, Priority.ALWAYS);
        HBox backupRow = new HBox(10, looking, backup);
        backupRow.setAlignment(Pos.TOP_LEFT);

        Button restore = new Button();
        restore.setId("unreadable-restore");
        restore.textProperty().bind(model.restoreTextProperty());
        restore.getStyleClass().add("accent");
        restore.setDefaultButton(model.restoreIsDefault());
        shownIn(restore, UnreadableDiaryViewModel.State.BACKUP_FOUND);
        restore.setOnAction(event -> model.restoreNewest());

        Button startEmpty = new Button("Start a new, empty diary");
        startEmpty.setId("unreadable-start-empty");
        shownIn(startEmpty, UnreadableDiaryViewModel.State.NO_BACKUP);
        startEmpty.setOnAction(event -> model.startEmpty(confirm));

        Button choose = new Button("Choose another backup…");
        choose.setId("unreadable-choose");
        choose.disableProperty().bind(model.stateProperty().isEqualTo(UnreadableDiaryViewModel.State.WORKING));
        choose.setOnAction(event -> model.chooseAnotherBackup());

        Button quit = new Button("Quit");
        quit.setId("unreadable-quit");
        quit.disableProperty().bind(model.stateProperty().isEqualTo(UnreadableDiaryViewModel.State.WORKING));
        quit.setOnAction(event -> model.quit());

        HBox buttons = new HBox(12, restore, startEmpty, choose, quit);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = wrapped(new Label());
        status.setId("unreadable-status");
        status.getStyleClass().add("message");
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(ERROR, now));

        VBox card = new VBox(16, heading, explanation, folder, backupRow, buttons, status);
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(760);
        getChildren().add(card);
        model.stateProperty().addListener((o, was, now) -> {
            if (now == UnreadableDiaryViewModel.State.BACKUP_FOUND) {
                restore.requestFocus();
            }
        });
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // otherwise cut to one line with "…"
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** Visible (and taking room) only in {@code state}, disabled while work runs. */
    private void shownIn(Button button, UnreadableDiaryViewModel.State state) {
        button.visibleProperty().bind(model.stateProperty().isEqualTo(state));
        button.managedProperty().bind(button.visibleProperty());
    }

    public UnreadableDiaryViewModel model() {
        return model;
    }

    /** Answers the confirmation in the user's place (for tests, where no alert can be clicked). */
    public void answerConfirmationWith(Predicate<String> answer) {
        confirm = answer;
    }

    private boolean askToConfirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle("Start a new, empty diary");
        alert.setHeaderText("Start a new, empty diary?");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
