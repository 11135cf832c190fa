package org.dwdiary.ui.evidence;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dwdiary.ui.range.RangeBar;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The evidence screen, for the worker and their union representative: which weeks (by default from the
 * balance start), a summary (hours against the contract under the overtime scheme, hours lost at flexi
 * settlements, TOIL, possible breaches, how the record was kept), then the weeks one by one, the flexi
 * settlement periods, the possible breaches with the method, and the working rules with a button to
 * change them. A week row or a breach opens its week in the week view (click or Enter).
 */
public final class EvidenceView extends BorderPane {
    static final String DEFAULT_STYLE_CLASS = "evidence-view";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final double ROW_HEIGHT = 28;
    private static final double BREACH_HEIGHT = 48;
    /** Rows shown before the flexi table and the breaches list scroll inside themselves. */
    private static final int ROWS_SHOWN = 8;
    private static final int BREACHES_SHOWN = 6;
    private static final double MIN_COLUMN = 30;
    /** A column's property: its marked cells are bold. */
    private static final String BOLD = "bold";
    /** A cell's padding and a little air on either side of its text. */
    private static final double CELL_PADDING = 14;
    /** A column heading's padding, and room for the line between headings. */
    private static final double HEADING_PADDING = 12;
    /** A table's column headers and borders, above its rows. */
    private static final double HEADER_HEIGHT = 46;

    private final EvidenceViewModel model;
    private final RangeBar rangeBar;
    private final TableView<EvidenceViewModel.WeekRow> weeks = new TableView<>();
    private final TableView<EvidenceViewModel.FlexiRow> flexi = new TableView<>();
    private final ListView<EvidenceViewModel.BreachRow> breaches = new ListView<>();

    public EvidenceView(EvidenceViewModel model) {
        this.model = model;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        rangeBar = new RangeBar("evidence", model.ranges(), model::choose, model::applyCustom);

        setTop(new VBox(toolbar(), heading(), summary(), recordLine()));
        setCenter(body());
        model.loadedProperty().addListener((o, was, now) -> {
            // Other weeks: the last in sight (this week, usually; the start is a scroll away). The same weeks
            // read again (the window regained focus) stay where the worker scrolled them.
            boolean otherWeeks = now != null && (was == null || !was.weeks().equals(now.weeks()));
            Platform.runLater(() -> { // once the rows have their cells
                fitColumns(weeks);
                fitColumns(flexi);
                if (otherWeeks && !weeks.getItems().isEmpty()) {
                    weeks.scrollTo(weeks.getItems().size() - 1);
                }
            });
        });
    }

    public EvidenceViewModel model() {
        return model;
    }

    /** The keyboard on the chosen range's button. */
    public void focusRanges() {
        rangeBar.focus();
    }

    /** The weeks table (for tests). */
    public TableView<EvidenceViewModel.WeekRow> weeksTable() {
        return weeks;
    }

    /** The possible breaches (for tests). */
    public ListView<EvidenceViewModel.BreachRow> breachList() {
        return breaches;
    }

