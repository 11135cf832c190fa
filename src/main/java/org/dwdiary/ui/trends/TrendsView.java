package org.dwdiary.ui.trends;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import org.dwdiary.domain.WeekId;
import org.dwdiary.ui.range.RangeBar;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The trends screen: the range buttons, four summary tiles, and four charts in a two-by-two grid
 * (direct-work share, hours per kind, hours against contract, evenings and weekends). Hovering a week
 * gives its exact figures, clicking it opens it in the week view, and each chart exports as a PNG at
 * twice its size on screen.
 */
public final class TrendsView extends BorderPane {
    static final String DEFAULT_STYLE_CLASS = "trends-view";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** Exported charts are drawn at twice their size on screen, sharp in a document or on a projector. */
    static final double EXPORT_SCALE = 2;

    /** Asks where to save a file: the save dialog in the app, a fixed path in tests; null when cancelled. */
    @FunctionalInterface
    public interface SaveChooser {
        Path choose(String title, String suggestedName);
    }

    private final TrendsViewModel model;
    private final Map<ChartKind, TrendChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, VBox> cards = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, FlowPane> legends = new EnumMap<>(ChartKind.class);
    private final RangeBar rangeBar;
    private SaveChooser chooser = this::chooseWithDialog;

    public TrendsView(TrendsViewModel model) {
        this.model = model;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        rangeBar = new RangeBar("trends", model.ranges(), model::choose, model::applyCustom);

        setTop(new VBox(toolbar(), heading(), tiles()));
        setCenter(chartGrid());

        model.loadedProperty().addListener((o, was, now) -> {
            if (now != null) {
                for (ChartKind kind : ChartKind.values()) {
                    ChartData data = now.charts().get(kind);
                    charts.get(kind).show(data);
                    fillLegend(legends.get(kind), data);
                    legends.get(kind).setVisible(!data.empty()); // the space stays: the charts do not jump
                }
            }
        });
    }

    public TrendsViewModel model() {
        return model;
    }

    /** The chart of {@code kind} (its drawing area, inside the card with the title and legend). */
    public TrendChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    /** The card of {@code kind}: title, chart and legend, as exported. */
    public Node card(ChartKind kind) {
        return cards.get(kind);
    }

    /** The keyboard on the chosen range button (Tab goes on to the charts). */
    public void focusRanges() {
        rangeBar.focus();
    }

    /** Replaces the save dialog (tests give a path). */
    public void setSaveChooser(SaveChooser chooser) {
        this.chooser = chooser;
    }

