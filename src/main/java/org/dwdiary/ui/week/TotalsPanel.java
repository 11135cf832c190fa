package org.dwdiary.ui.week;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.WeekSummary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The week's figures beside the grid: hours and share per kind, total, direct-work share, hours per day. */
final class TotalsPanel extends VBox {
    static final String DEFAULT_STYLE_CLASS = "totals-panel";

    private final Map<WorkKind, Label> hours = new EnumMap<>(WorkKind.class);
    private final Map<WorkKind, Label> shares = new EnumMap<>(WorkKind.class);
    private final Label total = figure("total-all");
    private final Label directShare = new Label("–");
    private final GridPane days = new GridPane();

    TotalsPanel(WeekViewModel model) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        Label title = new Label("This week");
        title.getStyleClass().add("panel-title");

        GridPane kinds = new GridPane();
        kinds.getStyleClass().add("totals-grid");
        kinds.getColumnConstraints().addAll(new ColumnConstraints(), grow(), right(), right());
        int row = 0;
        for (WorkKind kind : WorkKind.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "kind-" + kind.code());
            Label name = new Label(kind.displayName());
            Tooltip.install(name, new Tooltip(kind.description()));
            Tooltip.install(swatch, new Tooltip(kind.description()));
            Label kindHours = figure("total-" + kind.code());
            Label kindShare = figure("share-" + kind.code());
            kindShare.getStyleClass().add("muted");
            hours.put(kind, kindHours);
            shares.put(kind, kindShare);
            kinds.addRow(row++, swatch, name, kindHours, kindShare);
        }
        Label totalName = new Label("Total");
        totalName.getStyleClass().add("strong");
        total.getStyleClass().add("strong");
        kinds.add(totalName, 1, row);
        kinds.add(total, 2, row);

        Label shareTitle = new Label("Direct-work share");
        shareTitle.getStyleClass().add("panel-subtitle");
        directShare.setId("direct-share");
        directShare.getStyleClass().add("big-figure");

        Label daysTitle = new Label("By day");
        daysTitle.getStyleClass().add("panel-subtitle");
        days.getStyleClass().add("totals-grid");
        days.getColumnConstraints().addAll(grow(), right());

        getChildren().addAll(title, kinds, new Separator(), shareTitle, directShare, new Separator(), daysTitle, days);
        model.summaryProperty().addListener((o, was, now) -> show(now));
    }

    private void show(WeekSummary summary) {
        for (WorkKind kind : WorkKind.values()) {
            hours.get(kind).setText(DisplayFormats.hoursMinutes(summary.minutes(kind)));
            shares.get(kind).setText(DisplayFormats.percent(summary.share(kind)));
        }
        total.setText(DisplayFormats.hoursMinutes(summary.totalMinutes()));
        directShare.setText(summary.directShare() == null ? "nothing logged" : DisplayFormats.percent(summary.directShare()));
        days.getChildren().clear();
        int row = 0;
        for (Map.Entry<LocalDate, Long> day : summary.minutesByDay().entrySet()) {
            Label name = new Label(DisplayFormats.SHORT_DAY.format(day.getKey()));
            Label minutes = figure("panel-day-total-" + (row + 1));
            minutes.setText(DisplayFormats.hoursMinutes(day.getValue()));
            days.addRow(row++, name, minutes);
        }
    }

    private static Label figure(String id) {
        Label label = new Label("0:00");
        label.setId(id);
        label.getStyleClass().add("figure");
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        return grow;
    }

    private static ColumnConstraints right() {
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        return right;
    }
}
