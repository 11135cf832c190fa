package org.dwdiary.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dwdiary.domain.Theme;
import org.dwdiary.store.DiaryFolder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The composition root of the GUI: one window, one background thread for the diary. */
public final class DiaryApp extends Application {
    private static final String DATA_DIR = "--data-dir=";

    private ExecutorService background;
    private DiaryWindow window;

    /** Starts the GUI on the diary in {@code folder} (null: the default folder) and returns when it closes. */
    public static void open(Path folder) {
        Application.launch(DiaryApp.class, folder == null ? new String[0] : new String[] {DATA_DIR + folder});
    }

    @Override
    public void start(Stage stage) {
        Path folder = folder(getParameters().getRaw());
        background = Executors.newSingleThreadExecutor(runnable -> {
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
