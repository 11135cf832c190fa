package org.dwdiary.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.dwdiary.ui.backup.BackupDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File ▸ Back up now, then a block added, then File ▸ Restore from backup… on that copy: the window closes
 * its diary, restores and shows the week as it was. The confirmation is answered in the user's place.
 */
@ExtendWith(ApplicationExtension.class)
class BackupGuiTest {
    @TempDir Path folder;
    private WindowUnderTest ui;
    private DiaryWindow window;

    @Start
    void start(Stage stage) {
        try (Diary diary = Diary.open(folder.resolve("diary"), CLOCK)) {
            diary.add(block("2026-03-02T09:00", "Home visit"), RecordedVia.GUI);
        }
        ui = WindowUnderTest.show(stage, folder.resolve("diary"), CLOCK);
        window = ui.window;
    }

    private static Block block(String start, String activity) {
        Instant from = LocalDateTime.parse(start).atZone(WeekViewGuiTest.LONDON).toInstant();
        return Block.create(from, from.plusSeconds(3600), WeekViewGuiTest.LONDON, WorkKind.DIRECT, activity, null);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (window.backupDialog() != null) {
                window.backupDialog().hide();
            }
        });
        ui.close();
    }

    private static int blocksShown(DiaryWindow window) {
        return window.weekView() == null ? -1 : window.weekView().model().blocksProperty().get().size();
    }

    @Test
    void backUpNowThenRestoreShowsTheWeekAsItWas(FxRobot robot) {
        waitUntil(() -> blocksShown(window) == 1);
        robot.clickOn("File").clickOn("Back up now");
        waitUntil(() -> window.backupDialog() != null && window.backupDialog().table().getItems().size() == 1);
        BackupDialog dialog = window.backupDialog();
        String message = robot.lookup("#backup-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Backed up to diary-2026-03-04T120000Z.db ("), message);
        assertEquals("Wed 4 Mar 2026 12:00", dialog.table().getItems().get(0).date());

        try (Diary other = Diary.open(folder.resolve("diary"), CLOCK)) {
            other.add(block("2026-03-03T09:00", "Visit"), RecordedVia.CLI);
        }
        robot.interact(window::refresh);
        waitUntil(() -> blocksShown(window) == 2);

        List<String> asked = new ArrayList<>();
        robot.interact(() -> {
            dialog.answerConfirmationWith(question -> asked.add(question));
            dialog.table().getSelectionModel().select(0);
        });
        robot.clickOn("#backup-restore");
        waitUntil(() -> robot.lookup("#backup-message").queryAs(Label.class).getText().startsWith("Restored"));
        waitUntil(() -> blocksShown(window) == 1);
        assertEquals(List.of("Replace your diary with the copy of Wed 4 Mar 2026 12:00 (1 block)? "
                + "Your diary as it is now is backed up first."), asked);
        waitUntil(() -> dialog.table().getItems().size() == 2);
        assertEquals("made before a restore", dialog.table().getItems().get(0).kind());
        Snapshots.save(robot, dialog.getScene().getRoot(), "backups-after-restore");
    }
}
