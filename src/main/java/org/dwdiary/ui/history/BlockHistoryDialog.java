package org.dwdiary.ui.history;

import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * A block's history, read-only: when it was first recorded and how long after its end, then every
 * entry (when, how, what, the values before → after). Notes show only when asked.
 */
public final class BlockHistoryDialog extends Dialog<Void> {
    static final String DEFAULT_STYLE_CLASS = "history-dialog";

    /** Held here: the check box's binding to it is weak, and nothing else keeps it while the dialog is open. */
    private final BlockHistoryViewModel model;

    public BlockHistoryDialog(BlockHistoryViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("History of \"" + model.title() + "\"");
        setHeaderText(null);
        getDialogPane().getStyleClass().add(DEFAULT_STYLE_CLASS);

        Label title = new Label(model.title());
        title.setId("history-title");
        title.getStyleClass().add("history-title");
        Label now = new Label(model.now());
        now.setId("history-now");
        now.getStyleClass().add("muted");
        Label first = new Label(model.firstRecorded());
        first.setId("history-first-recorded");
        first.getStyleClass().add("history-first");
        first.setWrapText(true);

        GridPane table = new GridPane();
        table.setId("history-entries");
        table.getStyleClass().add("history-entries");
        ColumnConstraints change = new ColumnConstraints();
        change.setHgrow(Priority.ALWAYS);
        change.setMinWidth(260);
        table.getColumnConstraints().addAll(fixed(), fixed(), fixed(), change);
        model.rowsProperty().addListener((o, was, rows) -> fill(table, rows));
        fill(table, model.rowsProperty().get());
        ScrollPane scroller = new ScrollPane(table);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(Math.min(320, 40 + 30.0 * model.rowsProperty().get().size()));
        scroller.getStyleClass().add("history-scroller");

        CheckBox notes = new CheckBox("Show notes");
        notes.setId("history-show-notes");
        notes.selectedProperty().bindBidirectional(model.showNotesProperty());
        Label kept = new Label("Every change to a block is kept in the diary's history, with the time it was made; "
                + "nothing here can be edited. Times are in the diary's time zone.");
        kept.setWrapText(true);
        kept.getStyleClass().addAll("muted", "history-explain");
        kept.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(8, title, now, first, scroller, notes, kept);
        content.getStyleClass().add("history-content");
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(880);
        getDialogPane().setMinWidth(880);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // the change column wraps instead
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("history-close");
    }

    private static void fill(GridPane table, List<BlockHistoryViewModel.Row> rows) {
        table.getChildren().clear();
        table.addRow(0, heading("When"), heading("How"), heading("What"), heading("Change"));
        int number = 1;
        for (BlockHistoryViewModel.Row row : rows) {
            Label change = cell(row.change(), "history-change-" + number);
            change.setWrapText(true);
            change.setMinHeight(Region.USE_PREF_SIZE);
            table.addRow(number, cell(row.when(), "history-when-" + number), cell(row.how(), "history-how-" + number),
                    cell(row.what(), "history-what-" + number), change);
            for (var node : table.getChildren()) {
                GridPane.setValignment(node, VPos.TOP);
            }
            number++;
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("history-heading");
        return label;
    }

    private static Label cell(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("history-cell");
        return label;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }
}
