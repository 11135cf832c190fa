package org.dwdiary.ui.welcome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dwdiary.domain.WorkKind;

/** The first-run welcome: what the diary is for, the four kinds, and two ways to begin. */
public final class WelcomeView extends VBox {
    static final String DEFAULT_STYLE_CLASS = "welcome";

    public WelcomeView(Runnable startMyDiary, Runnable exploreSample) {
        this(startMyDiary, exploreSample, null);
    }

    /** With {@code notice} (say, that the data was deleted) above the welcome, or none when null. */
    public WelcomeView(Runnable startMyDiary, Runnable exploreSample, String notice) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAlignment(Pos.CENTER);
        Label title = new Label("Welcome to your Direct Work Diary");
        title.getStyleClass().add("welcome-title");
        Label intro = new Label("Log each block of your working time as one of four kinds. The diary shows you "
                + "how much of your week is direct work, and the hours that do not fit in your contract. "
                + "It stays on this computer: no account, no network, no one else sees it.");
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-text");

        GridPane kinds = new GridPane();
        kinds.getStyleClass().add("welcome-kinds");
        int row = 0;
        for (WorkKind kind : WorkKind.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "kind-" + kind.code());
            Label name = new Label(kind.displayName());
            name.getStyleClass().add("strong");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label description = new Label(kind.description());
            description.setWrapText(true);
            kinds.addRow(row++, swatch, name, description);
        }
        Label breaks = new Label("Breaks are not logged: a gap between blocks is a break. "
                + "Keep labels generic (\"Home visit\", \"Court statement\"): never names or case numbers.");
        breaks.setWrapText(true);
        breaks.getStyleClass().add("muted");

        Button start = new Button("Start my diary");
        start.setId("start-my-diary");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        start.setOnAction(event -> startMyDiary.run());
        Button explore = new Button("Explore with sample data");
        explore.setId("explore-sample");
        explore.setOnAction(event -> exploreSample.run());
        HBox buttons = new HBox(12, start, explore);
        buttons.setAlignment(Pos.CENTER);

        VBox card = new VBox(18, title, intro, kinds, breaks, buttons);
        if (notice != null) {
            Label shown = new Label(notice);
            shown.setId("welcome-notice");
            shown.setWrapText(true);
            shown.getStyleClass().add("welcome-notice");
            card.getChildren().add(0, shown);
        }
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(760);
        getChildren().add(card);
    }
}
