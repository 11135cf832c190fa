package org.dwdiary.ui.week;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.dwdiary.domain.WeekLayout;

import java.time.LocalDate;

/** One day of the week grid: hour lines, the day's blocks and, while dragging, the new block's outline. */
final class DayColumn extends Pane {
    static final String DEFAULT_STYLE_CLASS = "day-column";

    private final LocalDate day;
    private final Region dragPreview = new Region();
    private final Region nowLine = new Region();
    private int previewFrom = -1;
    private int previewTo = -1;
    private int nowMinute = -1;

    DayColumn(LocalDate day) {
        this.day = day;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        for (int hour = 0; hour < 24; hour++) {
            Region line = new Region();
            line.getStyleClass().add(hour == 0 ? "day-line" : "hour-line");
            line.setUserData(hour);
            line.setMouseTransparent(true);
            getChildren().add(line);
        }
        dragPreview.getStyleClass().add("drag-preview");
        dragPreview.setMouseTransparent(true);
        dragPreview.setVisible(false);
        nowLine.getStyleClass().add("now-line");
        nowLine.setMouseTransparent(true);
        nowLine.setVisible(false);
        getChildren().addAll(dragPreview, nowLine);
    }

    LocalDate day() {
        return day;
    }

    void setBlocks(java.util.List<BlockNode> nodes) {
        getChildren().removeIf(child -> child instanceof BlockNode);
        getChildren().addAll(getChildren().indexOf(dragPreview), nodes);
    }

    void showPreview(int fromMinute, int toMinute) {
        previewFrom = fromMinute;
        previewTo = toMinute;
        dragPreview.setVisible(true);
        requestLayout();
    }

    void hidePreview() {
        dragPreview.setVisible(false);
    }

    void showNow(int minute) {
        nowMinute = minute;
        nowLine.setVisible(minute >= 0);
        requestLayout();
    }

    double pixelsPerMinute() {
        return getHeight() / WeekLayout.MINUTES_PER_DAY;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double perMinute = pixelsPerMinute();
        for (Node child : getChildren()) {
            if (child instanceof BlockNode node) {
                double top = node.segment().fromMinute() * perMinute;
                double height = Math.max(3, (node.segment().toMinute() - node.segment().fromMinute()) * perMinute);
                double shown = Math.max(2, Math.round(height) - 2);
                node.fitText(shown);
                node.resizeRelocate(3, Math.round(top) + 1, Math.max(0, width - 7), shown);
            } else if (child == dragPreview) {
                double top = Math.min(previewFrom, previewTo) * perMinute;
                double height = Math.abs(previewTo - previewFrom) * perMinute;
                dragPreview.resizeRelocate(3, top, Math.max(0, width - 7), height);
            } else if (child == nowLine) {
                nowLine.resizeRelocate(0, Math.round(nowMinute * perMinute) - 1, width, 2);
            } else if (child.getUserData() instanceof Integer hour) {
                ((Region) child).resizeRelocate(0, Math.round(hour * 60 * perMinute), width, 1);
            }
        }
    }
}
