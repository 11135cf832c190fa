package org.dwdiary.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Backups;
import org.dwdiary.store.DamagedFiles;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.dwdiary.ui.backup.UnreadableDiaryViewModel;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window opened on a damaged diary: a heading naming the problem and a button that puts back the newest
 * good backup; clicked, the week shows the backup's blocks and a notice names where the damaged file is kept.
 * Without a backup, "Start a new, empty diary" (confirmed in the user's place) opens an empty diary.
 */
@ExtendWith(ApplicationExtension.class)
class UnreadableDiaryGuiTest {
    @TempDir Path temp;
    private Path folder;
    private Stage stage;
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = temp.resolve("diary");
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    private void addBlock(String start, String activity) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            Instant from = LocalDateTime.parse(start).atZone(WeekViewGuiTest.LONDON).toInstant();
            diary.add(Block.create(from, from.plusSeconds(3600), WeekViewGuiTest.LONDON, WorkKind.DIRECT, activity, null),
                    RecordedVia.GUI);
        }
    }

    private DiaryWindow show(FxRobot robot) {
        robot.interact(() -> ui = WindowUnderTest.show(stage, folder, CLOCK));
        return ui.window;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static List<String> blocksShown(DiaryWindow window) {
        return window.weekView() == null ? List.of()
                : window.weekView().model().blocksProperty().get().stream().map(Block::label).toList();
    }

    @Test
    void theNewestGoodBackupIsPutBackAndTheDamagedFileIsNamed(FxRobot robot) throws IOException {
        addBlock("2026-03-02T09:00", "Home visit");
        Backups.of(folder, CLOCK).backUp();
        addBlock("2026-03-03T09:00", "Court statement");
        DamagedFiles.cutInHalf(DiaryFolder.diaryFile(folder));
        byte[] damaged = Files.readAllBytes(DiaryFolder.diaryFile(folder));

        DiaryWindow window = show(robot);
        waitUntil(() -> window.unreadableView() != null
                && window.unreadableView().model().stateProperty().get() == UnreadableDiaryViewModel.State.BACKUP_FOUND);

        assertEquals("Your diary file is damaged", text(robot, "#unreadable-heading"));
        assertTrue(text(robot, "#unreadable-message").startsWith("Your diary file " + DiaryFolder.diaryFile(folder)
                + " is damaged: it is cut short: "), text(robot, "#unreadable-message"));
        Button restore = robot.lookup("#unreadable-restore").queryButton();
        assertEquals("Restore the backup from Wed 4 Mar 2026 12:00", restore.getText());
        assertTrue(restore.isDefaultButton());
        assertTrue(robot.lookup("#unreadable-choose").queryButton().isVisible());
        assertTrue(robot.lookup("#unreadable-quit").queryButton().isVisible());
        Snapshots.save(robot, window.root(), "unreadable-diary");

        robot.clickOn("#unreadable-restore");

        waitUntil(() -> blocksShown(window).equals(List.of("Home visit")));
        Path kept = folder.resolve("diary.db.damaged-2026-03-04T120000Z");
        waitUntil(() -> window.weekView().model().messageProperty().get().contains(kept.toString()));
        assertEquals("Restored the backup from Wed 4 Mar 2026 12:00 (1 block). Your damaged diary file is kept as " + kept + ".",
                window.weekView().model().messageProperty().get());
        assertArrayEquals(damaged, Files.readAllBytes(kept), "the damaged file is kept byte for byte");
        Snapshots.save(robot, window.root(), "unreadable-diary-restored");
    }

    @Test
    void withNoBackupANewEmptyDiaryStartsAfterConfirmationAndTheFileIsKept(FxRobot robot) throws IOException {
        Files.createDirectories(folder);
        DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        byte[] text = Files.readAllBytes(DiaryFolder.diaryFile(folder));

        DiaryWindow window = show(robot);
        waitUntil(() -> window.unreadableView() != null
                && window.unreadableView().model().stateProperty().get() == UnreadableDiaryViewModel.State.NO_BACKUP);

        assertEquals("The file in your diary's place is not a diary", text(robot, "#unreadable-heading"));
        assertTrue(text(robot, "#unreadable-backup").startsWith("There is no backup of your diary in " + folder.resolve("backups")),
                text(robot, "#unreadable-backup"));
        assertTrue(!robot.lookup("#unreadable-restore").queryButton().isVisible(), "no backup to restore");
        Snapshots.save(robot, window.root(), "unreadable-diary-no-backup");
        List<String> asked = new ArrayList<>();
        robot.interact(() -> window.unreadableView().answerConfirmationWith(question -> asked.add(question)));

        robot.clickOn("#unreadable-start-empty");

        waitUntil(() -> window.weekView() != null && !window.weekView().model().messageProperty().get().isEmpty());
        Path kept = folder.resolve("diary.db.not-a-diary-2026-03-04T120000Z");
        assertEquals("Started a new, empty diary. Your file that is not a diary is kept as " + kept + ".",
                window.weekView().model().messageProperty().get());
        assertEquals(1, asked.size());
        assertEquals(List.of(), blocksShown(window));
        assertArrayEquals(text, Files.readAllBytes(kept));
        assertTrue(robot.lookup("#unreadable-heading").tryQuery().isEmpty(), "the failure screen is gone");
        robot.lookup(".label").queryAll().forEach(node -> assertTrue(!(node instanceof Label label)
                || !"The diary could not be opened".equals(label.getText())));
    }
}
