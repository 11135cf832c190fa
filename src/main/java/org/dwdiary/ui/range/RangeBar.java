package org.dwdiary.ui.range;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.converter.LocalDateStringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The toolbar items that choose a {@link RangeChoice}: "Show", one pill button per range (Tab to them,
 * arrow keys and Space to choose; one is always chosen), and, for "Custom…", two dd/mm/yyyy date
 * pickers with a button. Ids start with the view's prefix: {@code trends-range-13},
 * {@code evidence-custom-from}.
 */
public final class RangeBar {
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ToggleGroup ranges = new ToggleGroup();
    private final List<Node> nodes;

    /**
     * @param choose   a preset was chosen
     * @param custom   "Show these weeks" with the two dates (either may be null)
     */
    public RangeBar(String prefix, RangeChoice choice, Consumer<WeekRange> choose, BiConsumer<LocalDate, LocalDate> custom) {
        Label show = new Label("Show");
        show.getStyleClass().add("strong");
        HBox buttons = new HBox();
        buttons.getStyleClass().add("range-buttons");
        HBox dates = customDates(prefix, choice, custom);
        List<WeekRange> all = choice.offered();
        for (int i = 0; i < all.size(); i++) {
            WeekRange range = all.get(i);
            ToggleButton button = new ToggleButton(range.label());
            button.setId(prefix + "-range-" + range.code());
            button.setUserData(range);
            button.setToggleGroup(ranges);
            button.setMnemonicParsing(false);
            button.getStyleClass().add(i == 0 ? "left-pill" : i == all.size() - 1 ? "right-pill" : "center-pill");
            button.setTooltip(new Tooltip(range.explanation()));
            button.setOnAction(event -> {
                if (button.isSelected()) {
                    choose.accept(range);
                }
            });
            buttons.getChildren().add(button);
        }
        ranges.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true); // one range is always chosen
                return;
            }
            dates.setVisible(now != null && now.getUserData() == WeekRange.CUSTOM);
        });
        choice.rangeProperty().addListener((o, was, now) -> select(now));
        select(choice.rangeProperty().get());
        dates.managedProperty().bind(dates.visibleProperty());
        nodes = List.of(show, buttons, dates);
    }

    /** The items, in order, for the view's toolbar. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The keyboard on the chosen range's button. */
    public void focus() {
        Platform.runLater(() -> {
            if (ranges.getSelectedToggle() instanceof ToggleButton selected) {
                selected.requestFocus();
            }
        });
    }

    private void select(WeekRange range) {
        ranges.getToggles().stream().filter(toggle -> toggle.getUserData() == range).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    private static HBox customDates(String prefix, RangeChoice choice, BiConsumer<LocalDate, LocalDate> custom) {
        DatePicker from = datePicker(prefix + "-custom-from");
        from.valueProperty().bindBidirectional(choice.customFromProperty());
        DatePicker to = datePicker(prefix + "-custom-to");
        to.valueProperty().bindBidirectional(choice.customToProperty());
        Button apply = new Button("Show these weeks");
        apply.setId(prefix + "-custom-apply");
        apply.setOnAction(event -> custom.accept(from.getValue(), to.getValue()));
        HBox box = new HBox(6, from, new Label("to"), to, apply);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("custom-dates");
        box.setVisible(false);
        return box;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(150);
        picker.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        picker.setPromptText("dd/mm/yyyy");
        return picker;
    }
}
