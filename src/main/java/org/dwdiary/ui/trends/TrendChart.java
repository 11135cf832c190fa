package org.dwdiary.ui.trends;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import org.dwdiary.report.ChartScale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One chart of the trends view, drawn as a few shapes whatever the number of weeks: one band per ISO
 * week along x, one path per series (bars stacked from the axis, lines broken where a week has no value),
 * the value axis from {@link ChartScale}, and one tooltip whose text follows the week under the mouse (or
 * the week chosen with the arrow keys). A click, Enter or Space opens that week. Weeks with a warning (a
 * possible breach of the working-time rules) get a small triangle under the axis, in a row kept for them.
 */
public final class TrendChart extends Region {
    static final String DEFAULT_STYLE_CLASS = "trend-chart";
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 22;
    /** An estimate of a tick label's character width, to space the week labels. */
    private static final double LABEL_CHAR_WIDTH = 6.6;
    private static final double LABEL_GAP = 14;
    private static final double POINT_RADIUS = 3.2;
    /** The row under the axis for warning triangles, when any week has one. */
    private static final double WARNING_ROW = 13;
    private static final double WARNING_HEIGHT = 9;
    private static final double WARNING_WIDTH = 11;
    /** Below this band width each week's line point is left out (it would only blur the line). */
    private static final double POINT_BAND = 7;
    /** Narrower bands than this make a chart "dense": thinner week lines, so the average stands out. */
    private static final double DENSE_BAND = 4;
    private static final PseudoClass DENSE = PseudoClass.getPseudoClass("dense");

    private final Tooltip tip = new Tooltip();
    private final Rectangle hoverBand = new Rectangle();
    private final Rectangle hoverEdge = new Rectangle();
    private final Path grid = new Path();
    private final Path axis = new Path();
    private final Path warnings = new Path();
    private final List<Path> barPaths = new ArrayList<>();
    private final List<Path> linePaths = new ArrayList<>();
    private final List<Path> pointPaths = new ArrayList<>();
    private final List<Label> valueLabels = new ArrayList<>();
    private final List<Label> weekLabels = new ArrayList<>();
    private final Label emptyMessage = new Label("Nothing logged in these weeks");
    private final String title;
    private ChartData data;
    private ChartData built;
    private double builtWidth = -1;
    private double builtHeight = -1;
    private int hovered = -1;
    private IntConsumer onOpen = week -> { };

