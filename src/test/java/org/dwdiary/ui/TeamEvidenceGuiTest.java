package org.dwdiary.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dwdiary.report.MemberFile;
import org.dwdiary.report.TeamSamples;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.team.MemberExportDialog;
import org.dwdiary.ui.team.TeamEvidenceDialog;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports ▸ Team evidence and Reports ▸ Export member file, driven as a representative and a member would.
 * The file choosers cannot open on the headless platform, so the tests hand the dialogs the files a chooser
 * would return.
 */
@ExtendWith(ApplicationExtension.class)
class TeamEvidenceGuiTest {
    @TempDir Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            SmallDiary.write(diary);
        }
        ui = WindowUnderTest.show(stage, folder.resolve("diary"), CLOCK);
        window = ui.window;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (window.teamEvidenceDialog() != null) {
                window.teamEvidenceDialog().hide();
            }
            if (window.memberExportDialog() != null) {
                window.memberExportDialog().hide();
            }
        });
        ui.close();
    }

    private static Set<String> cellTexts(FxRobot robot) {
        TableView<?> table = robot.lookup("#team-files").queryAs(TableView.class);
        return table.lookupAll(".table-cell").stream()
                .filter(cell -> cell.isVisible() && cell instanceof javafx.scene.control.TableCell<?, ?> tableCell
                        && tableCell.getTableRow() != null && tableCell.getTableRow().getItem() != null)
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText()).filter(text -> text != null)
                .collect(Collectors.toSet());
    }

    @Test
    void twoGoodFilesAndAnEditedOneGiveAReportWithTheEditedOneNamedAndLeftOut(FxRobot robot) throws IOException {
        Path a = TeamSamples.write(TeamSamples.memberA(), folder.resolve("a.json"));
        Path b = TeamSamples.write(TeamSamples.memberB(), folder.resolve("b.json"));
        Path edited = folder.resolve("team-3.json");
        Files.writeString(edited, Files.readString(b).replace("\"outsideHours\" : 0", "\"outsideHours\" : 1"));
        Path copyOfB = folder.resolve("b-again.json");
        Files.writeString(copyOfB, Files.readString(b));
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());

        robot.clickOn("Reports").clickOn("Team evidence…");
        waitUntil(() -> window.teamEvidenceDialog() != null && window.teamEvidenceDialog().isShowing());
        TeamEvidenceDialog dialog = window.teamEvidenceDialog();
        assertTrue(robot.lookup("#team-save").queryAs(Button.class).isDisabled(), "nothing to save yet");

        robot.interact(() -> dialog.addFiles(List.of(a, b, edited)));
        waitUntil(() -> robot.lookup("#team-summary").queryAs(Label.class).getText().equals("3 files: 2 included, 1 left out · 2 members"),
                () -> robot.lookup("#team-summary").queryAs(Label.class).getText());

        waitUntil(() -> cellTexts(robot).containsAll(List.of("team-3.json", "Member 1", "Member 2")), () -> cellTexts(robot).toString());
        Set<String> cells = cellTexts(robot);
        assertTrue(cells.contains("Left out: the checksum does not match; the file was edited or damaged"), cells.toString());
        assertTrue(cells.contains("Member 1") && cells.contains("Member 2"), cells.toString());
        assertEquals("2", robot.lookup("#team-fact-0").queryAs(Label.class).getText(), "Members");
        assertEquals("42:30", robot.lookup("#team-fact-3").queryAs(Label.class).getText(), "the median week");
        Snapshots.save(robot, dialog.getScene().getRoot(), "team-evidence");

        // A file removed is gone from the list and the figures.
        TableView<?> table = robot.lookup("#team-files").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#team-remove");
        waitUntil(() -> robot.lookup("#team-summary").queryAs(Label.class).getText().equals("2 files: 2 included · 2 members"));

        Path pdf = folder.resolve("team.pdf");
        assertFalse(robot.lookup("#team-save").queryAs(Button.class).isDisabled());
        robot.interact(() -> dialog.saveTo(pdf));
        waitUntil(() -> robot.lookup("#team-message").queryAs(Label.class).getText().startsWith("Saved"),
                () -> robot.lookup("#team-message").queryAs(Label.class).getText());
        assertEquals("Saved team.pdf: 2 members, 5 member-weeks.", robot.lookup("#team-message").queryAs(Label.class).getText());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Team working-time evidence") && text.contains("Weekly hours worked: median 42:30"), text);
        }

        // The same member's weeks twice: the later file is left out, naming the earlier.
        robot.interact(() -> dialog.addFiles(List.of(copyOfB)));
        waitUntil(() -> cellTexts(robot).stream().anyMatch(text -> text.startsWith("Left out: the same member as b.json")),
                () -> cellTexts(robot).toString());
    }

    @Test
    void aMemberSavesTheirFileFromTheReportsMenu(FxRobot robot) {
        waitUntil(() -> robot.lookup("#week-title").tryQuery().isPresent());

        robot.clickOn("Reports").clickOn("Export member file…");
        waitUntil(() -> window.memberExportDialog() != null && window.memberExportDialog().isShowing());
        MemberExportDialog dialog = window.memberExportDialog();
        assertEquals("2026-W07 to 2026-W09: 3 whole weeks, Mon 9 Feb 2026 – Sun 1 Mar 2026",
                robot.lookup("#member-summary").queryAs(Label.class).getText());
        Snapshots.save(robot, dialog.getScene().getRoot(), "member-export");

        Path file = folder.resolve("mine.json");
        robot.interact(() -> dialog.saveTo(file));
        waitUntil(() -> robot.lookup("#member-message").queryAs(Label.class).getText().startsWith("Wrote"),
                () -> robot.lookup("#member-message").queryAs(Label.class).getText());
        assertEquals(3, MemberFile.read(file).export().weeks().size());
    }
}
