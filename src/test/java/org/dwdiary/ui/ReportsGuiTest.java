package org.dwdiary.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.reports.DiaryReports;
import org.dwdiary.ui.reports.ReportDialog;
import org.dwdiary.ui.reports.ReportKind;
import org.dwdiary.ui.reports.ReportMaker;
import org.dwdiary.ui.reports.ReportOptions;
import org.dwdiary.ui.reports.ReportViewModel;
import org.dwdiary.ui.trends.SmallDiary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.text;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports ▸ Supervision summary… and Reports ▸ Evidence pack…, driven as a worker would: the keys, the
 * weeks, Generate, the preview, Save PDF…, Cancel and Esc. The diary is {@link SmallDiary} (its first
 * block on Monday 9 February 2026); "now" is Wednesday 4 March 2026 (week 10). The save dialog cannot be
 * driven headless, so the tests give the dialog the path it would return.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsGuiTest {
    @TempDir
    Path folder;
    @TempDir
    Path exports;
    private WindowUnderTest ui;
    private DiaryWindow window;
    private ReportDialog ownDialog;
    private ExecutorService ownBackground;
    private Diary ownDiary;
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            SmallDiary.write(diary);
        }
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void closeEverything(FxRobot robot) throws Exception {
        release.countDown(); // never leave a maker waiting
        robot.interact(() -> {
            for (ReportDialog dialog : new ReportDialog[] {window.reportDialog(), ownDialog}) {
                if (dialog != null && dialog.isShowing()) {
                    dialog.close();
                }
            }
        });
        if (ownBackground != null) {
            ownBackground.shutdown();
            ownBackground.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (ownDiary != null) {
            ownDiary.close();
        }
        ui.close();
    }

    private ReportDialog openWithKeys(FxRobot robot, KeyCode... keys) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        for (KeyCode key : keys) {
            robot.press(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        waitUntil(() -> robot.lookup("#report-generate").tryQuery().isPresent()
                && !robot.lookup("#report-generate").queryAs(Button.class).isDisabled());
        return window.reportDialog();
    }

    private static DatePicker picker(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(DatePicker.class);
    }

    private static void chooseSaving(ReportDialog dialog, Path folder, AtomicReference<String> suggested) {
        dialog.setSaveChooser((title, name) -> {
            suggested.set(name);
            return folder.resolve(name);
        });
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void ctrlPMakesASupervisionSummaryShowsItsFirstPageAndSavesIt(FxRobot robot) throws IOException {
        ReportDialog dialog = openWithKeys(robot, KeyCode.CONTROL, KeyCode.P);

        assertEquals(LocalDate.of(2026, 2, 9), picker(robot, "#report-from").getValue(), "the last four whole weeks");
        assertEquals(LocalDate.of(2026, 3, 8), picker(robot, "#report-to").getValue());
        assertEquals("Whole weeks: 2026-W07 to 2026-W10 · Mon 9 Feb – Sun 8 Mar 2026 · 4 weeks", text(robot, "#report-weeks"));
        assertFalse(robot.lookup("#report-name").tryQuery().isPresent(), "no cover fields on a supervision summary");
        assertTrue(robot.lookup("#report-save").queryAs(Button.class).isDisabled(), "nothing to save yet");
        AtomicReference<String> suggested = new AtomicReference<>();
        chooseSaving(dialog, exports, suggested);

        robot.clickOn("#report-generate");

        waitUntil(() -> text(robot, "#report-page-label").startsWith("Page 1 of ")
                && robot.lookup("#report-page-image").queryAs(ImageView.class).getImage() != null);
        ImageView page = robot.lookup("#report-page-image").queryAs(ImageView.class);
        assertEquals(794, page.getImage().getWidth(), 1, "drawn at 96 dpi");
        assertTrue(page.getBoundsInParent().getWidth() > 600, "the page is shown large enough to read: " + page.getBoundsInParent());
        assertTrue(robot.lookup("#report-preview").query().isVisible());
        assertEquals(1.0, robot.lookup("#report-progress").queryAs(ProgressBar.class).getProgress(), "the bar is full once done");
        Snapshots.save(robot, dialog.getDialogPane(), "report-supervision");

        robot.clickOn("#report-save");

        waitUntil(() -> text(robot, "#report-status").startsWith("Saved to "));
        assertEquals("supervision-2026-W07-to-2026-W10.pdf", suggested.get());
        Path saved = exports.resolve(suggested.get());
        assertEquals("Saved to " + saved, text(robot, "#report-status"));
        assertEquals(List.of(saved), files(exports), "no temporary file left beside it");
        try (PDDocument document = Loader.loadPDF(saved.toFile())) {
            assertEquals("Page 1 of " + document.getNumberOfPages(), text(robot, "#report-page-label"));
            assertTrue(new PDFTextStripper().getText(document).contains("Supervision summary"));
        }

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
    }

    @Test
    void aFirstDayAfterTheLastIsRefusedBeforeAnythingIsMade(FxRobot robot) {
        openWithKeys(robot, KeyCode.CONTROL, KeyCode.P);

        robot.interact(() -> picker(robot, "#report-to").setValue(LocalDate.of(2026, 3, 2)));
        robot.clickOn(picker(robot, "#report-from").getEditor());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("09/03/2026").type(KeyCode.TAB); // typed, then the field left: the date is taken

        assertEquals("The first day (Mon 9 Mar 2026) is after the last day (Mon 2 Mar 2026): choose a first day on or "
                + "before the last.", text(robot, "#report-problem"));
        assertTrue(robot.lookup("#report-generate").queryAs(Button.class).isDisabled());
        robot.interact(() -> picker(robot, "#report-from").setValue(LocalDate.of(2026, 2, 23)));
        assertFalse(robot.lookup("#report-problem").query().isVisible());
        assertEquals("Whole weeks: 2026-W09 to 2026-W10 · Mon 23 Feb – Sun 8 Mar 2026 · 2 weeks", text(robot, "#report-weeks"));
    }

    @Test
    void ctrlShiftEOpensTheEvidencePackWithItsCoverAndNotesChoices(FxRobot robot) {
        ReportDialog dialog = openWithKeys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);

        assertEquals("Evidence pack", dialog.getTitle());
        assertEquals(LocalDate.of(2026, 2, 9), picker(robot, "#report-from").getValue(),
                "from the balance start: no rule, so the first block's week");
        assertEquals(LocalDate.of(2026, 3, 8), picker(robot, "#report-to").getValue());
        assertFalse(robot.lookup("#report-with-notes").queryAs(CheckBox.class).isSelected(), "notes stay out unless asked");
        robot.clickOn("#report-name").write("Siân Ní Bhriain-Müller");
        robot.clickOn("#report-employer").write("Cyngor Sir Gâr");
        assertEquals("Siân Ní Bhriain-Müller", dialog.model().nameProperty().get());
        assertEquals("Cyngor Sir Gâr", robot.lookup("#report-employer").queryAs(TextField.class).getText());
        Snapshots.save(robot, dialog.getDialogPane(), "report-evidence-options");

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !dialog.isShowing());
        assertFalse(robot.lookup("#report-generate").tryQuery().isPresent());
    }

    @Test
    void cancelStopsAnEvidencePackAndTheNextOneCarriesTheAccentedName(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());
        ownDiary = Diary.open(folder, CLOCK);
        ownBackground = Executors.newSingleThreadExecutor();
        ReportMaker real = DiaryReports.maker(ReportKind.EVIDENCE, ownDiary, CLOCK);
        CountDownLatch entered = new CountDownLatch(1);
        AtomicReference<ReportOptions> options = new AtomicReference<>();
        ReportMaker waiting = (first, last, chosen, progress) -> {
            options.set(chosen);
            entered.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the maker");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return real.make(first, last, chosen, progress);
        };
        robot.interact(() -> {
            ReportViewModel model = new ReportViewModel(ReportKind.EVIDENCE, () -> DiaryReports.starting(ownDiary), waiting,
                    CLOCK, ownBackground, Platform::runLater);
            ownDialog = new ReportDialog(model, window.root().getScene().getWindow());
            model.load();
            ownDialog.show();
        });
        AtomicReference<String> suggested = new AtomicReference<>();
        chooseSaving(ownDialog, exports, suggested);
        waitUntil(() -> !robot.lookup("#report-generate").queryAs(Button.class).isDisabled());
        robot.clickOn("#report-name").write("Siân Ní Bhriain-Müller");
        robot.clickOn("#report-employer").write("Cyngor Sir Gâr");

        robot.clickOn("#report-generate");
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        waitUntil(() -> robot.lookup("#report-progress").queryAs(ProgressBar.class).isVisible());
        assertFalse(robot.lookup("#report-cancel").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#report-generate").queryAs(Button.class).isDisabled(), "one report at a time");
        Snapshots.save(robot, ownDialog.getDialogPane(), "report-evidence-running");
        robot.clickOn("#report-cancel");
        waitUntil(() -> "Cancelling…".equals(text(robot, "#report-step")));
        release.countDown();

        waitUntil(() -> text(robot, "#report-status").startsWith("Cancelled"));
        assertEquals("Cancelled — no report was made, nothing was saved.", text(robot, "#report-status"));
        assertEquals(new ReportOptions("Siân Ní Bhriain-Müller", "Cyngor Sir Gâr", false), options.get());
        assertEquals("", text(robot, "#report-page-label"));
        assertTrue(robot.lookup("#report-save").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#report-progress").queryAs(ProgressBar.class).isVisible());
        assertEquals(List.of(), files(exports), "nothing written");

        robot.clickOn("#report-generate");
        waitUntil(() -> text(robot, "#report-page-label").startsWith("Page 1 of "));
        robot.clickOn("#report-save");
        waitUntil(() -> text(robot, "#report-status").startsWith("Saved to "));

        assertEquals("evidence-pack-2026-W07-to-2026-W10.pdf", suggested.get());
        try (PDDocument document = Loader.loadPDF(exports.resolve(suggested.get()).toFile())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertTrue(pdfText.contains("Siân Ní Bhriain-Müller"), pdfText);
            assertTrue(pdfText.contains("Cyngor Sir Gâr"), pdfText);
        }

        robot.interact(() -> picker(robot, "#report-from").setValue(LocalDate.of(2025, 1, 1)));
        assertTrue(robot.lookup("#report-out-of-date").query().isVisible(), "the preview no longer shows the weeks chosen");
        assertTrue(robot.lookup("#report-save").queryAs(Button.class).isDisabled());
        Snapshots.save(robot, ownDialog.getDialogPane(), "report-evidence-out-of-date");
        robot.clickOn("#report-generate");
        waitUntil(() -> text(robot, "#report-page-label").startsWith("Page 1 of ")
                && !robot.lookup("#report-out-of-date").query().isVisible());
        int pages = ownDialog.model().pageCountProperty().get();
        assertTrue(pages > 1, "a year and more of weeks runs onto several pages: " + pages);
        ImageView page = robot.lookup("#report-page-image").queryAs(ImageView.class);
        waitUntil(() -> page.getImage() != null);
        javafx.scene.image.Image first = page.getImage();
        robot.clickOn("#report-next");
        waitUntil(() -> ("Page 2 of " + pages).equals(text(robot, "#report-page-label"))
                && page.getImage() != null && page.getImage() != first);
        assertFalse(robot.lookup("#report-previous").queryAs(Button.class).isDisabled());
        Snapshots.save(robot, ownDialog.getDialogPane(), "report-evidence-page-2");
    }
}
