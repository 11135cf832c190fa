package org.dwdiary.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.dwdiary.domain.QuickAddParser;
import org.dwdiary.domain.SampleDiary;
import org.dwdiary.domain.Theme;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.dwdiary.store.SampleDiaryWriter;
import org.dwdiary.ui.history.IntegrityIndicator;
import org.dwdiary.ui.history.IntegrityViewModel;
import org.dwdiary.ui.reports.DiaryReports;
import org.dwdiary.ui.reports.ReportDialog;
import org.dwdiary.ui.reports.ReportKind;
import org.dwdiary.ui.evidence.EvidenceView;
import org.dwdiary.ui.evidence.EvidenceViewModel;
import org.dwdiary.ui.settings.SettingsDialog;
import org.dwdiary.ui.settings.SettingsViewModel;
import org.dwdiary.ui.team.MemberExportDialog;
import org.dwdiary.ui.team.MemberExportViewModel;
import org.dwdiary.ui.team.TeamEvidenceDialog;
import org.dwdiary.ui.team.TeamEvidenceViewModel;
import org.dwdiary.ui.trends.TrendsView;
import org.dwdiary.ui.trends.TrendsViewModel;
import org.dwdiary.ui.week.WeekView;
import org.dwdiary.ui.week.WeekViewModel;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.ui.backup.BackupDialog;
import org.dwdiary.ui.backup.BackupViewModel;
import org.dwdiary.ui.backup.DeleteDataDialog;
import org.dwdiary.ui.backup.DeleteDataViewModel;
import org.dwdiary.store.Backups;
import org.dwdiary.store.WindowLock;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.DiaryUnreadableException;
import org.dwdiary.ui.backup.UnreadableDiaryView;
import org.dwdiary.ui.backup.UnreadableDiaryViewModel;
import org.dwdiary.ui.welcome.WelcomeView;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The window's content: the menu bar, and either the welcome (first run), the week view of the
 * worker's own diary, or the week view of the sample diary under a banner that says so. Beside the
 * menus, "Week | Trends | Evidence" switches to the trends or the evidence view, each built the first
 * time it is shown and read again each time it is shown.
 */
public final class DiaryWindow {
    private final Path folder;
    private final Clock clock;
    /** The folder's window lock, held by this window (null in tests that make no lock). */
    private final WindowLock lock;
    private final Executor background;
    private final Executor fx;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox top = new VBox();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Direct Work Diary");
    private final MenuBar menus;
    private final ToggleButton weekToggle = viewToggle("Week", "view-week", "The week: blocks and totals (Ctrl+1)");
    private final ToggleButton trendsToggle = viewToggle("Trends", "view-trends",
            "Weeks side by side: direct-work share, hours, contract, evenings and weekends (Ctrl+2)");
    private final ToggleButton evidenceToggle = viewToggle("Evidence", "view-evidence",
            "Balances, flexi and lost hours, TOIL, possible working-time breaches, how the record was kept (Ctrl+3)");
    private final HBox viewSwitch = new HBox();
    private final HBox menuRow;
    private Diary diary;
    /** The diary shown, for the check for changes made elsewhere, which runs off the FX thread. */
    private volatile Diary watched;
    /** Whether the diary shown is the sample (to open it again after a refused deletion). */
    private boolean sampleShown;
    /** How File ▸ Delete all my data asks; tests answer in the user's place. */
    private Predicate<String> deleteConfirmation;
    private WeekView weekView;
    private TrendsView trendsView;
    private IntegrityIndicator integrityIndicator;
    /** The quiet moment after changes before the record is checked again. */
    private final PauseTransition integrityQuiet = new PauseTransition(Duration.seconds(1.5));
    private EvidenceView evidenceView;
    /** Which view the window shows once a diary is open. */
    private enum Screen { WEEK, TRENDS, EVIDENCE }
    private Screen showing = Screen.WEEK;
    private FileTransfers transfers;
    /** The start-up phases, marked as they are reached (off unless started with --timings). */
    private StartupTimings timings = StartupTimings.off();
    /** Runs once the first week is drawn (or the welcome shown). */
    private Runnable started = () -> { };
    /** Whether the window's first frame has been laid out (see {@link #firstFrameShown}). */
    private boolean firstFrameDone;
    /** The opened diary's week, waiting to be built until the first frame is shown. */
    private Runnable afterFirstFrame;

