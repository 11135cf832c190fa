package org.dwdiary.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dwdiary.domain.Theme;
import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.dwdiary.store.WindowLock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The composition root of the GUI: one window per data folder (see {@link SingleWindow}), one background
 * thread for the diary, and a small one watching for another window's request to come to the front.
 */
public final class DiaryApp extends Application {
    private static final String DATA_DIR = "--data-dir=";

    /**
     * A copy of the diary this long after the window opens, then every {@link #BACKUP_EVERY} while it is open.
     * The Backups dialog and Help ▸ Where is my diary? say so in words: change them together.
     */
    static final Duration FIRST_BACKUP = Duration.ofSeconds(20);
    static final Duration BACKUP_EVERY = Duration.ofHours(4);
    /** How long the window already open has to come to the front before this one explains instead. */
    static final Duration RAISE_WAIT = Duration.ofSeconds(3);
    /** How long a new window waits for a restore or delete-all-data from the command line to finish. */
    static final Duration COMMAND_WAIT = Duration.ofSeconds(10);
    /** How often the open diary is asked whether the command line changed it (one PRAGMA data_version). */
    static final Duration CHANGES_EVERY = Duration.ofSeconds(2);
    /** How often the window looks for another window's request to come to the front (one stat). */
    static final Duration RAISE_LOOK_EVERY = Duration.ofMillis(250);

    /** Decided in {@link #open} before JavaFX starts, taken by {@link #start}: JavaFX makes the Application itself. */
    private static volatile SingleWindow.Decision decided;
    /** How {@link #open} asked the window to start: its timings, and the diary already being opened. */
    private static volatile Startup startup;

    /** @param opening the worker's diary being opened since before JavaFX started, or null */
    private record Startup(StartupTimings timings, boolean exitAfterStart, Consumer<String> notices,
                           CompletableFuture<Diary> opening) {
        static final Startup NORMAL = new Startup(StartupTimings.off(), false, line -> { }, null);
    }

    private ScheduledExecutorService background;
    private ScheduledExecutorService lockWatch;
    private DiaryWindow window;
    private WindowLock lock;

    /**
     * Starts the GUI on the diary in {@code folder} (null: the default folder) and returns when it closes.
     * When another window has that folder and comes to the front, returns at once and says so on {@code notices}
     * (stderr): the caller ends with status 0.
     */
    public static void open(Path folder, Consumer<String> notices) {
        open(folder, StartupTimings.off(), false, notices);
    }

    /**
     * As {@link #open(Path, Consumer)}, marking the start-up phases in {@code timings} and giving their line to
     * {@code notices} once the current week is drawn (or the welcome shown); then, if {@code exitAfterStart}, closing.
     */
    public static void open(Path folder, StartupTimings timings, boolean exitAfterStart, Consumer<String> notices) {
        Path dataFolder = folder != null ? folder : DiaryFolder.resolve(null, System.getenv());
        Clock clock = Clock.systemDefaultZone();
        SingleWindow.Decision decision = SingleWindow.decide(dataFolder, clock, RAISE_WAIT, COMMAND_WAIT);
        if (decision.outcome() == SingleWindow.Outcome.RAISED) {
            notices.accept(SingleWindow.raisedNotice(dataFolder, decision.holder(), clock));
            return;
        }
        decided = decision;
        startup = new Startup(timings, exitAfterStart, notices,
                decision.outcome() == SingleWindow.Outcome.OPEN ? openEarly(dataFolder, clock, timings) : null);
        Application.launch(DiaryApp.class, DATA_DIR + dataFolder);
    }

