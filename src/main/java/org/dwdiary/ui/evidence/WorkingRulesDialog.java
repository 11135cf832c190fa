package org.dwdiary.ui.evidence;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.dwdiary.domain.WorkingRules;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The working rules: the Working Time Regulations options (a written opt-out of the 48-hour average,
 * weekly rest per 7 or 14 days, night time) and how overtime comes back (the scheme, the day balances
 * count from, the flexi period and its carry-over limits). Save is greyed out while a field cannot be
 * read, and the message names the field.
 */
public final class WorkingRulesDialog extends Dialog<ButtonType> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public WorkingRulesDialog(WorkingRulesViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Working rules");
        setHeaderText(null);
        getDialogPane().getStyleClass().addAll("settings-dialog", "rules-dialog");

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        form.add(section("Working Time Regulations 1998"), 0, row++, 2, 1);
        CheckBox optOut = new CheckBox("I have opted out of the 48-hour average in writing");
        optOut.setId("rules-opt-out");
        optOut.selectedProperty().bindBidirectional(model.optedOutProperty());
        form.addRow(row++, new Label("48-hour average"), optOut);

        ToggleGroup rest = new ToggleGroup();
        RadioButton week = radio("24 hours in each 7 days", "rules-rest-7", rest);
        RadioButton fortnight = radio("48 hours, or two of 24, in each 14 days", "rules-rest-14", rest);
        (model.fortnightlyRestProperty().get() ? fortnight : week).setSelected(true);
        rest.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.fortnightlyRestProperty().set(now == fortnight);
            }
        });
        form.addRow(row++, top("Weekly rest"), new VBox(6, week, fortnight));

        TextField nightStart = text("rules-night-start", 5, model.nightStartProperty());
        TextField nightEnd = text("rules-night-end", 5, model.nightEndProperty());
        form.addRow(row++, new Label("Night time"), line(nightStart, new Label("to"), nightEnd,
                muted("23:00 to 06:00 unless agreed otherwise")));

        form.add(new Separator(), 0, row++, 2, 1);
        form.add(section("Overtime and balances"), 0, row++, 2, 1);
        ToggleGroup schemes = new ToggleGroup();
        VBox schemeChoices = new VBox(6);
        for (WorkingRules.Scheme scheme : WorkingRules.Scheme.values()) {
            RadioButton choice = radio(capitalised(scheme.description()), "rules-scheme-" + scheme.code(), schemes);
            choice.setUserData(scheme);
            choice.setWrapText(true);
            choice.setSelected(model.schemeProperty().get() == scheme);
            schemeChoices.getChildren().add(choice);
        }
        schemes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.schemeProperty().set((WorkingRules.Scheme) now.getUserData());
            }
        });
        form.addRow(row++, top("Overtime scheme"), schemeChoices);

        ToggleGroup from = new ToggleGroup();
        RadioButton first = radio(model.firstDayText(), "rules-from-first-block", from);
        RadioButton dated = radio("from", "rules-from-date", from);
        DatePicker date = new DatePicker();
        date.setId("rules-balance-from");
        date.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        date.setPromptText("dd/mm/yyyy");
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(model.balanceFromProperty());
        date.disableProperty().bind(model.fromFirstDayProperty());
        (model.fromFirstDayProperty().get() ? first : dated).setSelected(true);
        from.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.fromFirstDayProperty().set(now == first);
            }
        });
        form.addRow(row++, top("Balances count from"), new VBox(6, first, line(dated, date)));

        TextField period = text("rules-flexi-period", 4, model.flexiWeeksProperty());
        form.addRow(row++, new Label("Flexi period"), line(period, muted("weeks between settlements, e.g. 4 or 8")));
        TextField credit = text("rules-credit-limit", 6, model.creditLimitProperty());
        form.addRow(row++, new Label("Most hours over carried"), line(credit, muted("into the next period; hours above it are lost")));
        TextField debit = text("rules-debit-limit", 6, model.debitLimitProperty());
        form.addRow(row++, new Label("Most hours under carried"), line(debit, muted("into the next period")));
        for (Node flexiField : new Node[] {period, credit, debit}) {
            flexiField.disableProperty().bind(model.flexiProperty().not());
        }

        Label pending = new Label();
        pending.setId("rules-pending");
        pending.getStyleClass().add("settings-pending");
        pending.setWrapText(true);
        pending.textProperty().bind(model.pendingProperty());
        Label problem = new Label();
        problem.setId("rules-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        form.add(pending, 0, row++, 2, 1);
        form.add(problem, 0, row, 2, 1);

        getDialogPane().setContent(form);
        getDialogPane().setPrefWidth(780);
        getDialogPane().setMinWidth(780);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).disableProperty().bind(model.validProperty().not());
        getDialogPane().lookupButton(SAVE).setId("rules-save");
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setMnemonicParsing(false);
        return radio;
    }

    private static TextField text(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Controls and their labels in a row at their full width: help text beside them gives way first. */
    private static HBox line(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region region && !region.getStyleClass().contains("muted")) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** A field's name beside a column of choices: level with the first. */
    private static Label top(String text) {
        Label label = new Label(text);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
