package org.dwdiary.ui.week;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * Says which block a new or edited block overlaps and offers the ways out, one full-width button
 * each (their labels name times and activities, so they must not be cut short), plus "Change the
 * times" and "Cancel". The result is the chosen way out, {@link #CHANGE_TIMES}, or empty for cancel.
 */
final class ClashDialog extends Dialog<ClashChoice> {
    /** Stands for "go back to the block dialog". */
    static final ClashChoice CHANGE_TIMES = new ClashChoice("Change the times", null);
    private static final ButtonType BACK = new ButtonType("Change the times", ButtonBar.ButtonData.BACK_PREVIOUS);

    ClashDialog(String problem, List<ClashChoice> choices, Window owner) {
        initOwner(owner);
        setTitle("Blocks never overlap");
        setHeaderText("This block overlaps another");
        getDialogPane().getStyleClass().add("clash-dialog");
        Label message = new Label(Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
        message.setWrapText(true);
        message.setId("clash-message");
        VBox content = new VBox(10, message);
        for (ClashChoice choice : choices) {
            Button button = new Button(choice.label());
            button.getStyleClass().add("clash-choice");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> {
                setResult(choice);
                close();
            });
            content.getChildren().add(button);
        }
        if (choices.isEmpty()) {
            content.getChildren().add(new Label("The other blocks lie wholly inside this one: change the times, "
                    + "or delete them first."));
        }
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().addAll(BACK, ButtonType.CANCEL);
        setResultConverter(button -> button == BACK ? CHANGE_TIMES : null);
    }
}
