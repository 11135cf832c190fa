package org.dwdiary.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The whole command as a user runs it, cold: {@code java -jar dwdiary.jar --data-dir D report evidence --out
 * x.pdf} on a diary made by {@code demo --weeks 52 --blocks-per-day 10} (the figure: at most 3 s),
 * timed from starting the process to its exit, several times; with the PDF's size and number of pages. Run by
 * {@code ./mvnw -Pbench verify}, after the jar is built; the argument is the jar.
 */
public final class EvidencePackTiming {
    private static final int RUNS = Integer.getInteger("bench.evidence.runs", 7);

    private EvidencePackTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/dwdiary.jar").toAbsolutePath();
        Path folder = Files.createTempDirectory("evidence-timing");
        Path diary = folder.resolve("diary");
        Path pdf = folder.resolve("evidence.pdf");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(javaCommand, "-jar", jar.toString(), "--data-dir", diary.toString(), "demo", "--weeks", "52", "--blocks-per-day", "10"));
        List<Long> millis = new ArrayList<>();
        String said = "";
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            said = run(List.of(javaCommand, "-jar", jar.toString(), "--data-dir", diary.toString(), "report", "evidence", "--out", pdf.toString()));
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }
        System.out.print(said);
        String line = String.format(Locale.UK, "- `report evidence`, 52 weeks × 10 blocks a day (`demo --weeks 52 --blocks-per-day 10`), "
                + "whole process: %s; PDF %,d bytes, %d pages; load %s%n", Results.summary(millis), Files.size(pdf), pages,
                Machine.loadText());
        System.out.print(line);
        Results.write("evidence-pack", "### Evidence pack (`EvidencePackTiming`)\n\n" + line);
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
