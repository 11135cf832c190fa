package org.dwdiary.ui.calendar;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.CalendarImportPlan.Row;
import org.dwdiary.domain.CalendarImportPlan.Status;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * File ▸ Import calendar: a table of the events (date, time, title, kind — editable, include — tick box,
 * what happens) before anything is written. The result is the plan to import, or empty for cancel.
 */
public final class CalendarImportDialog extends Dialog<CalendarImportPlan> {
    private final CalendarImportViewModel model;
    private final TableView<Row> table = new TableView<>();

    public CalendarImportDialog(CalendarImportViewModel model, ZoneId zone, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Import calendar");
        setHeaderText("Import calendar " + model.title());
        setResizable(true);
        getDialogPane().getStyleClass().add("calendar-dialog");

        Label notes = new Label(model.notes());
        notes.setWrapText(true);
        notes.getStyleClass().add("muted");

        ComboBox<WorkKind> defaultKind = new ComboBox<>(FXCollections.observableArrayList(WorkKind.values()));
        defaultKind.setId("calendar-default-kind");
        defaultKind.setConverter(kindNames());
        defaultKind.setPromptText("choose…");
        defaultKind.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.setDefaultKind(now);
            }
        });
        CheckBox trim = new CheckBox("Trim events that overlap blocks already in the diary, instead of leaving them out");
        trim.setId("calendar-trim");
        trim.selectedProperty().addListener((o, was, now) -> model.setTrim(now));
        HBox options = new HBox(10, new Label("Kind for events without one:"), defaultKind);
        options.getStyleClass().add("aligned-row");

        table.setId("calendar-table");
        table.setEditable(true);
        table.setPrefHeight(380);
        table.getColumns().add(includeColumn());
        table.getColumns().add(textColumn("Date", 110, row -> DisplayFormats.SHORT_DAY.format(row.event().start().atZone(zone))));
        table.getColumns().add(textColumn("Time", 110, row -> times(row, zone)));
        TableColumn<Row, String> title = textColumn("Title", 220, row -> row.event().title() == null ? "(no title)" : row.event().title());
        table.getColumns().add(title);
        table.getColumns().add(kindColumn());
        table.getColumns().add(textColumn("What happens", 260, CalendarImportDialog::what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(model.planProperty().get().rows());

        Label summary = new Label(model.summary());
        summary.setId("calendar-summary");
        summary.setWrapText(true);
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        Button importNode = (Button) getDialogPane().lookupButton(importButton);
        importNode.setId("calendar-import");
        showCounts(importNode, summary);
        model.planProperty().addListener((o, was, now) -> {
            List<Row> rows = now.rows();
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).equals(table.getItems().get(i))) {
                    table.getItems().set(i, rows.get(i)); // row by row, so the table keeps its place
                }
            }
            showCounts(importNode, summary);
        });

        VBox content = new VBox(10, notes, options, trim, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(980, 640);
        getDialogPane().setMinSize(900, 560);
        setResultConverter(button -> button == importButton ? model.planProperty().get() : null);
    }

    private void showCounts(Button importNode, Label summary) {
        importNode.setText("Import " + model.writing() + (model.writing() == 1 ? " event" : " events"));
        importNode.setDisable(model.writing() == 0);
        summary.setText(model.summary());
    }

    private TableColumn<Row, Boolean> includeColumn() {
        TableColumn<Row, Boolean> column = new TableColumn<>("Include");
        column.setPrefWidth(80);
        column.setMinWidth(80);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().included()));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(event -> model.setIncluded(getIndex(), box.isSelected()));
            }

            @Override
            protected void updateItem(Boolean included, boolean empty) {
                super.updateItem(included, empty);
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                Row row = getTableRow().getItem();
                box.setSelected(Boolean.TRUE.equals(included));
                box.setDisable(row.kind() == null || row.status() == Status.UNCHANGED
                        || row.status() == Status.REMOVED_BY_YOU || row.status() == Status.OVERLAPS);
                setGraphic(box);
            }
        });
        return column;
    }

    private TableColumn<Row, WorkKind> kindColumn() {
        TableColumn<Row, WorkKind> column = new TableColumn<>("Kind");
        column.setPrefWidth(130);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().kind()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<WorkKind> box = new ComboBox<>(FXCollections.observableArrayList(WorkKind.values()));

            {
                box.setConverter(kindNames());
                box.setPromptText("choose…");
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(event -> {
                    Row row = getTableRow() == null ? null : getTableRow().getItem();
                    if (box.getValue() != null && row != null && box.getValue() != row.kind()) {
                        model.setKind(getIndex(), box.getValue());
                    }
                });
            }

            @Override
            protected void updateItem(WorkKind kind, boolean empty) {
                super.updateItem(kind, empty);
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                Row row = getTableRow().getItem();
                box.setValue(kind);
                box.setDisable(row.status() == Status.UNCHANGED || row.status() == Status.REMOVED_BY_YOU);
                setGraphic(box);
            }
        });
        return column;
    }

    private static TableColumn<Row, String> textColumn(String name, double width, java.util.function.Function<Row, String> text) {
        TableColumn<Row, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        return column;
    }

    private static String times(Row row, ZoneId zone) {
        Block block = row.block();
        var start = (block != null ? block.start() : row.event().start()).atZone(zone);
        var end = (block != null ? block.end() : row.event().end()).atZone(zone);
        return DisplayFormats.TIME.format(start) + "–" + DisplayFormats.TIME.format(end);
    }

    private static String what(Row row) {
        String words = row.status() == Status.NEW && row.kindSource() != null ? switch (row.kindSource()) {
            case REMEMBERED -> "new (kind remembered)";
            case KEYWORD -> "new (kind from a keyword)";
            case EXPLICIT -> "new";
        } : row.status().words();
        if (!row.clashes().isEmpty()) {
            words += ": " + row.clashes().stream().map(Block::label).collect(Collectors.joining(", "));
        }
        return words;
    }

    private static StringConverter<WorkKind> kindNames() {
        return new StringConverter<>() {
            @Override
            public String toString(WorkKind kind) {
                return kind == null ? "" : kind.displayName();
            }

            @Override
            public WorkKind fromString(String text) {
                return WorkKind.fromText(text).orElse(null);
            }
        };
    }
}
