package org.dwdiary.ui.week;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.report.PossibleBreach;
import org.dwdiary.report.WeekSummary;
import org.dwdiary.report.WorkingTimeChecks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The week's figures beside the grid: hours and share per kind, total, the direct-work share (and the
 * worker's target), the week against the contract (contracted, worked vs contract, overtime, outside
 * hours split into evenings and non-working days), and the hours per day.
 */
final class TotalsPanel extends VBox {
    static final String DEFAULT_STYLE_CLASS = "totals-panel";

    private final Map<WorkKind, Label> hours = new EnumMap<>(WorkKind.class);
    private final Map<WorkKind, Label> shares = new EnumMap<>(WorkKind.class);
    private final Label total = figure("total-all");
    private final Label directShare = new Label("–");
    private final Label directTarget = new Label();
    private final Label contract = figure("week-contract");
    /** "(7:24 off)" beside "Contracted" in a week with days marked off; on the same row, so the panel keeps its height. */
    private final Label marked = new Label();
    private final Label difference = figure("week-difference");
    private final Label overtime = figure("week-overtime");
    private final Label outsideHours = figure("week-outside-hours");
    private final Label evenings = figure("week-outside-evenings");
    private final Label nonWorkingDays = figure("week-outside-non-working-days");
    private final GridPane days = new GridPane();

    TotalsPanel(WeekViewModel model) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        Label title = new Label("This week");
        title.setId("totals-title");
        title.getStyleClass().add("panel-title");
        // "This week", or the shown week's number when the worker looks at another one.
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            org.dwdiary.domain.WeekId shown = model.weekProperty().get();
            return shown == null || shown.equals(org.dwdiary.domain.WeekId.of(model.today())) ? "This week"
                    : "Week " + shown.week();
        }, model.weekProperty()));

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
        directTarget.setId("direct-target");
        directTarget.getStyleClass().add("muted");
        directTarget.managedProperty().bind(directTarget.textProperty().isNotEmpty());
        directTarget.visibleProperty().bind(directTarget.managedProperty());
        HBox share = new HBox(10, directShare, directTarget);
        share.setAlignment(Pos.BASELINE_LEFT);

        Label contractTitle = new Label("Contract");
        contractTitle.getStyleClass().add("panel-subtitle");
        GridPane contractGrid = new GridPane();
        contractGrid.getStyleClass().add("totals-grid");
        contractGrid.getColumnConstraints().addAll(grow(), right());
        marked.setId("week-marked");
        marked.getStyleClass().add("muted");
        marked.setTooltip(new Tooltip("Annual leave, sickness, bank holidays and TOIL taken this week: the contracted "
                + "hours not owed on those days (half of a day's share for a half day). Click a day's name to mark it."));
        marked.managedProperty().bind(marked.textProperty().isNotEmpty());
        marked.visibleProperty().bind(marked.managedProperty());
        HBox contractName = new HBox(5, described("Contracted", "Your contracted hours for this week, from Edit ▸ Settings, "
                + "less any days marked as leave, sickness, bank holidays or TOIL taken"), marked);
        contractName.setAlignment(Pos.BASELINE_LEFT);
        contractGrid.addRow(0, contractName, contract);
        contractGrid.addRow(1, described("Worked vs contract", "Hours logged this week minus the contracted hours"), difference);
        contractGrid.addRow(2, described("Overtime", "Hours logged beyond the contracted hours (never below 0:00)"), overtime);
        contractGrid.addRow(3, described("Outside hours", "Time outside your standard working window on working days, "
                + "and all time on non-working days"), outsideHours);
        contractGrid.addRow(4, detail("evenings", "Before or after your standard working window on a working day "
                + "(early mornings too)"), evenings);
        contractGrid.addRow(5, detail("non-working days", "All time on days that are not working days in your contract"),
                nonWorkingDays);

        Label daysTitle = new Label("By day");
        daysTitle.getStyleClass().add("panel-subtitle");
        days.getStyleClass().add("totals-grid");
        days.getColumnConstraints().addAll(grow(), right());

        Label breachesTitle = new Label("Possible breaches");
        breachesTitle.setWrapText(true);
        Tooltip.install(breachesTitle, new Tooltip("Of the Working Time Regulations 1998, found from your own record. "
                + "Not legal advice: the Evidence view (Ctrl+3) lists them all with the method."));
        breachesTitle.getStyleClass().add("panel-subtitle");
        VBox breachList = new VBox(2);
        breachList.setId("week-breaches");
        Separator breachesRule = new Separator();
        VBox breachesSection = new VBox(4, breachesRule, breachesTitle, breachList);
        breachesSection.setId("week-breaches-section");
        // Only in a week with a possible breach: an ordinary week keeps the panel as it was.
        breachesSection.managedProperty().bind(breachesSection.visibleProperty());
        breachesSection.setVisible(false);
        model.breachesProperty().addListener((o, was, now) -> {
            breachList.getChildren().clear();
            for (PossibleBreach breach : now) {
                String days = breach.from().equals(breach.to()) ? DisplayFormats.SHORT_DAY.format(breach.from())
                        : DisplayFormats.SHORT_DAY.format(breach.from()) + " – " + DisplayFormats.SHORT_DAY.format(breach.to());
                Label line = new Label("⚠ " + days + ": " + breach.figure());
                line.setWrapText(true);
                line.getStyleClass().add("week-breach");
                line.setTooltip(new Tooltip(breach.describe() + ".\n\n" + WorkingTimeChecks.METHOD));
                breachList.getChildren().add(line);
            }
            breachesSection.setVisible(!now.isEmpty());
            breachesTitle.setText("Possible breaches (" + now.size() + ")");
        });

        getChildren().addAll(title, kinds, new Separator(), shareTitle, share, new Separator(),
                contractTitle, contractGrid, breachesSection, new Separator(), daysTitle, days);
        model.summaryProperty().addListener((o, was, now) -> show(now));
        model.figuresProperty().addListener((o, was, now) -> show(now));
    }

    private void show(WeekFigures figures) {
        contract.setText(DisplayFormats.hoursMinutes(figures.contractMinutes()));
        marked.setText(figures.markedMinutes() == 0 ? "" : "(" + DisplayFormats.hoursMinutes(figures.markedMinutes()) + " off)");
        long worked = figures.differenceMinutes();
        difference.setText((worked > 0 ? "+" : "") + DisplayFormats.hoursMinutes(worked));
        overtime.setText(DisplayFormats.hoursMinutes(figures.overtimeMinutes()));
        outsideHours.setText(DisplayFormats.hoursMinutes(figures.outsideHoursMinutes()));
        evenings.setText(DisplayFormats.hoursMinutes(figures.outsideWindowMinutes()));
        nonWorkingDays.setText(DisplayFormats.hoursMinutes(figures.nonWorkingDayMinutes()));
        directTarget.setText(figures.directTarget() == null ? "" : "target " + DisplayFormats.percent(figures.directTarget()));
    }

    /** A part of the figure above it: indented and quieter. */
    private static Label detail(String text, String description) {
        Label label = described(text, description);
        label.getStyleClass().addAll("muted", "figure-detail");
        return label;
    }

    private static Label described(String text, String description) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(description));
        return label;
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
