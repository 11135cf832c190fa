package org.dwdiary.ui.settings;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
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
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.Theme;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Edit ▸ Settings, in three tabs: "Your contract" (hours, working days, window and target, each with its
 * history, and the date the changes take effect), "Time zone and keywords", and "Appearance" (the theme).
 */
public final class SettingsDialog extends Dialog<ButtonType> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public SettingsDialog(SettingsViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText(null);
        getDialogPane().getStyleClass().add("settings-dialog");

        TabPane tabs = new TabPane(
                tab("Your contract", "settings-tab-contract", contract(model)),
                tab("Time zone and keywords", "settings-tab-zone", zoneAndKeywords(model)),
                tab("Appearance", "settings-tab-appearance", appearance(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label problem = new Label();
        problem.setId("settings-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        VBox content = new VBox(8, tabs, problem);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(720);
        getDialogPane().setMinWidth(720);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).disableProperty().bind(model.validProperty().not());
        getDialogPane().lookupButton(SAVE).setId("settings-save");
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static Node contract(SettingsViewModel model) {
        GridPane form = form();
        int row = 0;
        Label intro = muted("These shape your figures: the contracted time of each week, overtime, and outside hours "
                + "(time outside the window on working days, and all time on other days).");
        intro.setWrapText(true);
        intro.setPrefWidth(640);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        form.add(intro, 0, row++, 2, 1);

        TextField hours = new TextField();
        hours.setId("settings-contract-hours");
        hours.setPrefColumnCount(6);
        hours.setPromptText("37:00");
        hours.textProperty().bindBidirectional(model.contractHoursProperty());
        form.addRow(row++, new Label("Contracted hours"), line(hours, muted("hours a week, e.g. 37:00, 22:30 or 30")));
        form.add(history(model, FigureSetting.CONTRACT_HOURS), 1, row++);

        HBox days = new HBox(10);
        days.setAlignment(Pos.CENTER_LEFT);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox ticked = new CheckBox(day.getDisplayName(TextStyle.SHORT, DisplayFormats.LOCALE));
            ticked.setId("settings-day-" + day.name().substring(0, 3).toLowerCase(Locale.ROOT));
            ticked.selectedProperty().bindBidirectional(model.workingDayProperty(day));
            days.getChildren().add(ticked);
        }
        form.addRow(row++, new Label("Working days"), days);
        form.add(history(model, FigureSetting.WORKING_DAYS), 1, row++);

        TextField start = new TextField();
        start.setId("settings-window-start");
        start.setPrefColumnCount(5);
        start.setPromptText("08:00");
        start.textProperty().bindBidirectional(model.windowStartProperty());
        TextField end = new TextField();
        end.setId("settings-window-end");
        end.setPrefColumnCount(5);
        end.setPromptText("18:00");
        end.textProperty().bindBidirectional(model.windowEndProperty());
        form.addRow(row++, new Label("Standard working window"),
                line(start, new Label("to"), end, muted("on working days")));
        form.add(history(model, FigureSetting.STANDARD_WINDOW), 1, row++);

        TextField target = new TextField();
        target.setId("settings-direct-target");
        target.setPrefColumnCount(6);
        target.setPromptText("none");
        target.textProperty().bindBidirectional(model.directTargetProperty());
        form.addRow(row++, new Label("Direct-work target"),
                line(target, muted("of your logged time, e.g. 30%; leave empty for none")));
        form.add(history(model, FigureSetting.DIRECT_TARGET), 1, row++);

        form.add(new Separator(), 0, row++, 2, 1);

        Label applies = new Label("Changes to hours, days, window and target apply:");
        applies.getStyleClass().add("strong");
        form.add(applies, 0, row++, 2, 1);
        ToggleGroup when = new ToggleGroup();
        RadioButton everyWeek = new RadioButton("to every week (from the start)");
        everyWeek.setId("settings-every-week");
        everyWeek.setToggleGroup(when);
        RadioButton fromDay = new RadioButton("from");
        fromDay.setId("settings-from-date");
        fromDay.setToggleGroup(when);
        DatePicker from = new DatePicker();
        from.setId("settings-effective-date");
        from.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        from.setPrefWidth(150);
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        from.disableProperty().bind(model.everyWeekProperty());
        (model.everyWeekProperty().get() ? everyWeek : fromDay).setSelected(true);
        when.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.everyWeekProperty().set(now == everyWeek);
            }
        });
        model.everyWeekProperty().addListener((o, was, now) -> (now ? everyWeek : fromDay).setSelected(true));
        form.add(everyWeek, 0, row++, 2, 1);
        form.add(line(fromDay, from, muted("weeks before it keep the values they were counted with")), 0, row++, 2, 1);

        Label pending = new Label();
        pending.setId("settings-pending");
        pending.getStyleClass().add("settings-pending");
        pending.setWrapText(true);
        pending.textProperty().bind(model.pendingProperty());
        form.add(pending, 0, row, 2, 1);
        return form;
    }

    private static Node zoneAndKeywords(SettingsViewModel model) {
        TextField zone = new TextField();
        zone.setId("settings-zone");
        zone.textProperty().bindBidirectional(model.zoneProperty());

        TextArea keywords = new TextArea();
        keywords.setId("settings-keywords");
        keywords.setPrefRowCount(5);
        keywords.setWrapText(true);
        keywords.textProperty().bindBidirectional(model.keywordsProperty());
        Label keywordsHelp = muted("An activity you have not logged before gets its kind from these words "
                + "(\"visit\" matches \"Home visits\"). When words of two kinds match, or none, you are asked for @kind.");
        keywordsHelp.setWrapText(true);
        Button defaults = new Button("Restore the standard words");
        defaults.setOnAction(event -> model.restoreDefaultKeywords());

        GridPane form = form();
        form.addRow(0, new Label("Time zone"), zone);
        form.add(muted("Days and weeks are counted in this zone, e.g. Europe/London."), 1, 1);
        form.addRow(2, topLabel("Kind keywords"), keywords);
        form.add(keywordsHelp, 1, 3);
        form.add(defaults, 1, 4);
        return form;
    }

    private static Node appearance(SettingsViewModel model) {
        ToggleGroup themes = new ToggleGroup();
        VBox choices = new VBox(8);
        for (Theme theme : Theme.values()) {
            RadioButton choice = new RadioButton(theme.displayName());
            choice.setId("settings-theme-" + theme.code());
            choice.setUserData(theme);
            choice.setToggleGroup(themes);
            choice.setSelected(model.themeProperty().get() == theme);
            choices.getChildren().add(choice);
        }
        themes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.themeProperty().set((Theme) now.getUserData());
            }
        });
        Label help = muted("High contrast: white on black, strong outlines and a thick yellow outline on the "
                + "control that has the keyboard. The theme is kept in your diary and changes when you save.");
        help.setWrapText(true);
        GridPane form = form();
        form.addRow(0, topLabel("Theme"), choices);
        form.add(help, 1, 1);
        return form;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    /** Controls in a row at their full width: help text beside them gives way first. */
    private static HBox line(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region region && !(node instanceof Label)) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label history(SettingsViewModel model, FigureSetting setting) {
        Label history = new Label();
        history.setId("settings-history-" + setting.key());
        history.getStyleClass().addAll("muted", "setting-history");
        history.setWrapText(true);
        history.textProperty().bind(model.historyProperty(setting));
        return history;
    }

    /** A field's name beside a tall control: level with its first line. */
    private static Label topLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("top-label");
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
