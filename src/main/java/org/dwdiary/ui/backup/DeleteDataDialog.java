package org.dwdiary.ui.backup;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The confirmation of File ▸ Delete all my data: the question, and a button that works only once DELETE is typed. */
public final class DeleteDataDialog extends Dialog<ButtonType> {
    public static final ButtonType DELETE = new ButtonType("Delete everything", ButtonBar.ButtonData.OTHER);
    static final String WORD = "DELETE";

    public DeleteDataDialog(String question, Window owner) {
        initOwner(owner);
        setTitle("Delete all my data");
        setHeaderText("Delete all my data?");
        Label text = new Label(question);
        text.setWrapText(true);
        text.setMaxWidth(560);
        TextField typed = new TextField();
        typed.setId("delete-data-typed");
        typed.setPromptText(WORD);
        VBox content = new VBox(12, text, new Label("Type " + WORD + " to confirm:"), typed);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, DELETE);
        Button delete = (Button) getDialogPane().lookupButton(DELETE);
        delete.setId("delete-data-confirm");
        delete.setDefaultButton(false);
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(typed.textProperty().isNotEqualTo(WORD));
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        setOnShown(event -> typed.requestFocus());
    }

    /** Shows the dialog and waits; true only when DELETE was typed and the delete button pressed. */
    public static boolean confirm(String question, Window owner) {
        return new DeleteDataDialog(question, owner).showAndWait().orElse(ButtonType.CANCEL) == DELETE;
    }
}
