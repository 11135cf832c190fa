package org.dwdiary.ui.week;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.dwdiary.domain.Template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

/** Saved templates: apply one onto a day (with a preview), delete one, or save a day or a block as one. */
final class TemplatesDialog extends Dialog<Void> {
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ListView<Template> list = new ListView<>();
    private final WeekViewModel model;

    /**
     * @param apply called with the chosen template and day; the dialog closes first
     */
    TemplatesDialog(WeekViewModel model, LocalDate day, boolean blockSelected, BiConsumer<Template, LocalDate> apply,
                    Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Templates");
        setHeaderText("Templates: blocks that recur, added in one go");
        getDialogPane().getStyleClass().add("templates-dialog");

        list.setId("template-list");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label("No templates yet. Save a day or a block below."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Template template, boolean empty) {
                super.updateItem(template, empty);
                setText(empty || template == null ? null : template.name() + "  —  " + template.describe());
            }
        });
        DatePicker onto = picker(day, "template-day");
        Button applyButton = new Button("Apply…");
        applyButton.setId("template-apply");
        applyButton.setDefaultButton(true);
        applyButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        applyButton.setOnAction(event -> {
            Template chosen = list.getSelectionModel().getSelectedItem();
            close();
            apply.accept(chosen, onto.getValue());
        });
        Button delete = new Button("Delete");
        delete.setId("template-delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> model.deleteTemplate(list.getSelectionModel().getSelectedItem().name(), this::reload));
        HBox applyRow = new HBox(8, new Label("Apply on"), onto, applyButton, delete);
        applyRow.getStyleClass().add("aligned-row");

        TextField name = new TextField();
        name.setId("template-name");
        name.setPromptText("e.g. Monday team meeting");
        HBox.setHgrow(name, Priority.ALWAYS);
        ToggleGroup source = new ToggleGroup();
        RadioButton fromDay = new RadioButton("the blocks of");
        fromDay.setToggleGroup(source);
        DatePicker sourceDay = picker(day, "template-source-day");
        RadioButton fromBlock = new RadioButton("the selected block");
        fromBlock.setToggleGroup(source);
        fromBlock.setDisable(!blockSelected);
        (blockSelected ? fromBlock : fromDay).setSelected(true);
        Button save = new Button("Save");
        save.setId("template-save");
        save.disableProperty().bind(name.textProperty().isEmpty());
        save.setOnAction(event -> model.saveTemplate(name.getText(),
                fromDay.isSelected() ? sourceDay.getValue() : null, () -> {
                    name.clear();
                    reload();
                }));
        HBox saveRow = new HBox(8, new Label("Save"), fromDay, sourceDay, fromBlock);
        saveRow.getStyleClass().add("aligned-row");
        HBox nameRow = new HBox(8, new Label("as"), name, save);
        nameRow.getStyleClass().add("aligned-row");

        getDialogPane().setContent(new VBox(10, list, applyRow, new Separator(), saveRow, nameRow));
        getDialogPane().setPrefWidth(720);
        getDialogPane().setMinWidth(720);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        reload();
    }

    private void reload() {
        model.loadTemplates(this::showTemplates);
    }

    private void showTemplates(List<Template> templates) {
        list.getItems().setAll(templates);
        if (!templates.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private static DatePicker picker(LocalDate day, String id) {
        DatePicker picker = new DatePicker(day);
        picker.setId(id);
        picker.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        picker.setPrefWidth(160);
        picker.setMinWidth(160);
        return picker;
    }
}
