package org.dwdiary.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.report.ChartScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page furniture every report relies on: A4, embedded fonts, any script, numbered and dated pages. */
class ReportPagesTest {
    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 23, 14, 5, 0, 0, ZoneId.of("Europe/London"));

    @TempDir Path folder;

    @Test
    void textInAnyScriptReadsBackAndEveryPageIsNumberedAndDated() throws IOException {
        Path file = folder.resolve("sample.pdf");
        try (ReportPages pages = new ReportPages("Sample report", GENERATED)) {
            pages.title("Sample report");
            pages.heading("Names in many scripts");
            pages.paragraph("Zoë Siobhán Łukasz Ελένη Дмитрий 张伟 — £1,234 café naïve");
            ReportPages.Table table = pages.table(List.of(ReportPages.Column.left("Row", 1), ReportPages.Column.right("Value", 1)), 8);
            for (int i = 1; i <= 200; i++) {
                table.row("row " + i, String.valueOf(i * 3));
            }
            table.end();
            pages.chart(new PdfChart("Hours", List.of("W1", "W2", "W3"), ChartScale.hours(50 * 60))
                    .stacked("Direct", PdfChart.DIRECT, new double[] {600, 700, 0})
                    .line("Share", PdfChart.AVERAGE, new Double[] {1200.0, null, 1800.0}, false), 160);
            pages.save(file);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int count = document.getNumberOfPages();
            assertTrue(count >= 4, "200 rows run onto several pages: " + count);
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertTrue(text.contains("Zoë Siobhán Łukasz Ελένη Дмитрий 张伟 — £1,234 café naïve"), text.substring(0, 300));
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                assertTrue(pageText.contains("Page " + page + " of " + count), pageText);
                assertTrue(pageText.contains("Generated 23 Nov 2026 at 14:05"), pageText);
                if (page > 1 && page < count) {
                    assertTrue(pageText.contains("Row") && pageText.contains("Value"), "the header repeats on page " + page);
                }
            }
            for (PDPage page : document.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            assertEquals("Sample report", document.getDocumentInformation().getTitle());
        }
        assertFalse(Files.list(folder).anyMatch(p -> !p.equals(file)), "no temporary file is left behind");
        Samples.keep(file);
    }
}
