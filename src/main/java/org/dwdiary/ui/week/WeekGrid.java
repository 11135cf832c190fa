package org.dwdiary.ui.week;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DaySegment;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekLayout;
import org.dwdiary.report.WeekSummary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The week as seven day columns on a time axis. 07:00–22:00 fills the visible height; the rest of
 * the day is a scroll away. Drag on empty space or double-click it to add; click a block to select
 * it, double-click (or Enter) to edit it. A day's header shows its mark (leave, sickness, bank holiday,
 * TOIL taken) as a tag; clicking the header (either button) offers to set or remove it.
 */
final class WeekGrid extends VBox {
    static final String DEFAULT_STYLE_CLASS = "week-grid";
    static final int FIRST_VISIBLE_HOUR = 7;
    static final int LAST_VISIBLE_HOUR = 22;
    private static final int SNAP_MINUTES = 15;
    private static final double GUTTER = 52;
    private static final double MIN_HOUR_HEIGHT = 28;
    private static final DateTimeFormatter HEADER_DAY = DateTimeFormatter.ofPattern("EEE d MMM", DisplayFormats.LOCALE);

    /** What the user asked for by dragging or double-clicking: a new block on a day, from, to. */
    interface AddRequest {
        void add(LocalDate day, LocalTime from, LocalTime to);
    }

    private final WeekViewModel model;
    private final AddRequest onAdd;
    private final Consumer<Block> onEdit;
    private final Consumer<Block> onHistory;
    private final GridPane header = new GridPane();
    private final GridPane body = new GridPane();
    private final ScrollPane scroller = new ScrollPane(body);
    private final Pane hourLabels = new Pane();
    private final List<DayColumn> columns = new ArrayList<>();
    private final List<Label> dayTotals = new ArrayList<>();
    private final List<Label> markTags = new ArrayList<>();
    private int dragStartMinute = -1;
    private boolean scrolledToMorning;

