package org.dwdiary.ui;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's icon (icons/dwdiary.svg, drawn by icons/build.sh) at the sizes window decorations, task bars
 * and window switchers ask for. Read once and shared by every window. Reading the six PNGs (22 KB) costs
 * 100–150 ms in a fresh JVM (JavaFX's image decoder warming up), so the main window takes them on a
 * thread of its own ({@link #applyLater}) rather than before its first frame. Dialogs take their
 * owner's icon; a top-level {@link Stage} the app opens calls {@link #apply}.
 */
public final class AppIcons {
    /** The sizes the app carries, in pixels, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static List<Image> images;

    private AppIcons() {
    }

    /**
     * The icon at each of {@link #SIZES}, read on the first call (on any thread); a size that cannot be
     * read is left out, since an icon is cosmetic.
     */
    public static synchronized List<Image> load() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>(SIZES.size());
            for (int size : SIZES) {
                String name = "icons/dwdiary-" + size + ".png";
                try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                    Image image = in == null ? null : new Image(in);
                    if (image == null || image.isError()) {
                        throw new IOException("not found or not a picture");
                    }
                    loaded.add(image);
                } catch (IOException e) {
                    System.getLogger(AppIcons.class.getName()).log(System.Logger.Level.WARNING,
                            "The window icon " + name + " could not be read: " + e.getMessage());
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
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
