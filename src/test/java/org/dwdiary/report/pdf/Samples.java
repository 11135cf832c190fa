package org.dwdiary.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps a copy of each generated PDF in target/report-samples, to look at (pdftoppm) after a run. */
public final class Samples {
    private Samples() {
    }

    public static void keep(Path pdf) throws IOException {
        Path folder = Path.of("target", "report-samples");
        Files.createDirectories(folder);
        Files.copy(pdf, folder.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