    WeekGrid(WeekViewModel model, AddRequest onAdd, Consumer<Block> onEdit, Consumer<Block> onHistory) {
        this.model = model;
        this.onAdd = onAdd;
        this.onEdit = onEdit;
        this.onHistory = onHistory;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        // The grid takes the keyboard focus first, so opening a week selects nothing by itself.
        setFocusTraversable(true);
        scroller.setFocusTraversable(false);
        header.getStyleClass().add("week-header");
        body.getStyleClass().add("week-body");
        hourLabels.getStyleClass().add("hour-gutter");
        for (GridPane grid : List.of(header, body)) {
            ColumnConstraints gutter = new ColumnConstraints(GUTTER, GUTTER, GUTTER);
            grid.getColumnConstraints().add(gutter);
            for (int i = 0; i < 7; i++) {
                ColumnConstraints day = new ColumnConstraints();
                day.setHgrow(Priority.ALWAYS);
                day.setMinWidth(60);
                day.setPrefWidth(120);
                grid.getColumnConstraints().add(day);
            }
        }
        for (int hour = 1; hour < 24; hour++) {
            Label label = new Label(String.format("%02d:00", hour));
            label.getStyleClass().add("hour-label");
            label.setUserData(hour);
            hourLabels.getChildren().add(label);
        }
        body.add(hourLabels, 0, 0);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroller.getStyleClass().add("week-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(header, scroller);

        scroller.viewportBoundsProperty().addListener((o, was, now) -> fitHours(now.getHeight()));
        body.heightProperty().addListener((o, was, now) -> scrollToMorningOnce());
        model.weekProperty().addListener((o, was, now) -> buildColumns(now));
        model.blocksProperty().addListener((o, was, now) -> showBlocks(now));
        model.summaryProperty().addListener((o, was, now) -> showTotals(now));
        model.marksProperty().addListener((o, was, now) -> showMarks());
        model.selectedProperty().addListener((o, was, now) -> showSelection(now));
        // The running timer is drawn as a growing block; it grows with every tick.
        model.runningTextProperty().addListener((o, was, now) -> showBlocks(model.blocksProperty().get()));
        buildColumns(model.weekProperty().get());
    }

    private void fitHours(double viewportHeight) {
        double hourHeight = Math.max(MIN_HOUR_HEIGHT, viewportHeight / (LAST_VISIBLE_HOUR - FIRST_VISIBLE_HOUR));
        double height = hourHeight * 24;
        for (DayColumn column : columns) {
            column.setPrefHeight(height);
            column.setMinHeight(height);
        }
        hourLabels.setPrefHeight(height);
        hourLabels.setMinHeight(height);
        for (var child : hourLabels.getChildren()) {
            int hour = (Integer) child.getUserData();
            child.relocate(6, hour * hourHeight - 8);
        }
        // Header columns line up with the body's, which are narrowed by the scroll bar.
        header.setPadding(new javafx.geometry.Insets(0, scroller.getWidth() - scroller.getViewportBounds().getWidth(), 0, 0));
        scrollToMorningOnce();
    }

    /** The first time the grid has its full height, scroll so the working day (07:00) is at the top. */
    private void scrollToMorningOnce() {
        double viewportHeight = scroller.getViewportBounds().getHeight();
        double height = body.getHeight();
        if (scrolledToMorning || viewportHeight <= 0 || columns.isEmpty()
                || height < columns.get(0).getMinHeight() - 1) {
            return;
        }
        scrolledToMorning = true;
        double hourHeight = height / 24;
        double scrollable = height - viewportHeight;
        double morning = scrollable <= 0 ? 0 : Math.min(1, FIRST_VISIBLE_HOUR * hourHeight / scrollable);
        // Called during a layout pass, which the scroll pane would undo: scroll once it is over.
        javafx.application.Platform.runLater(() -> scroller.setVvalue(morning));
    }

    private void buildColumns(WeekId week) {
        columns.forEach(column -> body.getChildren().remove(column));
        header.getChildren().clear();
        columns.clear();
        dayTotals.clear();
        markTags.clear();
        LocalDate today = model.today();
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.monday().plusDays(i);
            DayColumn column = new DayColumn(day);
            if (day.equals(today)) {
                column.getStyleClass().add("today");
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                column.getStyleClass().add("weekend");
            }
            wireMouse(column);
            columns.add(column);
            body.add(column, i + 1, 0);

            Label name = new Label(HEADER_DAY.format(day));
            name.getStyleClass().add("day-name");
            Label total = new Label("");
            total.getStyleClass().add("day-total");
            total.setId("day-total-" + (i + 1));
            dayTotals.add(total);
            Label tag = new Label();
            tag.setId("day-mark-" + (i + 1));
            tag.getStyleClass().add("day-mark");
            tag.setMinWidth(0);
            markTags.add(tag);
            VBox cell = new VBox(name, total, tag);
            cell.setId("day-header-" + (i + 1));
            cell.setAlignment(Pos.CENTER);
            cell.getStyleClass().add("day-header");
            if (day.equals(today)) {
                cell.getStyleClass().add("today");
            }
            Tooltip.install(cell, new Tooltip(DisplayFormats.day(day) + ": click to mark it as annual leave, sickness, "
                    + "a bank holiday or TOIL taken (or Edit ▸ Mark day, Ctrl+M)"));
            PopupMenus.install(cell, () -> markMenu(day), true);
            header.add(cell, i + 1, 0);
        }
        if (scroller.getViewportBounds() != null) {
            fitHours(scroller.getViewportBounds().getHeight());
        }
        showNow();
        showBlocks(model.blocksProperty().get());
        showMarks();
    }

