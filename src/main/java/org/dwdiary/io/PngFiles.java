package org.dwdiary.io;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** A picture given as ARGB pixels, row by row, written as a PNG file (under a temporary name, then renamed). */
public final class PngFiles {
    private PngFiles() {
    }

    public static void write(Path target, int width, int height, int[] argb) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException(width + " × " + height + " pixels do not match " + argb.length + " values");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        SafeFiles.writeBinary(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }
}