    public DiaryWindow(Path folder, Clock clock, Executor background, Executor fx) {
        this(folder, clock, null, background, fx);
    }

    /**
     * @param lock the folder's window lock, held for the window's life; before a diary opens the window makes
     *             sure it still holds it (Delete all my data takes the lock file away), or null for none
     */
    public DiaryWindow(Path folder, Clock clock, WindowLock lock, Executor background, Executor fx) {
        this.folder = folder;
        this.clock = clock;
        this.lock = lock;
        this.background = background;
        this.fx = fx;
        root.getStyleClass().add("diary-window");
        menus = menuBar();
        menuRow = menuRow();
        top.getChildren().add(menuRow);
        root.setTop(top);
        root.setCenter(content);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKeys);
        root.setOnDragOver(event -> {
            if (weekView != null && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean taken = false;
            if (weekView != null && event.getDragboard().hasFiles()) {
                showWeekView();
                for (File file : event.getDragboard().getFiles()) {
                    importFile(file.toPath());
                    taken = true;
                }
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    public Parent root() {
        return root;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** First run shows the welcome; otherwise the worker's own diary opens on this week. */
    public void start() {
        start(null);
    }

    /**
     * As {@link #start()}, taking the worker's diary from {@code opening} when it is already being opened (since
     * before JavaFX started), or null to open it here.
     */
    public void start(CompletableFuture<Diary> opening) {
        if (opening != null || DiaryFolder.hasDiary(folder)) {
            open(folder, false, null, opening == null ? () -> Diary.open(folder, clock) : () -> joined(opening));
            afterNextPulse(this::firstFrameShown);
        } else {
            showWelcome(null);
            afterNextPulse(() -> {
                firstFrameShown();
                started.run(); // the welcome is all there is to draw
            });
        }
    }

    /**
     * The window's first frame ("Opening your diary…") is laid out: the week, if its diary opened meanwhile, is built
     * now. Building it before would make the first frame wait for the whole week view.
     */
    private void firstFrameShown() {
        firstFrameDone = true;
        timings.mark(StartupTimings.Phase.FIRST_WINDOW);
        Runnable waiting = afterFirstFrame;
        afterFirstFrame = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    /** Runs {@code action} once the first frame is shown (at once when it has been, or in a test without a scene). */
    private void whenFirstFrameShown(Runnable action) {
        if (firstFrameDone || root.getScene() == null) {
            action.run();
        } else {
            afterFirstFrame = action;
        }
    }

    /**
     * Marks the start-up phases in {@code timings}; {@code started} runs (on the FX thread) once the first week is
     * drawn, or the welcome is shown.
     */
    public void timeStart(StartupTimings timings, Runnable started) {
        this.timings = timings;
        this.started = started;
    }

    private static Diary joined(CompletableFuture<Diary> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // refused, damaged, not a diary: handled as when opened here
            }
            throw e;
        }
    }

    /**
     * Runs {@code action} once, on the FX thread, when the next pulse has laid the scene out (the frame that
     * follows is what the user sees); at once when the root is in no scene (as in some tests).
     */
    private void afterNextPulse(Runnable action) {
        Scene scene = root.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        AtomicBoolean ran = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ran.compareAndSet(false, true)) {
                // not removed inside the pulse's own loop over its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** The first-run welcome, with {@code notice} above it (or null). */
    private void showWelcome(String notice) {
        sampleShown = false;
        top.getChildren().setAll(menuRow);
        content.getChildren().setAll(new WelcomeView(this::openOwnDiary, this::openSample, notice));
        title.unbind();
        title.set("Direct Work Diary — welcome");
    }

    public void openOwnDiary() {
        open(folder, false, null);
    }

    public void openSample() {
        open(DiaryFolder.demoFolder(folder), true, null);
    }

    /** Opens {@code diaryFolder}'s diary; once its week shows, {@code notice} (or none) is on its message line. */
    private void open(Path diaryFolder, boolean sample, String notice) {
        open(diaryFolder, sample, notice, () -> Diary.open(diaryFolder, clock));
    }

    /** As {@link #open(Path, boolean, String)}, the diary given by {@code opener} (on the diary's thread). */
    private void open(Path diaryFolder, boolean sample, String notice, Supplier<Diary> opener) {
        closeDiary();
        showBusy(sample ? "Preparing the sample diary…" : "Opening your diary…", sample);
        background.execute(() -> {
            try {
                keepLock();
                Diary opened = opener.get();
                timings.mark(StartupTimings.Phase.DIARY_OPEN);
                if (sample && opened.count() == 0) {
                    SampleDiaryWriter.write(opened, SampleDiary.DEFAULT_WEEKS, 0, clock.millis(), clock);
                }
                ZoneId zone = opened.zone();
                Theme theme = opened.theme();
                fx.execute(() -> whenFirstFrameShown(() -> show(opened, zone, theme, sample, notice)));
            } catch (DiaryUnreadableException e) {
                fx.execute(() -> {
                    if (sample) {
                        showFailure(diaryFolder, e);
                    } else {
                        showUnreadable(e);
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> showFailure(diaryFolder, e));
            }
        });
    }

    /** The lock is still this window's, or the opening is refused, naming who took it meanwhile. */
    private void keepLock() {
        if (lock == null) {
            return;
        }
        lock.keep().ifPresent(holder -> {
            throw new InputRefusedException("The diary in " + folder + " is now open in "
                    + holder.describe(clock.getZone(), clock.instant().atZone(clock.getZone()).toLocalDate())
                    + ": close this window and use that one.");
        });
    }

    private void show(Diary opened, ZoneId zone, Theme theme, boolean sample, String notice) {
        diary = opened;
        watched = opened;
        unreadableView = null;
        sampleShown = sample;
        applyTheme(theme);
        WeekViewModel model = new WeekViewModel(opened, zone, clock, background, fx);
        weekView = new WeekView(model);
        trendsView = null;
        evidenceView = null;
        viewSwitch.setVisible(true);
        transfers = new FileTransfers(opened, zone, model, background, fx, root);
        top.getChildren().setAll(menuRow);
        if (sample) {
            top.getChildren().add(sampleBanner());
        }
        showWeekView();
        IntegrityViewModel integrity = new IntegrityViewModel(opened::verify, IntegrityViewModel.namingBlocks(opened::find, zone),
                background, fx, action -> {
            integrityQuiet.setOnFinished(event -> {
                if (diary == opened) {
                    action.run();
                }
            });
            integrityQuiet.playFromStart();
        });
        integrityIndicator = new IntegrityIndicator(integrity);
        weekView.setStatus(integrityIndicator);
        String name = sample ? "Direct Work Diary — sample data (not your diary)" : "Direct Work Diary";
        title.bind(Bindings.createStringBinding(() -> model.runningTextProperty().get().isEmpty() ? name
                : "● " + model.runningTextProperty().get() + " — " + name, model.runningTextProperty()));
        // Once the week is drawn (the whole record is read, so not before), then a quiet moment after each reload:
        // after changes here, F5, or coming back to the window (the command line may have written meanwhile).
        whenFirstShown(model, () -> {
            integrity.check();
            model.onReload(integrity::changed);
            afterNextPulse(() -> {
                timings.mark(StartupTimings.Phase.WEEK_DRAWN);
                started.run();
            });
        });
        model.reload();
        if (notice != null) {
            model.info(notice);
        }
    }

    /** Runs {@code action} once, when the week's first figures are in the model (so in the view). */
    private static void whenFirstShown(WeekViewModel model, Runnable action) {
        model.figuresProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends WeekFigures> figures, WeekFigures was, WeekFigures now) {
                figures.removeListener(this);
                action.run();
            }
        });
    }

    /** The menus, and beside them the switch between the week, the trends and the evidence (shown once a diary is open). */
    private HBox menuRow() {
        weekToggle.setToggleGroup(new ToggleGroup());
        trendsToggle.setToggleGroup(weekToggle.getToggleGroup());
        evidenceToggle.setToggleGroup(weekToggle.getToggleGroup());
        weekToggle.getStyleClass().add("left-pill");
        trendsToggle.getStyleClass().add("center-pill");
        evidenceToggle.getStyleClass().add("right-pill");
        weekToggle.setOnAction(event -> showWeekView());
        trendsToggle.setOnAction(event -> showTrends());
        evidenceToggle.setOnAction(event -> showEvidence());
        viewSwitch.getChildren().setAll(weekToggle, trendsToggle, evidenceToggle);
        viewSwitch.getStyleClass().add("view-switch");
        viewSwitch.setVisible(false);
        Region spacer = new Region();
        spacer.getStyleClass().add("menu-row-spacer");
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(menus, viewSwitch, spacer);
        row.getStyleClass().add("view-switch-row");
        return row;
    }

    private static ToggleButton viewToggle(String text, String id, String tip) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setTooltip(new Tooltip(tip));
        toggle.setMnemonicParsing(false);
        return toggle;
    }

    /** View ▸ Week (Ctrl+1): the week view, as it was left. */
    public void showWeekView() {
        if (weekView == null) {
            return;
        }
        weekToggle.setSelected(true);
        if (showing != Screen.WEEK || !content.getChildren().contains(weekView)) {
            showing = Screen.WEEK;
            content.getChildren().setAll(weekView);
            weekView.focusGrid();
        }
    }

    /** View ▸ Trends (Ctrl+2): built the first time (start-up stays quick), read again each time it is shown. */
    public void showTrends() {
        if (weekView == null) {
            return;
        }
        if (trendsView == null) {
            trendsView = new TrendsView(new TrendsViewModel(diary, clock, background, fx, this::openWeek));
        }
        trendsToggle.setSelected(true);
        if (showing != Screen.TRENDS) {
            showing = Screen.TRENDS;
            content.getChildren().setAll(trendsView);
            trendsView.focusRanges();
        }
        trendsView.model().reload();
    }

    /** View ▸ Evidence (Ctrl+3): built the first time, read again each time it is shown. */
    public void showEvidence() {
        if (weekView == null) {
            return;
        }
        if (evidenceView == null) {
            evidenceView = new EvidenceView(new EvidenceViewModel(diary, clock, background, fx, this::openWeek));
        }
        evidenceToggle.setSelected(true);
        if (showing != Screen.EVIDENCE) {
            showing = Screen.EVIDENCE;
            content.getChildren().setAll(evidenceView);
            evidenceView.focusRanges();
        }
        evidenceView.model().reload();
    }

    /** A week clicked in a chart, a week row or a breach: the week view on that week. */
    private void openWeek(WeekId week) {
        showWeekView();
        weekView.model().showWeek(week);
    }

    private Node sampleBanner() {
        Label text = new Label("You are exploring sample data. Nothing here is yours, and nothing you do here "
                + "touches your own diary.");
        text.setWrapText(true);
        Button start = new Button("Start my own diary");
        start.setId("banner-start-my-diary");
        start.setOnAction(event -> openOwnDiary());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(12, text, spacer, start);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("sample-banner");
        return banner;
    }

    private void showBusy(String text, boolean spin) {
        VBox busy = new VBox(12, new Label(text));
        if (spin) { // the sample takes seconds to write; the worker's own diary opens in well under one
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(48, 48);
            busy.getChildren().add(0, spinner);
        }
        busy.setAlignment(Pos.CENTER);
        content.getChildren().setAll(busy);
    }

    private UnreadableDiaryView unreadableView;

    /**
     * The worker's diary file cannot be opened (damaged, not a diary, from a newer version): what is wrong, and
     * a way out — the newest good backup put back, another chosen, or (with none) a new, empty diary — that
     * never deletes the file.
     */
    private void showUnreadable(DiaryUnreadableException problem) {
        sampleShown = false;
        top.getChildren().setAll(menuRow);
        title.unbind();
        title.set("Direct Work Diary — your diary could not be opened");
        UnreadableDiaryViewModel model = new UnreadableDiaryViewModel(problem, Backups.of(folder, clock), clock.getZone(),
                background, fx, new UnreadableDiaryViewModel.WindowHooks() {
            @Override
            public void openDiary(String notice) {
                unreadableView = null;
                open(folder, false, notice);
            }

            @Override
            public void chooseAnotherBackup() {
                showBackups(false);
            }

            @Override
            public void quit() {
                root.getScene().getWindow().hide();
            }
        });
        unreadableView = new UnreadableDiaryView(model);
        content.getChildren().setAll(unreadableView);
        model.load();
    }

    /** The screen shown while the diary file cannot be opened, else null (for tests). */
    public UnreadableDiaryView unreadableView() {
        return unreadableView;
    }

    private void showFailure(Path diaryFolder, RuntimeException e) {
        Label heading = new Label("The diary could not be opened");
        heading.getStyleClass().add("welcome-title");
        TextArea details = new TextArea(e.getMessage() + "\n\nFolder: " + diaryFolder
                + "\nNothing in it has been changed or deleted.");
        details.setEditable(false);
        details.setWrapText(true);
        details.setMaxWidth(700);
        VBox failure = new VBox(12, heading, details);
        failure.setAlignment(Pos.CENTER);
        failure.getStyleClass().add("welcome");
        content.getChildren().setAll(failure);
    }

    /** Closes the diary (window closing, or switching between the sample and the real one). */
    public void closeDiary() {
        if (weekView != null) {
            weekView.model().notes().save(); // queued before the diary closes, on the same background thread
        }
        Diary closing = diary;
        diary = null;
        watched = null;
        weekView = null;
        trendsView = null;
        evidenceView = null;
        showing = Screen.WEEK;
        viewSwitch.setVisible(false);
        integrityIndicator = null;
        fx.execute(integrityQuiet::stop); // closing may come from another thread (tests); animations stop on fx
        if (closing != null) {
            background.execute(closing::close);
        }
    }

    /** Imports a CSV file or a calendar (with its preview), as dropping it on the window does. */
    public void importFile(Path file) {
        if (transfers != null) {
            transfers.importFile(file);
        }
    }

    /**
     * Every {@code every}, on {@code scheduler} (in the app, the diary's own thread), asks whether another
     * program (the command line) has changed the diary, and if so reads the shown view again, as F5 does.
     */
    public void watchForChangesElsewhere(ScheduledExecutorService scheduler, java.time.Duration every) {
        scheduler.scheduleWithFixedDelay(this::checkForChangesElsewhere, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** One look (off the FX thread): a refresh on the FX thread when another program changed the diary shown. */
    void checkForChangesElsewhere() {
        Diary shown = watched;
        if (shown == null) {
            return;
        }
        try {
            if (shown.changedElsewhere()) {
                fx.execute(() -> {
                    if (diary == shown) {
                        refresh();
                    }
                });
            }
        } catch (RuntimeException e) {
            // Closed meanwhile, or busy for longer than the timeout: the next look will tell. (A periodic task
            // that throws is never run again.)
        }
    }

    /** Reads the shown week (and the trends or evidence, if shown) again: the CLI may have changed the diary meanwhile. */
    public void refresh() {
        if (weekView != null) {
            weekView.model().reload();
        }
        if (showing == Screen.TRENDS) {
            trendsView.model().reload();
        }
        if (showing == Screen.EVIDENCE) {
            evidenceView.model().reload();
        }
    }

    /** The week view once a diary is open (for tests and the menus). */
    public WeekView weekView() {
        return weekView;
    }

    /** The trends view once it has been shown, else null (for tests). */
    public TrendsView trendsView() {
        return trendsView;
    }

    /** The evidence view once it has been shown, else null (for tests). */
    public EvidenceView evidenceView() {
        return evidenceView;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Import CSV…", "menu-import-csv", shortcut(KeyCode.I), () -> transfers.chooseAndImport()),
                item("Import _calendar…", "menu-import-calendar",
                        new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> transfers.chooseAndImportCalendar()),
                item("_Export CSV…", "menu-export-csv", shortcut(KeyCode.E), () -> transfers.chooseAndExport(false)),
                item("Export CSV with _notes…", "menu-export-csv-notes", null, () -> transfers.chooseAndExport(true)),
                new SeparatorMenuItem(),
                always(item("_Back up now", "menu-backup-now", null, () -> showBackups(true))),
                always(item("_Restore from backup…", "menu-restore", null, () -> showBackups(false))),
                new SeparatorMenuItem(),
                always(item("_Quit", "menu-quit", shortcut(KeyCode.Q), () -> root.getScene().getWindow().hide())),
                new SeparatorMenuItem(),
                always(item("Delete all my data…", "menu-delete-all-data", null, this::deleteAllData)));

        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Quick add", "menu-quick-add", shortcut(KeyCode.L), onWeek(() -> weekView.focusQuickAdd())),
                item("_Add block…", "menu-add", shortcut(KeyCode.N), onWeek(() -> weekView.addBlock())),
                item("_Edit block… (Enter)", "menu-edit", null, onWeek(() -> weekView.editSelected())),
                item("_Delete block", "menu-delete", new KeyCodeCombination(KeyCode.DELETE), () -> {
                    if (showing == Screen.WEEK) { // never a block the user cannot see
                        weekView.model().deleteSelected();
                    }
                }),
                item("_History of block…", "menu-block-history", shortcut(KeyCode.H), onWeek(() -> weekView.historyOfSelected())),
                new SeparatorMenuItem(),
                item("_Mark day…", "menu-mark-day", shortcut(KeyCode.M), onWeek(() -> weekView.markDay())),
                new SeparatorMenuItem(),
                item("_Undo", "menu-undo", shortcut(KeyCode.Z), onWeek(() -> weekView.model().undo())),
                item("_Redo", "menu-redo", shortcut(KeyCode.Y), onWeek(() -> weekView.model().redo())),
                new SeparatorMenuItem(),
                item("Copy _previous day…", "menu-copy-day", shortcut(KeyCode.D), onWeek(() -> weekView.copyPreviousDay())),
                item("Copy last _week's pattern…", "menu-copy-week",
                        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        onWeek(() -> weekView.copyLastWeek())),
                item("_Templates…", "menu-templates", shortcut(KeyCode.T), onWeek(() -> weekView.showTemplates())),
                new SeparatorMenuItem(),
                item("_Stop timer", "menu-stop-timer",
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        onWeek(() -> weekView.stopTimer())),
                new SeparatorMenuItem(),
                item("Se_ttings…", "menu-settings", shortcut(KeyCode.COMMA), this::showSettings));

        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Week", "menu-week-view", shortcut(KeyCode.DIGIT1), this::showWeekView),
                item("T_rends", "menu-trends-view", shortcut(KeyCode.DIGIT2), this::showTrends),
                item("E_vidence", "menu-evidence-view", shortcut(KeyCode.DIGIT3), this::showEvidence),
                new SeparatorMenuItem(),
                item("_Previous week", "menu-previous", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                        onWeek(() -> weekView.model().previousWeek())),
                item("_Next week", "menu-next", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                        onWeek(() -> weekView.model().nextWeek())),
                item("_This week", "menu-this-week", new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN),
                        onWeek(() -> weekView.model().thisWeek())),
                new SeparatorMenuItem(),
                item("_Reload", "menu-reload", new KeyCodeCombination(KeyCode.F5), this::refresh),
                item("Record _integrity…", "menu-integrity", null, () -> integrityIndicator.showDetails()));

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                always(item("_Quick-add syntax", "menu-syntax", null,
                        () -> info("Quick-add syntax", QuickAddParser.SYNTAX))),
                always(item("The four _kinds of time", "menu-kinds", null, this::showKinds)),
                always(item("_Keyboard shortcuts", "menu-keys", new KeyCodeCombination(KeyCode.F1), this::showShortcuts)),
                always(item("_Where is my diary?", "menu-where", null, this::showWhere)));

        MenuBar bar = new MenuBar(file, edit, view, reportsMenu(), help);
        for (Menu menu : bar.getMenus()) {
            // Items that act on the diary are greyed out until one is open (welcome, opening, failure).
            menu.setOnShowing(event -> menu.getItems().forEach(item -> item.setDisable(
                    weekView == null && !ALWAYS.equals(item.getUserData()))));
        }
        return bar;
    }

