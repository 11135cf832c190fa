package org.dwdiary.ui.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.pdf.ReportPages;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report dialog's state and commands, with a same-thread executor (or a queue run by hand, to press
 * Cancel while a report is being made) and a maker that draws real pages. "Now" is Wednesday 4 March
 * 2026 (week 10).
 */
class ReportViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);
    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path folder;

    private final List<ReportOptions> optionsSeen = new ArrayList<>();
    private final List<LocalDate[]> periodsSeen = new ArrayList<>();

    /** Tasks held until the test runs them, so it can act while a report is "being made". */
    private static final class Queue implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    /** A real PDF of {@code count} pages, with a progress step before each. */
    private ReportMaker pages(int count) {
        return (first, last, options, progress) -> {
            optionsSeen.add(options);
            periodsSeen.add(new LocalDate[] {first, last});
            try (ReportPages pages = new ReportPages("Test report", ZonedDateTime.now(CLOCK))) {
                pages.title("Test report");
                for (int i = 0; i < count; i++) {
                    progress.step("Page " + (i + 1), (double) i / count);
                    if (i > 0) {
                        pages.newPage();
                    }
                    pages.paragraph("Page " + (i + 1) + ", " + first + " to " + last);
                }
                progress.step("Done", 1);
                return pages.toBytes();
            }
        };
    }

    private ReportViewModel model(ReportKind kind, Optional<LocalDate> balanceStart, ReportMaker maker, Executor background) {
        ReportViewModel model = new ReportViewModel(kind, () -> new ReportViewModel.Starting(LONDON, balanceStart), maker,
                CLOCK, background, SAME_THREAD);
        model.load();
        return model;
    }

    private ReportViewModel loaded(ReportKind kind, ReportMaker maker) {
        return model(kind, Optional.empty(), maker, SAME_THREAD);
    }

    @Test
    void aSupervisionSummaryStartsWithTheLastFourWholeWeeks() {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, pages(1));

        assertEquals(LocalDate.of(2026, 2, 9), model.fromProperty().get());
        assertEquals(LocalDate.of(2026, 3, 8), model.toProperty().get());
        assertEquals("Whole weeks: 2026-W07 to 2026-W10 · Mon 9 Feb – Sun 8 Mar 2026 · 4 weeks", model.weeksTextProperty().get());
        assertEquals("", model.problemProperty().get());
        assertTrue(model.canGenerateProperty().get());
        assertFalse(model.hasOptions(), "a supervision summary has no name, employer or notes");
        assertFalse(model.canSaveProperty().get(), "nothing to save before a report is made");
        assertEquals("", model.pageLabelProperty().get());
    }

    @Test
    void anEvidencePackStartsAtTheBalanceStartAndRunsToThisWeek() {
        ReportViewModel model = model(ReportKind.EVIDENCE, Optional.of(LocalDate.of(2026, 1, 7)), pages(1), SAME_THREAD);

        assertEquals(LocalDate.of(2026, 1, 5), model.fromProperty().get(), "the Monday of the balance start's week");
        assertEquals(LocalDate.of(2026, 3, 8), model.toProperty().get());
        assertEquals("Whole weeks: 2026-W02 to 2026-W10 · Mon 5 Jan – Sun 8 Mar 2026 · 9 weeks", model.weeksTextProperty().get());
        assertTrue(model.hasOptions());
        assertFalse(model.withNotesProperty().get(), "notes stay out unless asked");

        ReportViewModel empty = model(ReportKind.EVIDENCE, Optional.empty(), pages(1), SAME_THREAD);
        assertEquals(LocalDate.of(2026, 3, 2), empty.fromProperty().get(), "an empty diary: this week");
    }

    @Test
    void theBalanceStartIsTheWorkingRuleElseTheDiarysFirstDay() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            diary.setZone("Europe/London");
            assertEquals(Optional.empty(), DiaryReports.starting(diary).balanceStart());
            diary.add(Block.create(LocalDateTime.parse("2026-02-10T09:00").atZone(LONDON).toInstant(),
                    LocalDateTime.parse("2026-02-10T10:00").atZone(LONDON).toInstant(), LONDON, WorkKind.DIRECT,
                    "Home visit", null), RecordedVia.CLI);
            assertEquals(Optional.of(LocalDate.of(2026, 2, 10)), DiaryReports.starting(diary).balanceStart());

            diary.setWorkingRule(WorkingRules.Key.BALANCE_FROM, "2026-01-07");

            assertEquals(new ReportViewModel.Starting(LONDON, Optional.of(LocalDate.of(2026, 1, 7))), DiaryReports.starting(diary));
        }
    }

    @Test
    void aFirstDayAfterTheLastIsRefusedInlineAndNothingIsMade() {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, pages(1));

        model.fromProperty().set(LocalDate.of(2026, 3, 9));
        model.toProperty().set(LocalDate.of(2026, 3, 2));

        assertEquals("The first day (Mon 9 Mar 2026) is after the last day (Mon 2 Mar 2026): choose a first day on or "
                + "before the last.", model.problemProperty().get());
        assertEquals("", model.weeksTextProperty().get());
        assertFalse(model.canGenerateProperty().get());
        model.generate();
        assertTrue(optionsSeen.isEmpty(), "the maker was never called");

        model.toProperty().set(null);
        assertEquals("Choose the first and the last day of the report (dd/mm/yyyy).", model.problemProperty().get());
        model.fromProperty().set(LocalDate.of(2000, 1, 1));
        model.toProperty().set(LocalDate.of(2026, 3, 2));
        assertTrue(model.problemProperty().get().matches("That is \\d+ weeks; choose at most 1100 \\(about twenty years\\)\\."),
                model.problemProperty().get());

        model.fromProperty().set(LocalDate.of(2026, 2, 25));
        assertEquals("", model.problemProperty().get());
        assertTrue(model.canGenerateProperty().get());
    }

    @Test
    void generatingReportsProgressUpToOneThenShowsTheFirstPage() {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, pages(3));
        List<Double> progress = new ArrayList<>();
        List<Boolean> running = new ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        model.runningProperty().addListener((o, was, now) -> running.add(now));

        model.generate();

        assertEquals(List.of(true, false), running);
        assertEquals(-1, progress.get(0), "the bar moves without a figure until the first step");
        assertTrue(progress.stream().anyMatch(value -> value > 0 && value < 1), "steps between: " + progress);
        assertEquals(1.0, model.progressProperty().get(), "the bar reaches the end");
        assertEquals("Page 1 of 3", model.pageLabelProperty().get());
        PdfPreview.Page page = model.pageProperty().get();
        assertNotNull(page);
        assertEquals(794, page.width(), 1, "A4 at 96 dpi");
        assertEquals(1123, page.height(), 1);
        assertEquals(0xFFFFFFFF, page.argb()[0], "a white page, opaque");
        assertEquals("Supervision summary: 3 pages. Save PDF… to keep it.", model.statusProperty().get());
        assertArrayEquals(new LocalDate[] {LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 8)}, periodsSeen.get(0));
        assertTrue(model.canSaveProperty().get());
        assertFalse(model.canPreviousProperty().get());
        assertTrue(model.canNextProperty().get());
    }

    @Test
    void thePagesAreDrawnOneAtATimeAsTheWorkerTurnsThem() {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, pages(3));
        model.generate();

        model.nextPage();
        assertEquals("Page 2 of 3", model.pageLabelProperty().get());
        assertEquals(1, model.pageProperty().get().index());
        model.nextPage();
        model.nextPage(); // beyond the last: stays
        assertEquals("Page 3 of 3", model.pageLabelProperty().get());
        assertFalse(model.canNextProperty().get());
        assertTrue(model.canPreviousProperty().get());
        model.previousPage();
        assertEquals(1, model.pageProperty().get().index());
        assertEquals("Page 2 of 3", model.pageLabelProperty().get());
    }

    @Test
    void pagesSkippedBeforeTheyAreDrawnAreNeverDrawn() {
        Queue background = new Queue();
        ReportViewModel model = model(ReportKind.SUPERVISION, Optional.empty(), pages(3), background);
        background.runAll();
        model.generate();
        background.runAll();

        model.nextPage();
        model.nextPage();
        assertNull(model.pageProperty().get(), "page 3 is still being drawn");
        background.runAll();

        assertEquals(2, model.pageProperty().get().index());
        assertEquals("Page 3 of 3", model.pageLabelProperty().get());
    }

    @Test
    void cancellingSaysCancelledAndMakesAndWritesNothing() throws IOException {
        Queue background = new Queue();
        ReportViewModel model = model(ReportKind.EVIDENCE, Optional.empty(), pages(3), background);
        background.runAll();
        model.generate();
        assertTrue(model.runningProperty().get());
        assertFalse(model.canGenerateProperty().get(), "one report at a time");

        model.cancel();
        assertEquals("Cancelling…", model.stepProperty().get());
        background.runAll(); // the maker's first step finds the cancel

        assertEquals("Cancelled — no report was made, nothing was saved.", model.statusProperty().get());
        assertFalse(model.statusIsErrorProperty().get());
        assertFalse(model.runningProperty().get());
        assertFalse(model.madeProperty().get());
        assertEquals("", model.pageLabelProperty().get());
        assertFalse(model.canSaveProperty().get());
        model.save(folder.resolve("pack.pdf"));
        background.runAll();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "no file");
        }
        assertTrue(model.canGenerateProperty().get(), "a new report can be made");
    }

    @Test
    void aCancelAfterTheLastStepStillMakesNothing() {
        Queue background = new Queue();
        ReportViewModel[] model = new ReportViewModel[1];
        ReportMaker cancelledAtTheEnd = (first, last, options, progress) -> {
            byte[] bytes = pages(1).make(first, last, options, progress);
            model[0].cancel(); // pressed just as the maker returned
            return bytes;
        };
        model[0] = model(ReportKind.SUPERVISION, Optional.empty(), cancelledAtTheEnd, background);
        background.runAll();
        model[0].generate();
        background.runAll();

        assertTrue(model[0].statusProperty().get().startsWith("Cancelled"), model[0].statusProperty().get());
        assertFalse(model[0].madeProperty().get());
    }

    @Test
    void aRefusalIsShownInItsOwnWords() {
        ReportViewModel model = loaded(ReportKind.EVIDENCE, (first, last, options, progress) -> {
            throw new InputRefusedException("the period's start 2026-03-09 is after its end 2026-03-02");
        });

        model.generate();

        assertEquals("The period's start 2026-03-09 is after its end 2026-03-02", model.statusProperty().get());
        assertTrue(model.statusIsErrorProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(0, model.progressProperty().get());
        assertTrue(model.canGenerateProperty().get());
    }

    @Test
    void aFailureToMakeTheReportSaysSo() {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, (first, last, options, progress) -> {
            throw new IOException("font missing");
        });

        model.generate();

        assertEquals("The report could not be made: font missing", model.statusProperty().get());
        assertTrue(model.statusIsErrorProperty().get());
        assertFalse(model.madeProperty().get());
    }

    @Test
    void savingWritesThePdfUnderTheSuggestedNameWithNoTemporaryFileLeft() throws IOException {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, pages(2));
        model.generate();
        assertEquals("supervision-2026-W07-to-2026-W10.pdf", model.suggestedFileName());
        Path target = folder.resolve(model.suggestedFileName());

        model.save(target);

        assertEquals("Saved to " + target, model.statusProperty().get());
        assertArrayEquals(model.pdf(), Files.readAllBytes(target));
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertEquals(2, document.getNumberOfPages());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aFailedSaveSaysWhereAndWhy() {
        ReportViewModel model = loaded(ReportKind.SUPERVISION, pages(1));
        model.generate();
        Path target = folder.resolve("no such folder").resolve("summary.pdf");

        model.save(target);

        assertTrue(model.statusProperty().get().startsWith("Cannot write " + target + ": "), model.statusProperty().get());
        assertTrue(model.statusIsErrorProperty().get());
        assertTrue(model.canSaveProperty().get(), "the worker can choose another place");
    }

    @Test
    void theEvidenceOptionsReachTheMakerTrimmedAndBlankMeansNotGiven() {
        ReportViewModel model = loaded(ReportKind.EVIDENCE, pages(1));
        model.nameProperty().set("  Siân Ní Bhriain-Müller ");
        model.employerProperty().set("   ");
        model.withNotesProperty().set(true);

        model.generate();

        assertEquals(List.of(new ReportOptions("Siân Ní Bhriain-Müller", null, true)), optionsSeen);
        assertEquals("evidence-pack-2026-W10.pdf", model.suggestedFileName(), "one week: no \"-to-\"");

        ReportViewModel supervision = loaded(ReportKind.SUPERVISION, pages(1));
        supervision.nameProperty().set("Siân");
        supervision.generate();
        assertEquals(ReportOptions.NONE, optionsSeen.get(1), "a supervision summary takes no options");
    }

    @Test
    void changingTheWeeksOrOptionsMakesThePreviewOutOfDate() {
        ReportViewModel model = loaded(ReportKind.EVIDENCE, pages(1));
        model.generate();
        assertFalse(model.outOfDateProperty().get());

        model.withNotesProperty().set(true);
        assertTrue(model.outOfDateProperty().get());
        assertFalse(model.canSaveProperty().get(), "the PDF no longer matches what the dialog shows");
        assertEquals("", model.statusProperty().get(), "no longer \"1 page, Save PDF…\"");
        model.withNotesProperty().set(false);
        assertFalse(model.outOfDateProperty().get(), "back as it was made");

        model.fromProperty().set(LocalDate.of(2026, 2, 23));
        assertTrue(model.outOfDateProperty().get());
        model.fromProperty().set(LocalDate.of(2026, 3, 4));
        assertFalse(model.outOfDateProperty().get(), "another day of the same week: the same whole weeks");
        model.nameProperty().set("Siân");
        assertTrue(model.outOfDateProperty().get());

        model.generate();
        assertFalse(model.outOfDateProperty().get());
        assertTrue(model.canSaveProperty().get());
    }

    @Test
    void closingStopsTheReportBeingMadeAndDropsItsResult() {
        Queue background = new Queue();
        List<Boolean> cancelledSeen = new ArrayList<>();
        ReportViewModel model = model(ReportKind.SUPERVISION, Optional.empty(), (first, last, options, progress) -> {
            cancelledSeen.add(progress.isCancelled());
            return pages(1).make(first, last, options, progress);
        }, background);
        background.runAll();
        model.generate();

        model.close();
        background.runAll();

        assertEquals(List.of(true), cancelledSeen);
        assertFalse(model.madeProperty().get());
        assertEquals("", model.pageLabelProperty().get());
    }
}