    private ToolBar toolbar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button rules = new Button("Working rules…");
        rules.setId("evidence-rules-button");
        rules.setTooltip(new Tooltip("The Working Time Regulations options and your overtime scheme"));
        rules.setOnAction(event -> changeRules());
        rules.disableProperty().bind(model.loadedProperty().isNull()); // the rules in force are read first
        ToolBar toolbar = new ToolBar();
        toolbar.getItems().addAll(rangeBar.nodes());
        toolbar.getItems().addAll(spacer, rules);
        toolbar.getStyleClass().addAll("evidence-toolbar", "range-toolbar");
        return toolbar;
    }

    private Node heading() {
        Label title = new Label();
        title.setId("evidence-range-title");
        title.getStyleClass().add("trends-heading");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.rangeTitleProperty().get().isEmpty()
                ? "Reading the diary…" : model.rangeTitleProperty().get(), model.rangeTitleProperty()));
        Label message = new Label();
        message.setId("evidence-message");
        message.getStyleClass().add("message");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox heading = new HBox(24, title, message);
        heading.setAlignment(Pos.BASELINE_LEFT);
        heading.getStyleClass().add("trends-heading-row");
        return heading;
    }

    /** Hours against the contract (four figures under the scheme), lost hours, TOIL, possible breaches. */
    private Node summary() {
        GridPane figures = new GridPane();
        figures.getStyleClass().add("evidence-figures");
        figure(figures, 0, "Contracted", "evidence-contracted", model.contractedProperty());
        figure(figures, 1, "Worked", "evidence-worked", model.workedProperty());
        figure(figures, 2, "Overtime", "evidence-overtime", model.overtimeProperty());
        figure(figures, 3, "Running balance", "evidence-balance", model.balanceProperty());
        Label overtimeDetail = detail("evidence-overtime-detail", model.overtimeDetailProperty());
        figures.add(overtimeDetail, 2, 2, 2, 1);
        Label scheme = detail("evidence-scheme", model.schemeProperty());
        scheme.getStyleClass().add("evidence-scheme");
        scheme.setWrapText(false);
        scheme.setTooltip(new Tooltip());
        scheme.getTooltip().textProperty().bind(model.schemeDescriptionProperty());
        // The tile is as wide as its four figures: never cut short, however many hours.
        Label contractTitle = tileTitle("Hours against your contract");
        VBox contract = new VBox(2, contractTitle, scheme, figures);
        contract.getStyleClass().addAll("trend-tile", "evidence-tile", "contract-tile");
        contract.setId("evidence-contract-tile");
        contract.setMinWidth(Region.USE_PREF_SIZE);
        figures.setMinWidth(Region.USE_PREF_SIZE);

        VBox lost = tile("Hours lost at flexi settlements", "evidence-lost", model.lostProperty(), model.lostDetailProperty(),
                model.flexiShownProperty());
        lost.getStyleClass().add("lost-tile");
        model.anyLostProperty().addListener((o, was, now) -> lost.pseudoClassStateChanged(LOST, now));
        VBox toil = tile("TOIL balance", "evidence-toil", model.toilProperty(), model.toilDetailProperty(), model.toilShownProperty());
        VBox breachTile = tile("Possible breaches", "evidence-breach-count", model.breachCountProperty(), model.breachDetailProperty(), null);
        breachTile.getStyleClass().add("breach-tile");
        model.anyBreachProperty().addListener((o, was, now) -> breachTile.pseudoClassStateChanged(LOST, now));

        HBox tiles = new HBox(contract, lost, toil, breachTile);
        tiles.getStyleClass().add("trend-tiles");
        return tiles;
    }

    private static void figure(GridPane grid, int column, String caption, String id, ObservableStringValue value) {
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("evidence-figure");
        figure.setMinWidth(Region.USE_PREF_SIZE);
        figure.textProperty().bind(value);
        Label name = new Label(caption);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("tile-detail");
        grid.add(figure, column, 0);
        grid.add(name, column, 1);
    }

    private static VBox tile(String heading, String id, ObservableStringValue value, ObservableStringValue detail,
                             ObservableBooleanValue shown) {
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().addAll("tile-value", "hours");
        figure.textProperty().bind(value);
        VBox tile = new VBox(2, tileTitle(heading), figure, detail(id + "-detail", detail));
        tile.getStyleClass().addAll("trend-tile", "evidence-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMinWidth(0);
        tile.setPrefWidth(0); // equal tiles, whatever their text
        if (shown != null) {
            tile.visibleProperty().bind(shown);
            tile.managedProperty().bind(shown);
        }
        return tile;
    }

    private static Label tileTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("tile-title");
        return title;
    }

    private static Label detail(String id, ObservableStringValue text) {
        Label detail = new Label();
        detail.setId(id);
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(text);
        return detail;
    }

    /** How the record was kept, and whether it is intact; a note when the weeks do not start at the balance start. */
    private Node recordLine() {
        Label heading = new Label("How the record was kept:");
        heading.getStyleClass().add("strong");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label record = new Label();
        record.setId("evidence-record");
        record.getStyleClass().add("evidence-record");
        record.setMinWidth(0);
        record.textProperty().bind(model.recordProperty());
        record.setTooltip(new Tooltip());
        record.getTooltip().textProperty().bind(model.recordDetailProperty());
        model.recordBrokenProperty().addListener((o, was, now) -> record.pseudoClassStateChanged(ERROR, now));
        HBox line = new HBox(6, heading, record);
        line.setAlignment(Pos.BASELINE_LEFT);
        Label note = new Label();
        note.setId("evidence-balance-note");
        note.getStyleClass().add("evidence-note");
        note.setWrapText(true);
        note.textProperty().bind(model.balanceNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        VBox box = new VBox(2, line, note);
        box.getStyleClass().add("evidence-record-row");
        return box;
    }

    /** The weeks on the left; the flexi periods, the breaches and the working rules on the right, scrolling together. */
    private Node body() {
        VBox right = new VBox(flexiCard(), breachesCard(), rulesCard());
        right.getStyleClass().add("evidence-column");
        ScrollPane scroller = new ScrollPane(right);
        scroller.setId("evidence-scroller");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("evidence-scroller");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("evidence-body");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(52);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setPercentWidth(48);
        grid.getColumnConstraints().addAll(left, rest);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        Node weeksCard = weeksCard();
        grid.add(weeksCard, 0, 0);
        grid.add(scroller, 1, 0);
        return grid;
    }

    private Node weeksCard() {
        Label title = cardTitle("Week by week");
        Label hint = new Label("Click a week, or press Enter, to open it in the week view. This week, in italics, is not over yet.");
        hint.getStyleClass().add("tile-detail");
        hint.setWrapText(true);
        weeks.setId("evidence-weeks");
        weeks.getStyleClass().add("evidence-table");
        weeks.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        weeks.setFixedCellSize(ROW_HEIGHT);
        weeks.setPlaceholder(new Label("Reading the diary…"));
        weeks.getColumns().add(textColumn("Week", EvidenceViewModel.WeekRow::week, 70));
        weeks.getColumns().add(textColumn("Days", EvidenceViewModel.WeekRow::days, 60));
        weeks.getColumns().add(number("Contracted", EvidenceViewModel.WeekRow::contracted, null, 90));
        weeks.getColumns().add(number("Worked", EvidenceViewModel.WeekRow::worked, null, 66));
        weeks.getColumns().add(number("Overtime", EvidenceViewModel.WeekRow::overtime, null, 76));
        weeks.getColumns().add(number("Difference", EvidenceViewModel.WeekRow::difference, null, 84));
        weeks.getColumns().add(number("Balance", EvidenceViewModel.WeekRow::balance, null, 72));
        weeks.setItems(model.weekRows());
        weeks.setRowFactory(table -> {
            TableRow<EvidenceViewModel.WeekRow> row = new TableRow<>() {
                @Override
                protected void updateItem(EvidenceViewModel.WeekRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(RUNNING, !empty && item != null && item.current());
                    setTooltip(empty || item == null ? null : new Tooltip(item.note()));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !row.isEmpty() && row.getItem() != null) {
                    model.openWeek(row.getItem().week());
                }
            });
            return row;
        });
        weeks.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && weeks.getSelectionModel().getSelectedItem() != null) {
                model.openWeek(weeks.getSelectionModel().getSelectedItem().week());
                event.consume();
            }
        });
        VBox.setVgrow(weeks, Priority.ALWAYS);
        VBox card = new VBox(2, title, hint, weeks);
        card.getStyleClass().addAll("chart-card", "evidence-card");
        card.setMinHeight(0);
        return card;
    }

    private Node flexiCard() {
        Label title = cardTitle("Flexi settlement periods");
        Label rule = new Label();
        rule.setId("evidence-flexi-title");
        rule.getStyleClass().add("tile-detail");
        rule.setWrapText(true);
        rule.textProperty().bind(model.flexiTitleProperty());
        flexi.setId("evidence-flexi");
        flexi.getStyleClass().add("evidence-table");
        flexi.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        flexi.setFixedCellSize(ROW_HEIGHT);
        flexi.setPlaceholder(new Label("No weeks in these dates"));
        flexi.getColumns().add(textColumn("Period", EvidenceViewModel.FlexiRow::period, 80));
        flexi.getColumns().add(number("Carried\nin", EvidenceViewModel.FlexiRow::carriedIn, null, 70));
        flexi.getColumns().add(number("Period\n±", EvidenceViewModel.FlexiRow::difference, null, 70));
        flexi.getColumns().add(number("At its\nend", EvidenceViewModel.FlexiRow::end, null, 64));
        flexi.getColumns().add(number("Carried\nforward", EvidenceViewModel.FlexiRow::carriedForward, null, 90));
        flexi.getColumns().add(number("Lost", EvidenceViewModel.FlexiRow::lostText, EvidenceViewModel.FlexiRow::lost, 64));
        flexi.setItems(model.flexiRows());
        flexi.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceViewModel.FlexiRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(LOST, !empty && item != null && item.lost());
                pseudoClassStateChanged(RUNNING, !empty && item != null && !item.complete());
                setTooltip(empty || item == null ? null : new Tooltip(item.note()));
            }
        });
        // As tall as its rows, up to eight, and the two-line headings.
        flexi.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> ROW_HEIGHT * Math.max(1, Math.min(ROWS_SHOWN, model.flexiRows().size())) + HEADER_HEIGHT,
                model.flexiRows()));
        flexi.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, title, rule, flexi);
        card.getStyleClass().addAll("chart-card", "evidence-card");
        card.setId("evidence-flexi-card");
        card.visibleProperty().bind(model.flexiShownProperty());
        card.managedProperty().bind(model.flexiShownProperty());
        return card;
    }

    private Node breachesCard() {
        Label title = new Label();
        title.setId("evidence-breaches-title");
        title.getStyleClass().add("chart-title");
        title.textProperty().bind(model.breachesTitleProperty());
        Label hint = new Label("Each with its days and the figure against the limit. Click one, or press Enter, to open its week.");
        hint.getStyleClass().add("tile-detail");
        hint.setWrapText(true);
        breaches.setId("evidence-breaches");
        breaches.getStyleClass().add("evidence-breaches");
        breaches.setFixedCellSize(BREACH_HEIGHT);
        breaches.setItems(model.breachRows());
        breaches.setCellFactory(list -> {
            ListCell<EvidenceViewModel.BreachRow> cell = new ListCell<>() {
                private final Label days = new Label();
                private final Label figure = new Label();
                private final Label rule = new Label();
                private final VBox box = new VBox(1, new HBox(10, days, figure), rule);

                {
                    days.getStyleClass().add("breach-days");
                    figure.getStyleClass().add("breach-figure");
                    rule.getStyleClass().add("breach-rule");
                    box.setMinWidth(0);
                }

                @Override
                protected void updateItem(EvidenceViewModel.BreachRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(null);
                    if (empty || item == null) {
                        setGraphic(null);
                        setTooltip(null);
                    } else {
                        days.setText(item.days());
                        figure.setText(item.figure());
                        rule.setText(item.rule());
                        setGraphic(box);
                        setTooltip(new Tooltip(item.breach().describe() + "\nClick or Enter: open " + item.week() + " in the week view"));
                    }
                }
            };
            cell.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !cell.isEmpty() && cell.getItem() != null) {
                    model.openWeek(cell.getItem().week());
                }
            });
            return cell;
        });
        breaches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && breaches.getSelectionModel().getSelectedItem() != null) {
                model.openWeek(breaches.getSelectionModel().getSelectedItem().week());
                event.consume();
            }
        });
        breaches.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> BREACH_HEIGHT * Math.min(BREACHES_SHOWN, model.breachRows().size()) + 4, model.breachRows()));
        breaches.setMinHeight(Region.USE_PREF_SIZE);
        breaches.visibleProperty().bind(Bindings.isNotEmpty(model.breachRows()));
        breaches.managedProperty().bind(breaches.visibleProperty());

        Label none = new Label();
        none.setId("evidence-no-breaches");
        none.textProperty().bind(model.noBreachesProperty());
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(model.breachRows()));
        none.managedProperty().bind(none.visibleProperty());

        Label method = new Label("How they were found: " + model.method());
        method.setId("evidence-method");
        method.getStyleClass().add("evidence-method");
        method.setWrapText(true);
        method.setMinHeight(Region.USE_PREF_SIZE);
        Label advice = new Label(EvidenceViewModel.NOT_LEGAL_ADVICE);
        advice.setId("evidence-not-legal-advice");
        advice.getStyleClass().add("evidence-advice");
        VBox card = new VBox(4, title, hint, breaches, none, method, advice);
        card.getStyleClass().addAll("chart-card", "evidence-card");
        card.setId("evidence-breaches-card");
        return card;
    }

    private Node rulesCard() {
        Label title = cardTitle("Working rules");
        VBox lines = new VBox(2);
        lines.setId("evidence-rules");
        model.ruleLines().addListener((ListChangeListener<String>) change -> {
            lines.getChildren().clear();
            for (String text : model.ruleLines()) {
                Label line = new Label(text);
                line.setWrapText(true);
                line.getStyleClass().add("evidence-rule");
                lines.getChildren().add(line);
            }
        });
        Button change = new Button("Change…");
        change.setId("evidence-change-rules");
        change.setOnAction(event -> changeRules());
        change.disableProperty().bind(model.loadedProperty().isNull());
        HBox header = new HBox(12, title, change);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, header, lines);
        card.getStyleClass().addAll("chart-card", "evidence-card");
        card.setId("evidence-rules-card");
        return card;
    }

    /** Opens the working rules dialog; a save writes off the FX thread, then the figures are read again. */
    public void changeRules() {
        WorkingRulesViewModel rules = model.editRules();
        if (new WorkingRulesDialog(rules, getScene().getWindow()).showAndWait().orElse(ButtonType.CANCEL) == WorkingRulesDialog.SAVE) {
            rules.save(model::rulesSaved);
        }
    }

    /**
     * Each column as wide as its widest figure in any row (measured in the cells' font), never narrower
     * than its heading: ten years of hours are never cut short. The table scrolls sideways before a
     * figure is cut.
     */
    private static <S> void fitColumns(TableView<S> table) {
        Font font = table.lookup(".table-cell") instanceof Labeled cell ? cell.getFont() : Font.getDefault();
        Font headingFont = table.lookup(".column-header .label") instanceof Labeled heading ? heading.getFont()
                : Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        Text probe = new Text();
        for (TableColumn<S, ?> column : table.getColumns()) {
            probe.setFont(headingFont);
            probe.setText(column.getText());
            double widest = probe.getLayoutBounds().getWidth() + HEADING_PADDING - CELL_PADDING;
            // Marked cells (hours lost) are bold: measure the column's figures in bold.
            probe.setFont(column.getProperties().containsKey(BOLD) ? Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()) : font);
            for (int i = 0; i < table.getItems().size(); i++) {
                probe.setText(String.valueOf(column.getCellData(i)));
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            column.setPrefWidth(Math.ceil(widest) + CELL_PADDING);
        }
    }

    private static Label cardTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("chart-title");
        return title;
    }

    private static <R> TableColumn<R, String> textColumn(String name, Function<R, Object> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(value.apply(cell.getValue()))));
        column.setPrefWidth(width);
        column.setMinWidth(MIN_COLUMN);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** A right-aligned column of figures; {@code marked} rows get the "marked" style in this column (lost hours). */
    private static <R> TableColumn<R, String> number(String name, Function<R, String> value, Predicate<R> marked, double width) {
        TableColumn<R, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.getStyleClass().add("figure-column");
        if (marked != null) {
            column.getProperties().put(BOLD, true);
        }
        column.setMinWidth(MIN_COLUMN);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                pseudoClassStateChanged(LOST, marked != null && row != null && marked.test(row));
            }
        });
        return column;
    }
}