    /**
     * The PDF reports, each in a dialog with its weeks, a preview and Save PDF…; a member's own file for
     * their representative, and the representative's team evidence.
     */
    private Menu reportsMenu() {
        Menu reports = new Menu("_Reports");
        reports.getItems().addAll(
                item("_Supervision summary…", "menu-report-supervision", shortcut(KeyCode.P),
                        () -> showReport(ReportKind.SUPERVISION)),
                item("_Evidence pack…", "menu-report-evidence",
                        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> showReport(ReportKind.EVIDENCE)),
                new SeparatorMenuItem(),
                item("Export _member file…", "menu-export-member", null, this::showMemberExport),
                always(item("_Team evidence…", "menu-team-evidence", null, this::showTeamEvidence)));
        return reports;
    }

    private ReportDialog reportDialog;

    private void showReport(ReportKind kind) {
        reportDialog = new ReportDialog(DiaryReports.viewModel(kind, diary, clock, background, fx), root.getScene().getWindow());
        reportDialog.model().load();
        reportDialog.show();
    }

    /** The report dialog last opened, else null (for tests). */
    public ReportDialog reportDialog() {
        return reportDialog;
    }

    private MemberExportDialog memberExportDialog;
    private TeamEvidenceDialog teamEvidenceDialog;

    /** Reports ▸ Export member file: the period, then the file, for the diary open now. */
    public void showMemberExport() {
        MemberExportViewModel model = new MemberExportViewModel(diary, clock, background, fx);
        memberExportDialog = new MemberExportDialog(model, root.getScene().getWindow());
        model.load(memberExportDialog::show);
    }