    /**
     * The worker's diary opened (and quickly checked) on a thread of its own while JavaFX starts, so the two
     * overlap on a machine of two cores; null when there is no diary yet (the welcome shows).
     */
    private static CompletableFuture<Diary> openEarly(Path folder, Clock clock, StartupTimings timings) {
        if (!DiaryFolder.hasDiary(folder)) {
            return null;
        }
        CompletableFuture<Diary> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(Diary.open(folder, clock));
                timings.mark(StartupTimings.Phase.DIARY_OPEN);
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e); // shown by the window as any failure to open would be
            }
        }, "diary-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    @Override
    public void start(Stage stage) {
        Startup start = startup != null ? startup : Startup.NORMAL;
        startup = null;
        start.timings().mark(StartupTimings.Phase.FX_READY);
        AppIcons.applyLater(stage); // read while the window is built, not before its first frame
        Path folder = folder(getParameters().getRaw());
        Clock clock = Clock.systemDefaultZone();
        SingleWindow.Decision decision = decided != null ? decided
                : SingleWindow.decide(folder, clock, Duration.ZERO, Duration.ZERO); // launched without open()
        decided = null;
        if (decision.outcome() == SingleWindow.Outcome.OPEN) {
            openWindow(stage, folder, decision.lock(), start);
        } else {
            explain(stage, folder, decision.holder());
        }
    }

    private void openWindow(Stage stage, Path folder, WindowLock taken) {
        openWindow(stage, folder, taken, Startup.NORMAL);
    }

    private void openWindow(Stage stage, Path folder, WindowLock taken, Startup start) {
        lock = taken;
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "diary-store");
            thread.setDaemon(true);
            return thread;
        });
        window = new DiaryWindow(folder, Clock.systemDefaultZone(), lock, background, Platform::runLater);
        StartupTimings timings = start.timings();
        window.timeStart(timings, () -> {
            if (timings.report(start.notices()) && start.exitAfterStart()) {
                Platform.exit();
            }
        });
        stage.setScene(scene(window));
        stage.titleProperty().bind(window.titleProperty());
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                window.refresh();
            }
        });
        stage.show();
        stage.centerOnScreen();
        window.start(start.opening());
        // What the command line writes while the window is open shows without a click.
        window.watchForChangesElsewhere(background, CHANGES_EVERY);
        // On the diary's own thread, so a copy never overlaps a restore; after the first frame and the opening.
        Clock clock = Clock.systemDefaultZone();
        background.scheduleWithFixedDelay(() -> backUpIfDue(folder, clock),
                FIRST_BACKUP.toSeconds(), BACKUP_EVERY.toSeconds(), TimeUnit.SECONDS);
        if (lock != null) {
            watchRaiseRequests(stage, lock);
        }
    }

    /**
     * Another window asking this one to come to the front. Looked for on a thread of its own, not the diary's:
     * a long backup or report there must not make this window look hung. The answer goes once the FX thread
     * has brought the window forward, so a hung window never answers.
     */
    private void watchRaiseRequests(Stage stage, WindowLock held) {
        lockWatch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "diary-window-lock");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean raising = new AtomicBoolean();
        lockWatch.scheduleWithFixedDelay(() -> {
            if (held.raiseRequested() && raising.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    comeForward(stage);
                    lockWatch.execute(() -> {
                        held.acknowledgeRaise();
                        raising.set(false);
                    });
                });
            }
        }, RAISE_LOOK_EVERY.toMillis(), RAISE_LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void comeForward(Stage stage) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** Another window has the folder and did not come forward: say so; Try again asks again (or opens). */
    private void explain(Stage stage, Path folder, WindowLock.Holder holder) {
        Clock clock = Clock.systemDefaultZone();
        AlreadyOpenView[] view = new AlreadyOpenView[1];
        view[0] = new AlreadyOpenView(folder, clock.getZone(), () -> {
            Thread asking = new Thread(() -> {
                SingleWindow.Decision again = SingleWindow.decide(folder, clock, RAISE_WAIT, Duration.ZERO);
                Platform.runLater(() -> {
                    switch (again.outcome()) {
                        case OPEN -> openWindow(stage, folder, again.lock());
                        case RAISED -> Platform.exit();
                        case EXPLAIN -> view[0].show(again.holder(), today(clock));
                    }
                });
            }, "diary-window-ask");
            asking.setDaemon(true);
            asking.start();
        }, Platform::exit);
        view[0].show(holder, today(clock));
        Scene scene = new Scene(view[0].root());
        Themes.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.setTitle("Direct Work Diary — already open");
        stage.sizeToScene();
        stage.show();
    }

    private static LocalDate today(Clock clock) {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    /**
     * The automatic copy (skipped when a recent one holds the diary as it is), then the old ones thinned, by
     * days and weeks in the diary's own zone. Skipped when there is no diary yet; a diary that cannot be opened
     * (damaged, say) is never copied, so it can never push the good copies out.
     */
    static void backUpIfDue(Path folder, Clock clock) {
        try {
            if (!DiaryFolder.hasDiary(folder)) {
                return;
            }
            ZoneId zone;
            try (Diary diary = Diary.open(folder, clock)) { // the quick check, and the zone setting
                zone = diary.zone();
            }
            Backups.of(folder, clock).backUpIfDue(zone);
        } catch (RuntimeException e) {
            // A failed copy must not stop the next one (a throwing periodic task is never run again).
            System.getLogger(DiaryApp.class.getName()).log(System.Logger.Level.WARNING,
                    "The automatic backup of the diary in " + folder + " failed: " + e.getMessage());
        }
    }

    /** The window's scene with the theme and the app's style sheet (also used by the GUI tests). */
    public static Scene scene(DiaryWindow window) {
        Scene scene = new Scene(window.root());
        Themes.apply(Theme.LIGHT, scene); // until a diary opens with its own theme
        return scene;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeDiary();
        }
        if (background != null) {
            background.shutdown();
            try {
                // Let the diary close cleanly before the JVM ends the daemon thread.
                background.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (lockWatch != null) {
            lockWatch.shutdownNow();
        }
        if (lock != null) {
            lock.close(); // after the diary is closed: a restore from the command line may go ahead now
        }
    }

    private static Path folder(List<String> args) {
        for (String arg : args) {
            if (arg.startsWith(DATA_DIR)) {
                return Path.of(arg.substring(DATA_DIR.length()));
            }
        }
        return DiaryFolder.resolve(null, System.getenv());
    }
}
