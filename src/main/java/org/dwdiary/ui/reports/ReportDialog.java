package org.dwdiary.ui.reports;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dialog of Reports ▸ Supervision summary… and Reports ▸ Evidence pack…: on the left the weeks (and,
 * for the evidence pack, the name, employer and notes), Generate with its progress and Cancel; on the
 * right the preview, a page at a time, and Save PDF…. Esc closes it and stops any report being made.
 */
public final class ReportDialog extends Dialog<Void> {
    static final String DEFAULT_STYLE_CLASS = "report-dialog";
    private static final DateTimeFormatter EN_GB_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** Room around the page inside the preview. */
    private static final double PAPER_MARGIN = 28;

    /** Asks where to save: the save dialog in the app, a fixed path in tests; null when cancelled. */
    @FunctionalInterface
    public interface SaveChooser {
        Path choose(String title, String suggestedName);
    }

    private final ReportViewModel model;
    private final ImageView pageView = new ImageView();
    private SaveChooser chooser = this::chooseWithDialog;

    public ReportDialog(ReportViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle(model.kind().title());
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add(DEFAULT_STYLE_CLASS);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("report-close");

        BorderPane content = new BorderPane();
        content.setLeft(form());
        content.setCenter(preview());
        getDialogPane().setContent(content);
        Rectangle2D screen = screen(owner);
        getDialogPane().setPrefSize(Math.min(1180, screen.getWidth() - 40), Math.min(780, screen.getHeight() - 60));
        getDialogPane().setMinSize(Math.min(820, screen.getWidth() - 40), Math.min(480, screen.getHeight() - 60));
        setOnHidden(event -> model.close());
    }

