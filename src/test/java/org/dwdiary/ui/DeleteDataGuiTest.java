package org.dwdiary.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File ▸ Delete all my data…: the confirmation is typed (DELETE) and pressed, then the window shows the
 * welcome with a message naming the folder, which holds neither the diary nor its backups any more.
 */
@ExtendWith(ApplicationExtension.class)
class DeleteDataGuiTest {
    @TempDir Path temp;
    private Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        folder = temp.resolve("diary");
        try (Diary diary = Diary.open(folder, CLOCK)) {
            Instant from = LocalDateTime.parse("2026-03-02T09:00").atZone(WeekViewGuiTest.LONDON).toInstant();
            diary.add(Block.create(from, from.plusSeconds(3600), WeekViewGuiTest.LONDON, WorkKind.DIRECT, "Home visit", null),
                    RecordedVia.GUI);
        }
        Backups.of(folder, CLOCK).backUp();
        ui = WindowUnderTest.show(stage, folder, CLOCK);
        window = ui.window;
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void deleteAllMyDataAfterTypingDeleteShowsTheWelcomeAndLeavesNoDiaryOrBackups(FxRobot robot) {
        waitUntil(() -> window.weekView() != null && window.weekView().model().blocksProperty().get().size() == 1);
        robot.clickOn("File").clickOn("Delete all my data…");
        waitUntil(() -> robot.lookup("#delete-data-typed").tryQuery().isPresent());
        assertTrue(robot.lookup("#delete-data-confirm").query().isDisabled(), "nothing happens until DELETE is typed");
        robot.clickOn("#delete-data-typed").write("DELETE");
        Snapshots.save(robot, robot.lookup("#delete-data-typed").query().getScene().getRoot(), "delete-all-data-confirmation");
        robot.clickOn("#delete-data-confirm");

        waitUntil(() -> robot.lookup("#welcome-notice").tryQuery().isPresent());
        String notice = robot.lookup("#welcome-notice").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("Your data was deleted from " + folder), notice);
        assertTrue(robot.lookup("#start-my-diary").tryQuery().isPresent(), "the welcome, as on a first run");
        assertFalse(Files.exists(DiaryFolder.diaryFile(folder)));
        assertFalse(Files.exists(folder.resolve("backups")));
    }
}