    /**
     * Each marked day's tag under its name ("Annual leave", "½ Sickness"). The row is there only in a week
     * with a mark, so an ordinary week keeps its full height.
     */
    private void showMarks() {
        boolean any = columns.stream().anyMatch(column -> model.markOn(column.day()).isPresent());
        for (int i = 0; i < columns.size(); i++) {
            DayColumn column = columns.get(i);
            Label tag = markTags.get(i);
            Optional<DayMark> mark = model.markOn(column.day());
            tag.getStyleClass().removeIf(style -> style.startsWith("day-mark-") || style.equals("half"));
            column.getStyleClass().removeAll("marked", "marked-half");
            tag.setManaged(any);
            tag.setVisible(mark.isPresent());
            if (mark.isPresent()) {
                DayMark shown = mark.get();
                tag.setText(WeekViewModel.markTag(shown));
                tag.getStyleClass().add("day-mark-" + shown.kind().code());
                if (shown.half()) {
                    tag.getStyleClass().add("half");
                }
                tag.setTooltip(new Tooltip(DisplayFormats.day(column.day()) + ": " + shown.describe()
                        + ". It takes " + (shown.half() ? "half of " : "") + "the day's share of your weekly hours off "
                        + "the contracted hours. Click the day to change or remove it."));
                column.getStyleClass().add(shown.half() ? "marked-half" : "marked");
            } else {
                tag.setText("");
                tag.setTooltip(null);
            }
        }
    }

    /** The header's menu: each kind, whole or half day (the day's mark ticked), and "Remove mark". */
    private ContextMenu markMenu(LocalDate day) {
        Optional<DayMark> current = model.markOn(day);
        ContextMenu menu = new ContextMenu();
        menu.setId("mark-menu");
        ToggleGroup choices = new ToggleGroup();
        for (DayMark.Kind kind : DayMark.Kind.values()) {
            for (boolean half : new boolean[] {false, true}) {
                DayMark mark = new DayMark(day, kind, half);
                RadioMenuItem item = new RadioMenuItem(half ? kind.displayName() + ", half day" : kind.displayName());
                item.setId("mark-" + kind.code() + (half ? "-half" : ""));
                item.setToggleGroup(choices);
                item.setSelected(current.isPresent() && current.get().equals(mark));
                item.setOnAction(event -> model.mark(mark));
                menu.getItems().add(item);
            }
        }
        MenuItem remove = new MenuItem("Remove mark");
        remove.setId("mark-remove");
        remove.setDisable(current.isEmpty());
        remove.setOnAction(event -> model.unmark(day));
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
        return menu;
    }

    private void showNow() {
        ZonedDateTime now = model.now();
        for (DayColumn column : columns) {
            column.showNow(column.day().equals(model.today()) ? now.getHour() * 60 + now.getMinute() : -1);
        }
    }

    private void showBlocks(List<Block> blocks) {
        List<Block> drawn = new ArrayList<>(blocks);
        RunningTimer timer = model.runningProperty().get();
        if (timer != null) {
            Instant now = model.now().toInstant();
            Instant end = now.isAfter(timer.start().plusSeconds(60)) ? now : timer.start().plusSeconds(60);
            if (java.time.Duration.between(timer.start(), end).compareTo(Block.LONGEST) <= 0) {
                drawn.add(new Block(BlockNode.RUNNING_ID, timer.start(), end, timer.zone(), timer.kind(),
                        timer.activity(), timer.note()));
            }
        }
        List<DaySegment> segments = WeekLayout.segments(model.weekProperty().get(), drawn, model.zone());
        // A block with the keyboard focus keeps it when the week is drawn again (a reload, a timer's tick).
        Long focusedId = getScene() != null && getScene().getFocusOwner() instanceof BlockNode focused
                && columns.contains(focused.getParent()) ? focused.block().id() : null;
        for (DayColumn column : columns) {
            List<BlockNode> nodes = new ArrayList<>();
            for (DaySegment segment : segments) {
                if (segment.day().equals(column.day())) {
                    nodes.add(blockNode(segment));
                }
            }
            column.setBlocks(nodes);
        }
        showSelection(model.selectedProperty().get());
        if (focusedId != null) {
            columns.stream().flatMap(column -> column.getChildren().stream())
                    .filter(child -> child instanceof BlockNode node && node.block().id() == focusedId)
                    .findFirst().ifPresent(Node::requestFocus);
        }
    }