    /** Reports ▸ Team evidence: needs no diary of one's own; the files added stay while the window is open. */
    public void showTeamEvidence() {
        if (teamEvidenceDialog == null) {
            teamEvidenceDialog = new TeamEvidenceDialog(new TeamEvidenceViewModel(clock, background, fx), root.getScene().getWindow());
        }
        teamEvidenceDialog.show();
        teamEvidenceDialog.toFront();
    }

    /** The member-file dialog last opened, else null (for tests). */
    public MemberExportDialog memberExportDialog() {
        return memberExportDialog;
    }

    /** The team evidence window once opened, else null (for tests). */
    public TeamEvidenceDialog teamEvidenceDialog() {
        return teamEvidenceDialog;
    }

    private BackupDialog backupDialog;

    /**
     * File ▸ Back up now / Restore from backup: the copies of the worker's own diary (even while the sample is
     * shown); a restore closes the diary, replaces it and opens it again on this week.
     */
    public BackupDialog showBackups(boolean backUpNow) {
        if (backupDialog != null) {
            backupDialog.hide();
        }
        Backups backups = Backups.of(folder, clock);
        BackupViewModel model = new BackupViewModel(backups, diary == null ? clock.getZone() : diary.zone(), background, fx,
                new BackupViewModel.DiaryWindowHooks() {
                    @Override
                    public void closeDiary() {
                        DiaryWindow.this.closeDiary();
                    }

                    @Override
                    public void reopenDiary() {
                        openOwnDiary();
                    }
                });
        backupDialog = new BackupDialog(model, backups.folder(), root.getScene().getWindow());
        if (backUpNow) {
            model.backUpNow();
        } else {
            model.load();
        }
        backupDialog.show();
        return backupDialog;
    }

