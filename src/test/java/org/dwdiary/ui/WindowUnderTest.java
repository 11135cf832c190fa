package org.dwdiary.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The real diary window on a test's stage, with its own background thread, as DiaryApp builds it. */
final class WindowUnderTest {
    final DiaryWindow window;
    private final ScheduledExecutorService background;

    private WindowUnderTest(DiaryWindow window, ScheduledExecutorService background) {
        this.window = window;
        this.background = background;
    }

    static WindowUnderTest show(Stage stage, Path folder, Clock clock) {
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
        DiaryWindow window = new DiaryWindow(folder, clock, background, Platform::runLater);
        stage.setScene(DiaryApp.scene(window));
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
        window.start();
        return new WindowUnderTest(window, background);
    }

    /**
     * Looks for changes made by another program every {@code every}, on the window's background thread, as
     * DiaryApp has it do every two seconds (other tests leave it off, so that nothing reloads unasked).
     */
    void watchForChangesElsewhere(Duration every) {
        window.watchForChangesElsewhere(background, every);
    }

    /** Closes the diary and waits for the background thread, so the next test starts clean. */
    void close() throws InterruptedException {
        window.closeDiary();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }
}
