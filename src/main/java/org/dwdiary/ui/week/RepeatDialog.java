package org.dwdiary.ui.week;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.RepeatPlan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The preview of a repeat (copy a day, copy a week, apply a template): every block with whether it will
 * be added or skipped because it overlaps. With a day chooser, changing the day plans again.
 * The result is the plan to apply, or empty for cancel.
 */
final class RepeatDialog extends Dialog<RepeatPlan> {
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ListView<RepeatPlan.Item> items = new ListView<>();
    private final Label summary = new Label();
    private final ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
    private RepeatPlan plan;

    /**
     * @param day      the day chosen, or null when the plan is for a fixed target (a week)
     * @param replan   plans again for another day (null without a day chooser)
     */
    RepeatDialog(String title, RepeatPlan initial, ZoneId zone, LocalDate day,
                 BiConsumer<LocalDate, Consumer<RepeatPlan>> replan, Window owner) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        getDialogPane().getStyleClass().add("repeat-dialog");
        items.setId("repeat-items");
        items.setPrefHeight(280);
        items.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RepeatPlan.Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("repeat-added", "repeat-skipped");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                Block block = item.block();
                var start = block.start().atZone(zone);
                String line = DisplayFormats.SHORT_DAY.format(start) + "  " + DisplayFormats.TIME.format(start) + "–"
                        + DisplayFormats.TIME.format(block.end().atZone(zone)) + "   " + block.label()
                        + " (" + block.kind().displayName() + ")";
                if (item.added()) {
                    setText("✓  " + line);
                    getStyleClass().add("repeat-added");
                } else {
                    setText("✗  " + line + "   skipped, overlaps " + item.clashes().stream()
                            .map(Block::label).collect(Collectors.joining(", ")));
                    getStyleClass().add("repeat-skipped");
                }
            }
        });
        VBox content = new VBox(10);
        if (day != null && replan != null) {
            DatePicker onto = new DatePicker(day);
            onto.setId("repeat-day");
            onto.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
            onto.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    replan.accept(now, this::show);
                }
            });
            HBox row = new HBox(8, new Label("Onto"), onto);
            row.getStyleClass().add("aligned-row");
            content.getChildren().add(row);
        }
        summary.setId("repeat-summary");
        summary.setWrapText(true);
        content.getChildren().addAll(items, summary);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(760);
        getDialogPane().setMinWidth(760);
        getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        getDialogPane().lookupButton(add).setId("repeat-add");
        setResultConverter(button -> button == add ? plan : null);
        show(initial);
    }

    private void show(RepeatPlan newPlan) {
        plan = newPlan;
        items.getItems().setAll(newPlan.items());
        int adding = newPlan.toAdd().size();
        summary.setText(newPlan.items().isEmpty() ? "There is nothing to copy."
                : DisplayFormats.blocks(adding) + " will be added"
                + (newPlan.skipped() == 0 ? "."
                : newPlan.skipped() == 1 ? "; 1 overlaps a block already there and will be skipped."
                : "; " + newPlan.skipped() + " overlap blocks already there and will be skipped."));
        ((javafx.scene.control.Button) getDialogPane().lookupButton(add)).setText("Add " + DisplayFormats.blocks(adding));
        getDialogPane().lookupButton(add).setDisable(adding == 0);
    }
}