    /** The range buttons (keyboard: Tab to them, Space to choose), the custom dates, and the export menu. */
    private ToolBar toolbar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton export = new MenuButton("Export chart");
        export.setId("export-chart");
        export.setTooltip(new Tooltip("Save a chart as a PNG picture, at twice its size on screen"));
        for (ChartKind kind : ChartKind.values()) {
            MenuItem item = new MenuItem(kind.title() + "…");
            item.setId("export-" + kind.id());
            item.setOnAction(event -> exportChart(kind));
            export.getItems().add(item);
        }
        ToolBar toolbar = new ToolBar();
        toolbar.getItems().addAll(rangeBar.nodes());
        toolbar.getItems().addAll(spacer, export);
        toolbar.getStyleClass().addAll("trends-toolbar", "range-toolbar");
        return toolbar;
    }

    private Node heading() {
        Label title = new Label();
        title.setId("trends-range-title");
        title.getStyleClass().add("trends-heading");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.rangeTitleProperty().get().isEmpty()
                ? "Reading the diary…" : model.rangeTitleProperty().get(), model.rangeTitleProperty()));
        // Messages (an export saved, dates refused) go beside the heading, so the charts never move for them.
        Label message = new Label();
        message.setId("trends-message");
        message.getStyleClass().add("message");
        message.setMinWidth(0);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(24, title, message);
        heading.setAlignment(Pos.BASELINE_LEFT);
        heading.getStyleClass().add("trends-heading-row");
        return heading;
    }

    private Node tiles() {
        HBox tiles = new HBox(
                tile("Direct-work share this week", "tile-this-week-share", model.thisWeekShareProperty(), model.thisWeekDetailProperty(), true),
                tile("Direct-work share, last 13 weeks", "tile-average-share", model.averageShareProperty(), model.averageDetailProperty(), true),
                tile("Hours over contract", "tile-overtime", model.overtimeProperty(), model.overtimeDetailProperty(), false),
                tile("Evenings and weekends", "tile-outside", model.outsideProperty(), model.outsideDetailProperty(), false));
        tiles.getStyleClass().add("trend-tiles");
        return tiles;
    }

    private static Node tile(String heading, String id, ObservableStringValue value, ObservableStringValue detail, boolean share) {
        Label title = new Label(heading);
        title.getStyleClass().add("tile-title");
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().addAll("tile-value", share ? "share" : "hours");
        figure.textProperty().bind(value);
        Label more = new Label();
        more.setId(id + "-detail");
        more.getStyleClass().add("tile-detail");
        more.setWrapText(true);
        more.textProperty().bind(detail);
        VBox tile = new VBox(2, title, figure, more);
        tile.getStyleClass().add("trend-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMinWidth(0);
        tile.setPrefWidth(0); // four equal tiles, whatever their text
        return tile;
    }

    private Node chartGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("trend-grid-pane");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        int i = 0;
        for (ChartKind kind : ChartKind.values()) {
            grid.add(buildCard(kind), i % 2, i / 2);
            i++;
        }
        return grid;
    }

    private VBox buildCard(ChartKind kind) {
        Label title = new Label(kind.title());
        title.getStyleClass().add("chart-title");
        TrendChart chart = new TrendChart(kind.title());
        chart.setId(kind.id() + "-plot");
        chart.setOnOpenWeek(week -> open(kind, week));
        VBox.setVgrow(chart, Priority.ALWAYS);
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("trend-legend");
        VBox card = new VBox(title, chart, legend);
        card.setId(kind.id());
        card.getStyleClass().add("chart-card");
        card.setMinSize(0, 0);

        // The right mouse button opens the menu on the week under it; the keyboard's menu key, on the week chosen.
        ContextMenu menu = new ContextMenu();
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.SECONDARY) {
                Point2D at = chart.sceneToLocal(event.getSceneX(), event.getSceneY());
                showMenu(menu, kind, chart.weekAt(at.getX(), at.getY()), event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        card.setOnContextMenuRequested(event -> {
            if (event.isKeyboardTrigger()) {
                showMenu(menu, kind, chart.hoveredWeek(), event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        charts.put(kind, chart);
        cards.put(kind, card);
        legends.put(kind, legend);
        return card;
    }

    private void showMenu(ContextMenu menu, ChartKind kind, int week, double screenX, double screenY) {
        TrendChart chart = charts.get(kind);
        menu.getItems().clear();
        if (week >= 0) {
            WeekId id = chart.data().weeks().get(week);
            MenuItem open = new MenuItem("Open " + id + " in the week view");
            open.setId("context-open-week");
            open.setOnAction(e -> open(kind, week));
            menu.getItems().add(open);
        }
        MenuItem export = new MenuItem("Export \"" + kind.title() + "\" as PNG…");
        export.setId("context-export");
        export.setOnAction(e -> exportChart(kind));
        menu.getItems().add(export);
        menu.show(cards.get(kind), screenX, screenY);
    }

    private void open(ChartKind kind, int week) {
        ChartData data = charts.get(kind).data();
        if (data != null && week >= 0 && week < data.weekCount()) {
            charts.get(kind).clearHover();
            model.openWeek(data.weeks().get(week));
        }
    }

    private static void fillLegend(FlowPane legend, ChartData data) {
        legend.getChildren().clear();
        for (ChartData.Series series : data.legend()) {
            Shape swatch;
            if (series.mark() == ChartData.Mark.BAR) {
                swatch = new Rectangle(14, 14);
                swatch.getStyleClass().addAll("trend-bars", series.styleClass());
            } else {
                swatch = new Line(0, 0, 24, 0);
                swatch.getStyleClass().addAll("trend-line", series.styleClass());
            }
            Label name = new Label(series.name(), swatch);
            name.getStyleClass().add("legend-item");
            legend.getChildren().add(name);
        }
        if (data.anyWarning()) {
            Polygon triangle = new Polygon(5.5, 0, 11, 9, 0, 9);
            triangle.getStyleClass().add("trend-warning");
            Label name = new Label(ChartData.WARNING_LEGEND, triangle);
            name.getStyleClass().add("legend-item");
            name.setId("legend-warning");
            legend.getChildren().add(name);
        }
    }

    /** Asks where to save the chart of {@code kind}, then writes it (off the FX thread) at twice its size. */
    public void exportChart(ChartKind kind) {
        Path target = chooser.choose("Export \"" + kind.title() + "\" as PNG", model.suggestedFileName(kind));
        if (target == null) {
            return;
        }
        charts.get(kind).clearHover();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(EXPORT_SCALE, EXPORT_SCALE));
        WritableImage image = cards.get(kind).snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        model.exportPng(kind, target, width, height, argb);
    }

    private Path chooseWithDialog(String title, String suggestedName) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(title);
        dialog.setInitialFileName(suggestedName);
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
        File file = dialog.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? path
                : path.resolveSibling(path.getFileName() + ".png");
    }
}