    /** The visible part of the screen the owner is on (the main screen without one). */
    private static Rectangle2D screen(Window owner) {
        if (owner != null) {
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    public ReportViewModel model() {
        return model;
    }

    /** Replaces the save dialog (tests give a path). */
    public void setSaveChooser(SaveChooser chooser) {
        this.chooser = chooser;
    }

    private Node form() {
        Label heading = new Label(model.kind().title());
        heading.getStyleClass().add("report-heading");
        Label intro = wrapped(model.kind().description(), "muted");

        DatePicker from = datePicker("report-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("report-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        GridPane dates = new GridPane();
        dates.getStyleClass().add("report-form");
        dates.addRow(0, new Label("From"), from);
        dates.addRow(1, new Label("To"), to);
        Label weeks = wrapped("", "muted");
        weeks.setId("report-weeks");
        weeks.textProperty().bind(model.weeksTextProperty());
        Label problem = wrapped("", "problem");
        problem.setId("report-problem");
        problem.textProperty().bind(model.problemProperty());
        shownWhenText(problem);

        VBox fields = new VBox(8, heading, intro, section("Weeks"), dates, weeks, problem);
        if (model.hasOptions()) {
            fields.getChildren().addAll(new Separator(), section("On the cover"), coverFields(),
                    wrapped("Printed on the cover only if filled in. Both are optional.", "report-hint"),
                    notesChoice(),
                    wrapped("Off unless you tick it: notes may hold names or case details that should not "
                            + "leave the diary.", "report-hint"));
        }
        fields.getStyleClass().add("report-fields");
        ScrollPane scroll = new ScrollPane(fields); // a small screen still shows every field
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("report-fields-scroll");

        Label status = wrapped("", "report-status");
        status.setId("report-status");
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(ERROR, now));
        VBox run = new VBox(10, new Separator(), actions(), progress(), status);
        run.getStyleClass().add("report-run");

        // Generate, the progress and the outcome stay in sight below the fields, whatever the screen.
        BorderPane side = new BorderPane(scroll);
        side.setBottom(run);
        side.getStyleClass().add("report-side");
        side.setPrefWidth(340);
        side.setMinWidth(300);
        side.setMaxWidth(360);
        return side;
    }

    private Node coverFields() {
        TextField name = new TextField();
        name.setId("report-name");
        name.setPromptText("optional");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField employer = new TextField();
        employer.setId("report-employer");
        employer.setPromptText("optional");
        employer.textProperty().bindBidirectional(model.employerProperty());
        GridPane fields = new GridPane();
        fields.getStyleClass().add("report-form");
        Label nameLabel = new Label("Your _name");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        Label employerLabel = new Label("_Employer");
        employerLabel.setMnemonicParsing(true);
        employerLabel.setLabelFor(employer);
        fields.addRow(0, nameLabel, name);
        fields.addRow(1, employerLabel, employer);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(employer, Priority.ALWAYS);
        return fields;
    }

    private Node notesChoice() {
        CheckBox notes = new CheckBox("Include block _notes");
        notes.setMnemonicParsing(true);
        notes.setId("report-with-notes");
        notes.selectedProperty().bindBidirectional(model.withNotesProperty());
        return notes;
    }

    private Node actions() {
        Button generate = new Button("_Generate");
        generate.setMnemonicParsing(true);
        generate.setId("report-generate");
        generate.getStyleClass().add("accent");
        generate.disableProperty().bind(model.canGenerateProperty().not());
        generate.setOnAction(event -> model.generate());
        Button cancel = new Button("_Cancel");
        cancel.setMnemonicParsing(true);
        cancel.setId("report-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        HBox actions = new HBox(8, generate, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("report-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty().or(model.madeProperty())); // full once made
        Label step = wrapped("", "muted");
        step.setId("report-step");
        step.textProperty().bind(model.stepProperty());
        return new VBox(4, bar, step);
    }

    private Node preview() {
        Button previous = new Button("_Previous");
        previous.setMnemonicParsing(true);
        previous.setId("report-previous");
        previous.disableProperty().bind(model.canPreviousProperty().not());
        previous.setOnAction(event -> model.previousPage());
        Button next = new Button("Ne_xt");
        next.setMnemonicParsing(true);
        next.setId("report-next");
        next.disableProperty().bind(model.canNextProperty().not());
        next.setOnAction(event -> model.nextPage());
        Label pageLabel = new Label();
        pageLabel.setId("report-page-label");
        pageLabel.getStyleClass().add("report-page-label");
        pageLabel.textProperty().bind(model.pageLabelProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("_Save PDF…");
        save.setMnemonicParsing(true);
        save.setId("report-save");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> save());
        HBox bar = new HBox(8, previous, pageLabel, next, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("report-preview-bar");

        Label outOfDate = new Label("Out of date: the weeks or options changed since this preview. Generate again to see them.");
        outOfDate.setId("report-out-of-date");
        outOfDate.getStyleClass().add("report-out-of-date");
        outOfDate.setWrapText(true);
        outOfDate.setMaxWidth(Double.MAX_VALUE);
        outOfDate.visibleProperty().bind(model.outOfDateProperty());
        outOfDate.managedProperty().bind(outOfDate.visibleProperty());

        pageView.setId("report-page-image");
        pageView.setPreserveRatio(true);
        pageView.setSmooth(true);
        pageView.getStyleClass().add("report-page");
        Label empty = new Label();
        empty.getStyleClass().add("report-preview-empty");
        empty.textProperty().bind(Bindings.when(model.runningProperty()).then("Making the report…")
                .otherwise(Bindings.when(model.madeProperty()).then("Drawing the page…")
                        .otherwise("The pages appear here once the report is made.")));
        empty.visibleProperty().bind(pageView.imageProperty().isNull());
        StackPane paper = new StackPane(empty, pageView);
        paper.getStyleClass().add("report-paper");
        paper.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("report-preview");
        scroll.getStyleClass().add("report-preview");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // The page fills the width it is given, never beyond its own size (drawn at about screen resolution).
        scroll.viewportBoundsProperty().addListener((o, was, now) -> fitPage(now.getWidth()));
        model.pageProperty().addListener((o, was, now) -> {
            pageView.setImage(now == null ? null : image(now));
            if (now != null && was != null && was.index() != now.index()) {
                scroll.setVvalue(0); // a new page starts at its top
            }
            fitPage(scroll.getViewportBounds().getWidth());
        });

        BorderPane preview = new BorderPane(scroll);
        preview.setTop(new VBox(6, bar, outOfDate));
        preview.getStyleClass().add("report-preview-side");
        return preview;
    }

    private void fitPage(double viewportWidth) {
        if (pageView.getImage() != null) {
            pageView.setFitWidth(Math.max(200, Math.min(pageView.getImage().getWidth(), viewportWidth - PAPER_MARGIN)));
        }
    }

    private static WritableImage image(PdfPreview.Page page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }

    private void save() {
        Path target = chooser.choose("Save " + model.kind().title().toLowerCase(Locale.ROOT) + " as PDF",
                model.suggestedFileName());
        if (target != null) {
            model.save(target);
        }
    }

    private Path chooseWithDialog(String title, String suggestedName) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(title);
        dialog.setInitialFileName(suggestedName);
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        File file = dialog.showSaveDialog(getDialogPane().getScene().getWindow());
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? path
                : path.resolveSibling(path.getFileName() + ".pdf");
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static void shownWhenText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(170);
        picker.setConverter(new LocalDateStringConverter(EN_GB_DATE, EN_GB_DATE));
        picker.setPromptText("dd/mm/yyyy");
        return picker;
    }
}