    private BlockNode blockNode(DaySegment segment) {
        BlockNode node = new BlockNode(segment, model.zone());
        if (segment.block().id() == BlockNode.RUNNING_ID) {
            return node; // the running timer is stopped from the toolbar, not edited here
        }
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            model.selectedProperty().set(segment.block());
            node.requestFocus();
            event.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                onEdit.accept(segment.block());
            }
            event.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        node.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                model.selectedProperty().set(segment.block());
            }
        });
        node.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                onEdit.accept(segment.block());
                event.consume();
            } else if (event.getCode() == KeyCode.CONTEXT_MENU || (event.getCode() == KeyCode.F10 && event.isShiftDown())) {
                PopupMenus.showBelow(node, () -> blockMenu(segment.block()));
                event.consume();
            }
        });
        PopupMenus.install(node, () -> blockMenu(segment.block()), false);
        return node;
    }

    /** A block's menu: edit, its history, delete. */
    private ContextMenu blockMenu(Block block) {
        MenuItem edit = new MenuItem("Edit…");
        edit.setId("block-menu-edit");
        edit.setOnAction(event -> onEdit.accept(block));
        MenuItem history = new MenuItem("History…");
        history.setId("block-menu-history");
        history.setOnAction(event -> onHistory.accept(block));
        MenuItem delete = new MenuItem("Delete");
        delete.setId("block-menu-delete");
        delete.setOnAction(event -> {
            model.selectedProperty().set(block);
            model.deleteSelected();
        });
        ContextMenu menu = new ContextMenu(edit, history, new SeparatorMenuItem(), delete);
        menu.setId("block-menu");
        return menu;
    }

    private void showSelection(Block selected) {
        for (DayColumn column : columns) {
            for (var child : column.getChildren()) {
                if (child instanceof BlockNode node) {
                    node.setSelected(selected != null && node.block().id() == selected.id());
                }
            }
        }
    }

    private void showTotals(WeekSummary summary) {
        for (int i = 0; i < dayTotals.size(); i++) {
            long minutes = summary == null ? 0 : summary.minutesByDay().getOrDefault(columns.get(i).day(), 0L);
            dayTotals.get(i).setText(minutes == 0 ? "–" : DisplayFormats.hoursMinutes(minutes));
        }
    }

    private void wireMouse(DayColumn column) {
        column.setOnMousePressed(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            model.selectedProperty().set(null);
            dragStartMinute = snap(event.getY(), column);
            column.requestFocus();
        });
        column.setOnMouseDragged(event -> {
            if (dragStartMinute < 0) {
                return;
            }
            column.showPreview(dragStartMinute, snap(event.getY(), column));
        });
        column.setOnMouseReleased(event -> {
            if (dragStartMinute < 0) {
                return;
            }
            int end = snap(event.getY(), column);
            int from = Math.min(dragStartMinute, end);
            int to = Math.max(dragStartMinute, end);
            dragStartMinute = -1;
            column.hidePreview();
            if (to - from >= SNAP_MINUTES) {
                onAdd.add(column.day(), minuteToTime(from), minuteToTime(to));
            }
        });
        column.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && event.isStillSincePress()) {
                int from = (int) Math.floor(event.getY() / column.pixelsPerMinute() / SNAP_MINUTES) * SNAP_MINUTES;
                from = Math.max(0, Math.min(from, WeekLayout.MINUTES_PER_DAY - 60));
                onAdd.add(column.day(), minuteToTime(from), minuteToTime(from + 60));
            }
        });
    }

    private static int snap(double y, DayColumn column) {
        double minute = y / column.pixelsPerMinute();
        int snapped = (int) Math.round(minute / SNAP_MINUTES) * SNAP_MINUTES;
        return Math.max(0, Math.min(WeekLayout.MINUTES_PER_DAY, snapped));
    }

    /** 1440 (the end of the day) is 00:00, which the dialog reads as "the next day". */
    private static LocalTime minuteToTime(int minute) {
        return LocalTime.MIDNIGHT.plusMinutes(minute % WeekLayout.MINUTES_PER_DAY);
    }
}
