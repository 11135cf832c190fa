package org.dwdiary.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.domain.FigureSetting;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WeekNote;
import org.dwdiary.report.Progress;
import org.dwdiary.report.SupervisionSummary;
import org.dwdiary.store.Diary;
import org.dwdiary.store.SampleDiaryWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-pager as a supervisor sees it: one A4 page, the worker's words, nothing cut without a mark. */
class SupervisionPdfTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 3, 4, 12, 0, 0, 0, LONDON);
    static final WeekId THIS_WEEK = WeekId.parse("2026-W10");

    static final List<String[]> WORDS = List.of(
            new String[] {"Two long direct sessions with a young person using the three houses tool; the family meeting went better than expected.",
                    "Court statement deadline moved forward, so Tuesday and Wednesday went on writing. Two visits rearranged."},
            new String[] {"Caught up on case notes by Thursday; a good reflective supervision with the team.",
                    "Duty cover for two days and a strategy meeting that ran over by an hour."},
            new String[] {"Joint visit with the health visitor worked well. Felt I had time to listen.",
                    "Laptop problems on Monday (no access to the case system for half a day), then travel to a placement 70 miles away."},
            new String[] {"Started life-story work with a child in care. Used the new direct work room.",
                    "Three new allocations at once; assessments due within ten working days."});

    @TempDir Path folder;

    /** A hard sample diary (17 weeks to this week), a 25% target and notes for the recent weeks. */
    static Diary sampleDiary(Path folder) {
        Diary diary = Diary.open(folder, CLOCK);
        diary.setZone(LONDON.getId());
        SampleDiaryWriter.write(diary, 30, 0, 2026, CLOCK);
        diary.setFigureSetting(FigureSetting.DIRECT_TARGET, "25%", LocalDate.of(2025, 1, 6));
        for (int i = 0; i < 13; i++) {
            WeekId week = THIS_WEEK.plusWeeks(-i);
            if (i == 2 || i == 7) {
                continue;
            }
            String[] words = WORDS.get(i % WORDS.size());
            diary.saveWeekNote(new WeekNote(week, 19 - i / 3, words[0], words[1]));
        }
        return diary;
    }

    @Test
    void fourWeeksOfASampleDiaryAreOnePage() throws IOException {
        try (Diary diary = sampleDiary(folder.resolve("diary"))) {
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.plusWeeks(-3).monday(), THIS_WEEK.sunday());
            Path file = save("supervision-4-weeks.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE));
            assertEquals(1, pages(file));
        }
    }

    @Test
    void thirteenWeeksOfASampleDiaryAreOnePage() throws IOException {
        try (Diary diary = sampleDiary(folder.resolve("diary"))) {
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.plusWeeks(-12).monday(), THIS_WEEK.sunday());
            Path file = save("supervision-13-weeks.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE));
            assertEquals(1, pages(file));
        }
    }

    /** A reflection of exactly {@value WeekNote#MAX_REFLECTION} characters, whole words, told apart by its week. */
    static String longest(WeekId week, String topic) {
        StringBuilder text = new StringBuilder(week.week() + " " + topic + ":");
        String[] words = "the family meeting went better than expected and the young person joined in for most of it while we "
                .concat("planned the next visit together with the foster carer").split(" ");
        for (int i = 0; text.length() < WeekNote.MAX_REFLECTION - 12; i++) {
            text.append(' ').append(words[i % words.length]);
        }
        while (text.length() < WeekNote.MAX_REFLECTION - 1) {
            text.append('x');
        }
        return text.append('.').toString();
    }

    static void longestNotes(Diary diary, WeekId from, WeekId to) {
        for (WeekId week = from; week.compareTo(to) <= 0; week = week.plusWeeks(1)) {
            diary.saveWeekNote(new WeekNote(week, 20, longest(week, "well"), longest(week, "way")));
        }
    }

    @Test
    void fourWeeksWithEveryReflectionAtTheMaximumAreOnePage() throws IOException {
        try (Diary diary = sampleDiary(folder.resolve("diary"))) {
            longestNotes(diary, THIS_WEEK.plusWeeks(-3), THIS_WEEK);
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.plusWeeks(-3).monday(), THIS_WEEK.sunday());
            Path file = save("supervision-4-weeks-longest.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE));
            assertEquals(1, pages(file));
            String text = text(file);
            assertTrue(text.contains("…"), "shortened reflections end with an ellipsis");
            assertCutsOnlyAtWords(text);
        }
    }

    @Test
    void thirteenWeeksWithEveryReflectionAtTheMaximumAreOnePageAndSayWhatIsLeftOut() throws IOException {
        try (Diary diary = sampleDiary(folder.resolve("diary"))) {
            longestNotes(diary, THIS_WEEK.plusWeeks(-12), THIS_WEEK);
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.plusWeeks(-12).monday(), THIS_WEEK.sunday());
            Path file = save("supervision-13-weeks-longest.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE));
            assertEquals(1, pages(file));
            String text = text(file);
            assertTrue(text.contains("10 well:"), "the latest week's reflection is shown");
            assertTrue(text.matches("(?s).*The reflections for \\d+ earlier weeks \\(2025-W50 to 2026-W\\d\\d\\) are left out for room; "
                    + "they are in the diary\\..*"), text);
            assertFalse(text.contains("50 well:"), "the earliest week's reflection is left out");
            assertCutsOnlyAtWords(text);
        }
    }

    @Test
    void longerPeriodsKeepPageOneCompleteAndPutEarlierWeeksAfter() throws IOException {
        try (Diary diary = sampleDiary(folder.resolve("diary"))) {
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.plusWeeks(-25).monday(), THIS_WEEK.sunday());
            Path file = save("supervision-26-weeks.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE));
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                assertEquals(2, document.getNumberOfPages());
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setEndPage(1);
                String first = stripper.getText(document);
                assertTrue(first.contains("Weeks 2025-W37 to 2026-W10"), first);
                assertTrue(first.contains("Reflections, most recent first"), first);
                assertTrue(first.contains("Earlier weeks are on the next page."), first);
                assertTrue(first.contains("Week W50 W51 W52 W01"), "page one has the latest 13 weeks' figures: " + first);
                stripper.setStartPage(2);
                stripper.setEndPage(2);
                String second = stripper.getText(document);
                assertTrue(second.contains("Earlier weeks") && second.contains("Week W37 W38"), second);
            }
        }
    }

    @Test
    void reflectionsWithAccentsPrint() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            diary.saveWeekNote(new WeekNote(THIS_WEEK, 17, "Zoë's café visit: naïve fears eased — £5 fare", "Łódź-style rota; Siobhán off sick"));
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.monday(), THIS_WEEK.sunday());
            String text = text(save("supervision-accents.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE)));
            assertTrue(text.contains("Zoë's café visit: naïve fears eased — £5 fare"), text);
            assertTrue(text.contains("Łódź-style rota; Siobhán off sick"), text);
        }
    }

    @Test
    void aShortenedReflectionEndsWithAnEllipsisAfterAWholeWord() throws IOException {
        try (ReportPages pages = new ReportPages("Test", GENERATED)) {
            String text = longest(THIS_WEEK, "well");
            List<String> lines = SupervisionPdf.shortened(pages, text, 200, 3);
            assertEquals(3, lines.size());
            String last = lines.get(2);
            assertTrue(last.endsWith("…"), last);
            String joined = String.join(" ", lines);
            String before = joined.substring(0, joined.length() - 1);
            assertTrue(text.startsWith(before), joined);
            assertEquals(' ', text.charAt(before.length()), "cut at the end of a word: " + joined);
            assertEquals(List.of("Short and sweet."), SupervisionPdf.shortened(pages, "Short and sweet.", 200, 3));
            assertEquals(List.of("–"), SupervisionPdf.shortened(pages, "", 200, 3));
        }
    }

    @Test
    void aCancelledRenderStops() throws IOException {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.monday(), THIS_WEEK.sunday());
            Progress cancelled = new Progress() {
                @Override
                public void update(String step, double fraction) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(CancellationException.class, () -> SupervisionPdf.render(summary, GENERATED, cancelled));
        }
    }

    @Test
    void thePageIsA4WithEmbeddedFontsAndItsFurniture() throws IOException {
        try (Diary diary = sampleDiary(folder.resolve("diary"))) {
            SupervisionSummary summary = SupervisionSummary.read(diary, THIS_WEEK.plusWeeks(-3).monday(), THIS_WEEK.sunday());
            Path file = save("supervision-furniture.pdf", SupervisionPdf.render(summary, GENERATED, Progress.NONE));
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                PDPage page = document.getPage(0);
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                for (var name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), name + " is embedded");
                }
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Page 1 of 1"), text);
                assertTrue(text.contains("Generated 4 Mar 2026 at 12:00"), text);
                assertTrue(text.contains("Not over yet: the figures run to Wed 4 Mar 2026"), text);
                assertEquals("Supervision summary", document.getDocumentInformation().getTitle());
            }
        }
    }

    @Test
    void runsOfWeeksAreWrittenAsRanges() {
        WeekId w01 = WeekId.parse("2026-W01");
        assertEquals("W01", SupervisionPdf.weekList(List.of(w01)));
        assertEquals("W01 and W02", SupervisionPdf.weekList(List.of(w01, w01.plusWeeks(1))));
        assertEquals("W01–W03 and W05", SupervisionPdf.weekList(List.of(w01, w01.plusWeeks(1), w01.plusWeeks(2), w01.plusWeeks(4))));
        assertEquals("W52–W03", SupervisionPdf.weekList(List.of(w01.plusWeeks(-1), w01, w01.plusWeeks(1), w01.plusWeeks(2))));
    }

    /** Every "…" follows a whole word of the reflections (never half a word). */
    static void assertCutsOnlyAtWords(String text) {
        java.util.regex.Matcher cut = java.util.regex.Pattern.compile("(\\S+)…").matcher(text);
        List<String> words = List.of(longest(THIS_WEEK, "well").replace(".", "").split(" "));
        while (cut.find()) {
            assertTrue(words.contains(cut.group(1)), "cut after a whole word: " + cut.group(1));
        }
    }

    static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    Path save(String name, byte[] pdf) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        Samples.keep(file);
        return file;
    }

    static int pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
