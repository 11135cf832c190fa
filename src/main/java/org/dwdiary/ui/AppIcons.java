package org.dwdiary.ui;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The app's icon (icons/dwdiary.svg, drawn by icons/build.sh) for the windows' decorations, task bar
 * entries and window switchers, read once and shared by every window.
 *
 * <p>The resources hold 16 to 256 px ({@link #SIZES}), but JavaFX 21 hands the window system a single
 * picture, the one that best fits 32 px on Windows and 128 px on Linux and macOS
 * ({@code WindowStage.setIcons}), so only those two are read ({@link #WINDOW_SIZES}). Even so, the first
 * picture read in a fresh JVM warms up JavaFX's image decoder, so the main window takes its icon on a
 * thread of its own ({@link #applyLater}) rather than before its first frame. Dialogs take their owner's
 * icon; a top-level {@link Stage} the app opens calls {@link #apply}.
 */
public final class AppIcons {
    /** The sizes in the app's resources, in pixels, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);
    /** The sizes a window is given, in pixels: those JavaFX picks from (32 on Windows, 128 elsewhere). */
    public static final List<Integer> WINDOW_SIZES = List.of(32, 128);

    private static List<Image> images;

    private AppIcons() {
    }

    /**
     * The icon at each of {@link #WINDOW_SIZES}, read on the first call (on any thread); a size that cannot
     * be read is left out, since an icon is cosmetic.
     */
    public static synchronized List<Image> load() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>(WINDOW_SIZES.size());
            for (int size : WINDOW_SIZES) {
                read(size).ifPresent(loaded::add);
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** The icon at {@code size} px from the resources, read afresh; empty (and a warning logged) if it cannot be. */
    public static Optional<Image> read(int size) {
        String name = "icons/dwdiary-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            Image image = in == null ? null : new Image(in);
            if (image == null || image.isError()) {
                throw new IOException("not found or not a picture");
            }
            return Optional.of(image);
        } catch (IOException e) {
            System.getLogger(AppIcons.class.getName()).log(System.Logger.Level.WARNING,
                    "The window icon " + name + " could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Gives {@code stage} the app's icon now, replacing any it had (on the JavaFX thread). */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(load());
    }

    /**
     * Reads the icon on a thread of its own and then gives it to {@code stage} on the JavaFX thread, so the
     * window can be built and shown meanwhile (call on the JavaFX thread, early in start-up).
     */
    public static void applyLater(Stage stage) {
        Thread reader = new Thread(() -> {
            List<Image> icons = load();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "app-icons");
        reader.setDaemon(true);
        reader.start();
    }
}