    /**
     * File ▸ Delete all my data: a confirmation naming the folder and what goes, then the diary closed, the
     * diary, its backups and the sample deleted, and the welcome shown as on a first run.
     */
    public void deleteAllData() {
        boolean wasOpen = diary != null;
        boolean wasSample = sampleShown;
        DeleteDataViewModel model = new DeleteDataViewModel(folder, background, fx, new DeleteDataViewModel.DiaryWindowHooks() {
            @Override
            public void closeDiary() {
                DiaryWindow.this.closeDiary();
            }

            @Override
            public void reopen() {
                if (!wasOpen) {
                    start();
                } else if (wasSample) {
                    openSample();
                } else {
                    openOwnDiary();
                }
            }

            @Override
            public void showWelcome(String message) {
                DiaryWindow.this.showWelcome(message);
            }
        }, reason -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, reason, ButtonType.OK);
            alert.initOwner(root.getScene().getWindow());
            alert.setHeaderText("Your data was not deleted");
            alert.showAndWait();
        });
        model.deleteAll(deleteConfirmation != null ? deleteConfirmation
                : question -> DeleteDataDialog.confirm(question, root.getScene().getWindow()));
    }

    /** Answers File ▸ Delete all my data's confirmation in the user's place (tests). */
    public void setDeleteConfirmation(Predicate<String> confirmation) {
        deleteConfirmation = confirmation;
    }

    /** The backups dialog last opened, else null (for tests). */
    public BackupDialog backupDialog() {
        return backupDialog;
    }

    private static final String ALWAYS = "always";

    private static MenuItem always(MenuItem item) {
        item.setUserData(ALWAYS);
        return item;
    }

    /** A week-view action: from the trends or evidence, it first goes back to the week view, so its effect is seen. */
    private Runnable onWeek(Runnable action) {
        return () -> {
            showWeekView();
            action.run();
        };
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** A menu item whose action needs an open diary runs only when one is open (accelerators included). */
    private MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(event -> {
            if (weekView != null || ALWAYS.equals(item.getUserData())) {
                action.run();
            }
        });
        return item;
    }

    /**
     * Page Up / Page Down move between weeks, even from the one-line quick-add field (where they do
     * nothing else); Home and Insert only outside text fields, where Home moves the cursor.
     */
    private void navigationKeys(KeyEvent event) {
        if (weekView == null || showing != Screen.WEEK || event.isAltDown() || event.isShortcutDown()) {
            return;
        }
        boolean inText = event.getTarget() instanceof TextInputControl;
        boolean pageKey = event.getCode() == KeyCode.PAGE_UP || event.getCode() == KeyCode.PAGE_DOWN;
        if (inText && (!pageKey || event.getTarget() instanceof TextArea)) {
            return;
        }
        switch (event.getCode()) {
            case PAGE_UP -> weekView.model().previousWeek();
            case PAGE_DOWN -> weekView.model().nextWeek();
            case HOME -> weekView.model().thisWeek();
            case INSERT -> weekView.addBlock();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showSettings() {
        SettingsViewModel model = new SettingsViewModel(diary, clock, background, fx);
        model.load(() -> {
            if (new SettingsDialog(model, root.getScene().getWindow()).showAndWait().orElse(ButtonType.CANCEL)
                    == SettingsDialog.SAVE) {
                model.save(outcome -> {
                    if (outcome.saved()) {
                        applyTheme(outcome.theme());
                        weekView.model().info(outcome.message());
                    } else {
                        weekView.model().error(outcome.message());
                    }
                    weekView.model().reload();
                    if (showing == Screen.TRENDS) {
                        trendsView.model().info(outcome.message());
                        trendsView.model().reload();
                    }
                    if (showing == Screen.EVIDENCE) {
                        evidenceView.model().info(outcome.message());
                        evidenceView.model().reload();
                    }
                });
            }
        });
    }

    /** The diary's theme on the window (and, through the base theme, on its dialogs). */
    private void applyTheme(Theme theme) {
        if (root.getScene() != null) {
            Themes.apply(theme, root.getScene());
        }
    }

    private void showKinds() {
        StringBuilder text = new StringBuilder();
        for (WorkKind kind : WorkKind.values()) {
            text.append(kind.displayName()).append(": ").append(kind.description()).append("\n\n");
        }
        text.append("Breaks are not logged: a gap between blocks is a break.");
        info("The four kinds of time", text.toString());
    }

    private void showShortcuts() {
        info("Keyboard shortcuts", """
                Ctrl+1, Ctrl+2, Ctrl+3 the week, trends and evidence views
                Ctrl+L                 quick add: type a line, Enter adds it (Up recalls earlier lines)
                Ctrl+Enter             in the quick-add line: start a timer for the activity
                Ctrl+Shift+S           stop the timer
                Ctrl+N or Insert       add a block
                Alt+D/R/T/M            in the block dialog: direct work, recording, travel, meetings
                Enter / double-click   edit the selected block
                Delete                 delete the selected block
                Shift+F10 / Menu key   the selected block's menu: edit, history, delete
                Ctrl+H                 the selected block's history (Alt+H in the block dialog)
                Ctrl+M                 mark a day: annual leave, sickness, bank holiday, TOIL taken
                                       (or click a day's name above the grid)
                Ctrl+Z / Ctrl+Y        undo / redo
                Page Up / Alt+Left     previous week
                Page Down / Alt+Right  next week
                Home / Alt+Home        this week
                Tab                    move between blocks
                Ctrl+D                 copy the previous day (with a preview)
                Ctrl+Shift+D           copy last week's pattern onto this week
                Ctrl+T                 templates
                Ctrl+I / Ctrl+E        import / export CSV
                Ctrl+Shift+I           import a calendar (.ics), with a preview
                Ctrl+P / Ctrl+Shift+E  supervision summary / evidence pack (PDF, with a preview)
                F5                     reload now (changes from the command line also show by themselves)

                In the trends view
                Tab                    move between the range buttons and the charts
                Left / Right           on a chart: the previous / next week, with its figures
                Home / End             on a chart: the first / last week
                Enter                  on a chart: open that week in the week view

                In the evidence view
                Tab                    move between the ranges, the weeks, the breaches and the rules
                Up / Down              in the weeks or the breaches: the previous / next one
                Enter                  on a week or a breach: open that week in the week view""");
    }

    private void showWhere() {
        info("Where is my diary?", "Your diary is the file\n" + DiaryFolder.diaryFile(folder)
                + "\n\nIt never leaves this computer. While the window is open, a copy is made in "
                + Backups.of(folder, clock).folder() + " 20 seconds after it opens and every 4 hours after that "
                + "(File ▸ Restore from backup).");
    }

    private void info(String heading, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(heading);
        alert.setHeaderText(heading);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("monospace-text");
        area.setPrefRowCount(Math.min(28, (int) text.lines().count() + 1));
        area.setPrefColumnCount(90);
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }
}
