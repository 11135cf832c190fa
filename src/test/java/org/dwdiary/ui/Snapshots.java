package org.dwdiary.ui;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what a node looks like as a PNG under target/gui-snapshots, to look at after a test run. */
final class Snapshots {
    private Snapshots() {
    }

    static void save(FxRobot robot, Node node, String name) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path folder = Path.of("target", "gui-snapshots");
            Files.createDirectories(folder);
            ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
