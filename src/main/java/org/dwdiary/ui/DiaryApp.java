package org.dwdiary.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dwdiary.domain.Theme;
import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The composition root of the GUI: one window, one background thread for the diary. */
public final class DiaryApp extends Application {
    private static final String DATA_DIR = "--data-dir=";

    /**
     * A copy of the diary this long after the window opens, then every {@link #BACKUP_EVERY} while it is open.
     * The Backups dialog and Help ▸ Where is my diary? say so in words: change them together.
     */
    static final Duration FIRST_BACKUP = Duration.ofSeconds(20);
    static final Duration BACKUP_EVERY = Duration.ofHours(4);

    private ScheduledExecutorService background;
    private DiaryWindow window;

    /** Starts the GUI on the diary in {@code folder} (null: the default folder) and returns when it closes. */
    public static void open(Path folder) {
        Application.launch(DiaryApp.class, folder == null ? new String[0] : new String[] {DATA_DIR + folder});
    }

    @Override
    public void start(Stage stage) {
        Path folder = folder(getParameters().getRaw());
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "diary-store");
            thread.setDaemon(true);
            return thread;
        });
        window = new DiaryWindow(folder, Clock.systemDefaultZone(), background, Platform::runLater);
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
        window.start();
        // On the diary's own thread, so a copy never overlaps a restore; after the first frame and the opening.
        Clock clock = Clock.systemDefaultZone();
        background.scheduleWithFixedDelay(() -> backUpIfDue(folder, clock),
                FIRST_BACKUP.toSeconds(), BACKUP_EVERY.toSeconds(), TimeUnit.SECONDS);
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
