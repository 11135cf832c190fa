package org.dwdiary.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A chart's pixels come back from the PNG file exactly, transparency included. */
class PngFilesTest {

    @Test
    void writesPixelsThatReadBackTheSame(@TempDir Path dir) throws IOException {
        int[] argb = {0xff0072b2, 0xffe69f00, 0x00000000, 0x80ffffff, 0xff009e73, 0xffcc79a7};
        Path target = dir.resolve("direct-work-share-2026-W01-to-2026-W13.png");

        PngFiles.write(target, 3, 2, argb);

        BufferedImage read = ImageIO.read(target.toFile());
        assertEquals(3, read.getWidth());
        assertEquals(2, read.getHeight());
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(Integer.toHexString(argb[y * 3 + x]), Integer.toHexString(read.getRGB(x, y)), "pixel " + x + "," + y);
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void refusesPixelsThatDoNotFitTheSize(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> PngFiles.write(dir.resolve("x.png"), 2, 2, new int[3]));
    }
}
