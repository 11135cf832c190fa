package org.dwdiary.ui.week;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;

/**
 * "Notes for this week" under the totals: the caseload, the two short reflections and the reminder to
 * keep names out. Saving is the view-model's: it is asked to save whenever a field is left.
 */
final class WeekNotePanel extends VBox {
    static final String DEFAULT_STYLE_CLASS = "week-note-panel";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** AtlantaFX's look for a refused input (a red edge in every theme). */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    /**
     * @param weekModel the week on screen, for the title ("Notes for this week" or "Notes for week 11")
     * @param leave     where Tab goes from the last field (the grid)
     */
    WeekNotePanel(WeekViewModel weekModel, Runnable leave) {
        WeekNoteViewModel model = weekModel.notes();
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setMinHeight(Region.USE_PREF_SIZE); // the figures above scroll; the notes keep their rows

        Label title = new Label();
        title.setId("week-note-title");
        title.getStyleClass().add("panel-subtitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            WeekId shown = model.weekProperty().get();
            return shown.equals(WeekId.of(weekModel.today())) ? "Notes for this week" : "Notes for week " + shown.week();
        }, model.weekProperty()));

        TextField caseload = new TextField();
        caseload.setId("week-note-caseload");
        caseload.setPrefColumnCount(4);
        caseload.setPromptText("e.g. 18");
        caseload.textProperty().bindBidirectional(model.caseloadProperty());
        caseload.setOnAction(event -> model.save());
        model.caseloadRefusedProperty().addListener((o, was, now) -> caseload.pseudoClassStateChanged(DANGER, now));
        Label caseloadName = new Label("Caseload");
        caseloadName.setLabelFor(caseload);
        // On the name, not the fields: a tooltip over a field would cover the field below it while typing.
        caseloadName.setTooltip(new Tooltip("The children or families you held this week: a whole number, or blank"));

        TextArea wentWell = reflection("week-note-went-well", "What went well?");
        wentWell.textProperty().bindBidirectional(model.wentWellProperty());
        TextArea gotInTheWay = reflection("week-note-got-in-the-way", "What got in the way of direct work?");
        gotInTheWay.textProperty().bindBidirectional(model.gotInTheWayProperty());

        // "Saved" fits beside the caseload; a refusal needs the panel's width, under the reflections.
        Label status = new Label();
        status.setId("week-note-status");
        status.getStyleClass().add("week-note-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox caseloadRow = new HBox(8, caseloadName, caseload, gap, status);
        caseloadRow.setAlignment(Pos.CENTER_LEFT);
        VBox refusal = new VBox();
        refusal.managedProperty().bind(Bindings.isNotEmpty(refusal.getChildren()));
        model.statusIsErrorProperty().addListener((o, was, error) -> {
            status.pseudoClassStateChanged(ERROR, error);
            if (error) {
                refusal.getChildren().setAll(status);
            } else {
                caseloadRow.getChildren().add(status);
            }
        });

        Label reminder = new Label(WeekNote.REMINDER);
        reminder.setId("week-note-reminder");
        reminder.getStyleClass().addAll("muted", "week-note-reminder");
        reminder.setWrapText(true);
        reminder.setMinHeight(Region.USE_PREF_SIZE);

        for (TextInputControl field : new TextInputControl[] {caseload, wentWell, gotInTheWay}) {
            field.editableProperty().bind(model.readyProperty());
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    model.save();
                }
            });
        }
        // Tab moves on (a tab character has no place in a short reflection).
        tabBetween(wentWell, caseload, gotInTheWay::requestFocus);
        tabBetween(gotInTheWay, wentWell, leave);

        // The prompt text goes once a box is filled: a label keeps the question in sight.
        // Folded by default: the notes are written once a week, the figures above are read every day, and
        // a laptop screen has room for only one of them in full. Unfolded, they stay so from week to week.
        VBox body = new VBox(5, caseloadRow, question(wentWell), wentWell, question(gotInTheWay), gotInTheWay,
                refusal, reminder);
        body.setMinHeight(Region.USE_PREF_SIZE);
        ToggleButton toggle = new ToggleButton();
        toggle.setId("week-note-toggle");
        toggle.getStyleClass().addAll("flat", "week-note-toggle");
        toggle.textProperty().bind(Bindings.when(toggle.selectedProperty()).then("▾").otherwise("▸"));
        toggle.setAccessibleText("Show or hide the notes for the week");
        body.visibleProperty().bind(toggle.selectedProperty());
        body.managedProperty().bind(toggle.selectedProperty());
        Label summary = new Label();
        summary.setId("week-note-summary");
        summary.getStyleClass().addAll("muted", "week-note-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model),
                model.caseloadProperty(), model.wentWellProperty(), model.gotInTheWayProperty()));
        summary.visibleProperty().bind(toggle.selectedProperty().not().and(summary.textProperty().isNotEmpty()));
        summary.managedProperty().bind(summary.visibleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(6, toggle, title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, titleRow, summary);
        header.setOnMouseClicked(event -> {
            if (event.getTarget() != toggle) {
                toggle.setSelected(!toggle.isSelected());
            }
        });
        getChildren().addAll(header, body);
    }

    /** "Caseload 18 · 2 reflections" under the folded title, so a week's notes can be seen to be there. */
    private static String summary(WeekNoteViewModel model) {
        String caseload = model.caseloadProperty().get() == null ? "" : model.caseloadProperty().get().strip();
        long reflections = java.util.stream.Stream.of(model.wentWellProperty().get(), model.gotInTheWayProperty().get())
                .filter(text -> text != null && !text.isBlank()).count();
        String written = reflections == 0 ? "" : reflections + (reflections == 1 ? " reflection" : " reflections");
        String load = caseload.isEmpty() ? "" : "Caseload " + caseload;
        return load.isEmpty() ? written : written.isEmpty() ? load : load + " · " + written;
    }

    private static Label question(TextArea area) {
        Label label = new Label(area.getAccessibleText());
        label.getStyleClass().add("week-note-question");
        label.setLabelFor(area);
        label.setWrapText(true);
        return label;
    }

    private static TextArea reflection(String id, String question) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(question);
        area.setAccessibleText(question);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(16);
        return area;
    }

    private static void tabBetween(TextArea area, Node before, Runnable after) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                if (event.isShiftDown()) {
                    before.requestFocus();
                } else {
                    after.run();
                }
                event.consume();
            }
        });
    }
}