    public TrendChart(String title) {
        this.title = title;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(title);
        setAccessibleHelp("Left and Right move between weeks; Enter opens the week in the week view.");
        hoverBand.getStyleClass().add("trend-hover");
        hoverEdge.getStyleClass().add("trend-hover-edge");
        grid.getStyleClass().add("trend-grid");
        axis.getStyleClass().add("trend-axis");
        warnings.getStyleClass().add("trend-warning");
        emptyMessage.getStyleClass().add("trend-empty");
        tip.getStyleClass().add("trend-tip");
        tip.setWrapText(false);
        clearHover();

        addEventHandler(MouseEvent.MOUSE_MOVED, event -> hover(weekAt(event.getX(), event.getY()), event.getScreenX(), event.getScreenY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> clearHover());
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            int week = weekAt(event.getX(), event.getY());
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && week >= 0) {
                onOpen.accept(week);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                clearHover();
            }
        });
    }

    /** What to do with a week chosen by a click or Enter (its index in the shown weeks). */
    public void setOnOpenWeek(IntConsumer onOpen) {
        this.onOpen = onOpen;
    }

    /** Draws {@code chartData} (or the empty message when nothing is logged). */
    public void show(ChartData chartData) {
        data = chartData;
        clearHover();
        requestLayout();
    }

    public ChartData data() {
        return data;
    }

    /** The number of week bands drawn (0 when the empty message shows instead). */
    public int bandCount() {
        return data == null || data.empty() ? 0 : data.weekCount();
    }

    /** The text of the one tooltip: the hovered week's figures. */
    public Tooltip tooltip() {
        return tip;
    }

    /** The week under the mouse or chosen by the keyboard, or -1. */
    public int hoveredWeek() {
        return hovered;
    }

    /** How many separate pieces the line of {@code styleClass} is drawn in (a week with no value breaks it). */
    public long lineSegments(String styleClass) {
        return linePaths.stream().filter(path -> path.getStyleClass().contains(styleClass)).findFirst()
                .map(path -> path.getElements().stream().filter(MoveTo.class::isInstance).count()).orElse(0L);
    }

    /** The middle of week {@code index}'s band on the screen, halfway up the plot (for tests and the keyboard). */
    public Point2D bandCentreOnScreen(int index) {
        return localToScreen(bandLeft(index) + band() / 2, (TOP + plotBottom()) / 2);
    }

    /** How many warning triangles are drawn under the axis. */
    public long warningMarks() {
        return warnings.getElements().stream().filter(MoveTo.class::isInstance).count();
    }

    /** Whether the empty message shows instead of the axes. */
    public boolean showsEmptyMessage() {
        return emptyMessage.isVisible();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 460;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 230;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        boolean nothing = data == null || data.empty();
        if (nothing) {
            if (built != null || getChildren().isEmpty()) {
                getChildren().setAll(emptyMessage);
                emptyMessage.setManaged(false);
                built = null;
            }
            emptyMessage.setText(data == null ? "Reading the diary…" : "Nothing logged in these weeks");
            emptyMessage.setVisible(true);
            emptyMessage.resizeRelocate(0, 0, width, height);
            return;
        }
        if (data == built && width == builtWidth && height == builtHeight) {
            return;
        }
        build(width, height);
        built = data;
        builtWidth = width;
        builtHeight = height;
    }

    private double plotRight() {
        return Math.max(LEFT + 1, getWidth() - RIGHT);
    }

    private double plotBottom() {
        return Math.max(TOP + 1, getHeight() - BOTTOM - warningRow());
    }

    private double warningRow() {
        return data != null && data.anyWarning() ? WARNING_ROW : 0;
    }

    private double band() {
        return (plotRight() - LEFT) / Math.max(1, data == null ? 1 : data.weekCount());
    }

    private double bandLeft(int index) {
        return LEFT + index * band();
    }

    private void build(double width, double height) {
        emptyMessage.setVisible(false);
        ChartScale scale = data.scale();
        int weeks = data.weekCount();
        double right = plotRight();
        double bottom = plotBottom();
        double band = band();
        pseudoClassStateChanged(DENSE, band < DENSE_BAND);

        // value axis: grid lines and their labels
        List<PathElement> gridLines = new ArrayList<>();
        List<Double> ticks = scale.ticks();
        ensure(valueLabels, ticks.size(), "trend-value-label");
        for (int i = 0; i < ticks.size(); i++) {
            double y = crisp(scale.toPixel(ticks.get(i), bottom, TOP));
            if (i > 0) {
                gridLines.add(new MoveTo(LEFT, y));
                gridLines.add(new LineTo(right, y));
            }
            Label label = valueLabels.get(i);
            label.setText(scale.label(ticks.get(i)));
            label.resizeRelocate(0, y - 8, LEFT - 6, 16);
        }
        grid.getElements().setAll(gridLines);
        double base = crisp(bottom);
        axis.getElements().setAll(new MoveTo(LEFT, base), new LineTo(right, base));

        // stacked bars
        double barWidth = band >= 4 ? Math.max(2, Math.min(band * 0.72, 48)) : band;
        double[] stacked = new double[weeks];
        ensurePaths(barPaths, data.bars().size());
        for (int s = 0; s < data.bars().size(); s++) {
            ChartData.Series series = data.bars().get(s);
            List<PathElement> bars = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                Double value = series.value(i);
                if (value == null || value <= 0) {
                    continue;
                }
                double low = scale.toPixel(stacked[i], bottom, TOP);
                stacked[i] += value;
                double high = scale.toPixel(stacked[i], bottom, TOP);
                double x = bandLeft(i) + (band - barWidth) / 2;
                bars.add(new MoveTo(x, low));
                bars.add(new LineTo(x, high));
                bars.add(new LineTo(x + barWidth, high));
                bars.add(new LineTo(x + barWidth, low));
                bars.add(new ClosePath());
            }
            style(barPaths.get(s), "trend-bars", series.styleClass());
            barPaths.get(s).getElements().setAll(bars);
        }

        // lines, broken where a week has no value
        ensurePaths(linePaths, data.lines().size());
        ensurePaths(pointPaths, data.lines().size());
        for (int s = 0; s < data.lines().size(); s++) {
            ChartData.Series series = data.lines().get(s);
            List<PathElement> line = new ArrayList<>();
            List<PathElement> points = new ArrayList<>();
            boolean drawing = false;
            for (int i = 0; i < weeks; i++) {
                Double value = series.value(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double y = scale.toPixel(value, bottom, TOP);
                if (series.mark() == ChartData.Mark.STEP) {
                    double x = bandLeft(i);
                    line.add(drawing ? new LineTo(x, y) : new MoveTo(x, y));
                    line.add(new LineTo(x + band, y));
                } else {
                    double x = bandLeft(i) + band / 2;
                    line.add(drawing ? new LineTo(x, y) : new MoveTo(x, y));
                    boolean alone = (i == 0 || series.value(i - 1) == null) && (i == weeks - 1 || series.value(i + 1) == null);
                    if (series.mark() == ChartData.Mark.LINE_WITH_POINTS && (band >= POINT_BAND || alone)) {
                        point(points, x, y);
                    }
                }
                drawing = true;
            }
            style(linePaths.get(s), "trend-line", series.styleClass());
            linePaths.get(s).getElements().setAll(line);
            style(pointPaths.get(s), "trend-points", series.styleClass());
            pointPaths.get(s).getElements().setAll(points);
        }

        // warning triangles under the axis, one per week with a possible breach
        List<PathElement> marks = new ArrayList<>();
        double markWidth = Math.max(5, Math.min(WARNING_WIDTH, band * 0.9));
        for (int i = 0; i < weeks; i++) {
            if (data.warned(i)) {
                double centre = bandLeft(i) + band / 2;
                double top = base + 3;
                marks.add(new MoveTo(centre, top));
                marks.add(new LineTo(centre + markWidth / 2, top + WARNING_HEIGHT));
                marks.add(new LineTo(centre - markWidth / 2, top + WARNING_HEIGHT));
                marks.add(new ClosePath());
            }
        }
        warnings.getElements().setAll(marks);

        // week labels, every few weeks counted back from the last, so this week always has one
        int longest = data.weekLabels().stream().mapToInt(String::length).max().orElse(1);
        int every = ChartScale.labelEvery(band, longest * LABEL_CHAR_WIDTH + LABEL_GAP);
        List<Integer> labelled = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i -= every) {
            labelled.add(0, i);
        }
        ensure(weekLabels, labelled.size(), "trend-week-label");
        double labelWidth = longest * LABEL_CHAR_WIDTH + LABEL_GAP;
        for (int j = 0; j < labelled.size(); j++) {
            int i = labelled.get(j);
            double centre = bandLeft(i) + band / 2;
            double x = Math.max(0, Math.min(width - labelWidth, centre - labelWidth / 2));
            Label label = weekLabels.get(j);
            label.setText(data.weekLabels().get(i));
            label.resizeRelocate(x, bottom + 3 + warningRow(), labelWidth, 16);
        }

        List<javafx.scene.Node> children = new ArrayList<>();
        children.add(hoverBand);
        children.add(grid);
        children.addAll(barPaths);
        children.add(axis);
        children.add(warnings);
        children.addAll(linePaths);
        children.addAll(pointPaths);
        children.add(hoverEdge);
        children.addAll(valueLabels);
        children.addAll(weekLabels);
        children.add(emptyMessage);
        children.forEach(child -> child.setManaged(false));
        if (!getChildren().equals(children)) {
            getChildren().setAll(children);
        }
        if (hovered >= weeks) {
            clearHover();
        } else if (hovered >= 0) {
            placeHover(hovered);
        }
    }

    private static void style(Path path, String shape, String series) {
        if (!path.getStyleClass().equals(List.of(shape, series))) {
            path.getStyleClass().setAll(shape, series);
        }
    }

    /** A small circle, drawn as two arcs in the same path as the other points. */
    private static void point(List<PathElement> points, double x, double y) {
        points.add(new MoveTo(x - POINT_RADIUS, y));
        points.add(new ArcTo(POINT_RADIUS, POINT_RADIUS, 0, x + POINT_RADIUS, y, false, true));
        points.add(new ArcTo(POINT_RADIUS, POINT_RADIUS, 0, x - POINT_RADIUS, y, false, true));
        points.add(new ClosePath());
    }

    /** Half-pixel positions keep one-pixel lines sharp. */
    private static double crisp(double y) {
        return Math.floor(y) + 0.5;
    }

    private static void ensurePaths(List<Path> paths, int count) {
        while (paths.size() < count) {
            paths.add(new Path());
        }
        while (paths.size() > count) {
            paths.remove(paths.size() - 1);
        }
    }

    private static void ensure(List<Label> labels, int count, String styleClass) {
        while (labels.size() < count) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            labels.add(label);
        }
        while (labels.size() > count) {
            labels.remove(labels.size() - 1);
        }
    }

    /** The week whose band is under a point of the chart (the plot and the week labels below it), or -1. */
    public int weekAt(double x, double y) {
        if (bandCount() == 0 || x < LEFT || x >= plotRight() || y < TOP || y > getHeight()) {
            return -1;
        }
        return Math.min(data.weekCount() - 1, (int) ((x - LEFT) / band()));
    }

    private void hover(int week, double screenX, double screenY) {
        if (week < 0) {
            clearHover();
            return;
        }
        hovered = week;
        placeHover(week);
        tip.setText(data.tips().get(week));
        setAccessibleText(title + ". " + data.tips().get(week));
        if (!tip.isShowing() && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            tip.show(this, screenX + 14, screenY + 18);
            if (tip.getScene() != null) {
                tip.getScene().getRoot().setMouseTransparent(true);
            }
        } else {
            tip.setAnchorX(screenX + 14);
            tip.setAnchorY(screenY + 18);
        }
    }

    private void placeHover(int week) {
        double band = band();
        double width = Math.max(3, band);
        double x = bandLeft(week) + band / 2 - width / 2;
        for (Rectangle rectangle : List.of(hoverBand, hoverEdge)) {
            rectangle.setX(x);
            rectangle.setY(TOP);
            rectangle.setWidth(width);
            rectangle.setHeight(plotBottom() - TOP);
            rectangle.setVisible(true);
        }
    }

    /** Hides the highlight and the tooltip (the mouse left, an export is about to be taken). */
    public void clearHover() {
        hovered = -1;
        hoverBand.setVisible(false);
        hoverEdge.setVisible(false);
        tip.hide();
        setAccessibleText(title);
    }

    private void keys(KeyEvent event) {
        if (bandCount() == 0) {
            return;
        }
        int last = data.weekCount() - 1;
        int week = switch (event.getCode()) {
            case LEFT -> hovered < 0 ? last : Math.max(0, hovered - 1);
            case RIGHT -> hovered < 0 ? last : Math.min(last, hovered + 1);
            case HOME -> 0;
            case END -> last;
            case ENTER, SPACE -> {
                if (hovered >= 0) {
                    onOpen.accept(hovered);
                }
                yield -2;
            }
            default -> -3;
        };
        if (week == -3) {
            return;
        }
        if (week >= 0) {
            Point2D anchor = localToScreen(bandLeft(week) + band() / 2, TOP);
            hover(week, anchor.getX(), anchor.getY());
        }
        event.consume();
    }
}
