package org.dwdiary.ui.week;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DaySegment;
import org.dwdiary.domain.DisplayFormats;

import java.time.ZoneId;

/** One block's rectangle in a day column, coloured by kind and labelled with its activity. */
final class BlockNode extends VBox {
    static final String DEFAULT_STYLE_CLASS = "block";
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The id of the stand-in block drawn for a running timer. */
    static final long RUNNING_ID = -1;

    /** Below this height only the activity fits; the times are in the tooltip. */
    static final double HEIGHT_FOR_DETAIL = 36;
    /** Below this height not even the activity fits: the colour alone, details in the tooltip. */
    static final double HEIGHT_FOR_TITLE = 15;

    private final DaySegment segment;
    private final Label title;
    private final Label detail;

    BlockNode(DaySegment segment, ZoneId zone) {
        this.segment = segment;
        Block block = segment.block();
        getStyleClass().addAll(DEFAULT_STYLE_CLASS, "kind-" + block.kind().code());
        if (segment.continuesFromDayBefore()) {
            getStyleClass().add("continued-from-before");
        }
        if (segment.continuesToNextDay()) {
            getStyleClass().add("continues-after");
        }
        boolean running = block.id() == RUNNING_ID;
        String times = running
                ? "since " + DisplayFormats.TIME.format(block.start().atZone(zone))
                : DisplayFormats.TIME.format(block.start().atZone(zone)) + "–" + DisplayFormats.TIME.format(block.end().atZone(zone));
        if (running) {
            getStyleClass().add("running");
        }
        title = new Label((running ? "● " : "") + block.label());
        title.getStyleClass().add("block-title");
        detail = new Label(times + " · " + DisplayFormats.hoursMinutes(block.minutes()));
        detail.getStyleClass().add("block-time");
        getChildren().addAll(title, detail);
        setFocusTraversable(!running);
        setAccessibleRole(AccessibleRole.BUTTON);
        String summary = block.label() + ", " + block.kind().displayName() + ", "
                + DisplayFormats.span(block.start(), block.end(), zone) + " (" + DisplayFormats.hoursMinutes(block.minutes()) + ")";
        setAccessibleText(summary);
        Tooltip.install(this, new Tooltip(running ? "Timer running: " + block.label() + " " + times
                : summary + (block.note() != null ? "\n" + block.note() : "") + "\nDouble-click to edit, Delete to remove."));
        setMinSize(0, 0);
        Rectangle clip = new Rectangle(); // a short block shows what fits, never text spilling below it
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    Block block() {
        return segment.block();
    }

    DaySegment segment() {
        return segment;
    }

    /** Shows as much text as the block's height allows. */
    void fitText(double height) {
        boolean showTitle = height >= HEIGHT_FOR_TITLE;
        boolean showDetail = height >= HEIGHT_FOR_DETAIL;
        title.setVisible(showTitle);
        detail.setVisible(showDetail);
        detail.setManaged(showDetail);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
