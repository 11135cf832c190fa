package org.dwdiary.ui.history;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/**
 * The record's state at the foot of the window: a shield with a tick and "Record intact · 1,204 changes
 * kept", or a warning shield and "Record NOT intact: …". Hover for what it means; click (or View ▸
 * Record integrity) for the details, with the final hash.
 */
public final class IntegrityIndicator extends Button {
    static final String DEFAULT_STYLE_CLASS = "integrity-indicator";
    /** A shield, 14 × 16. */
    private static final String SHIELD = "M7 0 L14 2.6 V7.4 C14 11.6 11 14.6 7 16 C3 14.6 0 11.6 0 7.4 V2.6 Z";
    private static final String TICK = "M3.6 8.2 L6.1 10.7 L10.6 5.6";
    private static final String BANG = "M7 3.8 V9.2 M7 11.2 V12.4";

    private final IntegrityViewModel model;
    private final SVGPath mark = new SVGPath();

    public IntegrityIndicator(IntegrityViewModel model) {
        this.model = model;
        setId("record-integrity");
        getStyleClass().addAll(DEFAULT_STYLE_CLASS, "flat");
        setFocusTraversable(false);
        SVGPath shield = new SVGPath();
        shield.setContent(SHIELD);
        shield.getStyleClass().add("integrity-shield");
        mark.getStyleClass().add("integrity-mark");
        setGraphic(new StackPane(shield, mark));
        textProperty().bind(model.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.detailsProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDuration(Duration.seconds(30));
        setTooltip(tip);
        setMnemonicParsing(false);
        model.stateProperty().addListener((o, was, now) -> show(now));
        show(model.stateProperty().get());
        setOnAction(event -> showDetails());
    }

    private void show(IntegrityViewModel.State state) {
        getStyleClass().removeIf(style -> style.startsWith("integrity-state-"));
        getStyleClass().add("integrity-state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        mark.setContent(state == IntegrityViewModel.State.INTACT ? TICK
                : state == IntegrityViewModel.State.CHECKING ? "" : BANG);
    }

    /** The details in a window of their own, the hash selectable to copy. */
    public void showDetails() {
        Alert alert = new Alert(model.stateProperty().get() == IntegrityViewModel.State.NOT_INTACT
                ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Record integrity");
        alert.setHeaderText(model.textProperty().get());
        TextArea text = new TextArea(model.detailsProperty().get());
        text.setId("integrity-details");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(64);
        text.setPrefRowCount(18);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
