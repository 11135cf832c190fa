package org.dwdiary.ui;

import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.dwdiary.ui.backup.BackupDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.dwdiary.ui.WeekViewGuiTest.CLOCK;
import static org.dwdiary.ui.WeekViewGuiTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The app's icon in the window's decorations and task bar entry, and in the windows it opens. */
@ExtendWith(ApplicationExtension.class)
class AppIconsGuiTest {
    @TempDir Path folder;
    private WindowUnderTest ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppIcons.applyLater(stage); // as DiaryApp.start does
        ui = WindowUnderTest.show(stage, folder.resolve("diary"), CLOCK);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (ui.window.backupDialog() != null) {
                ui.window.backupDialog().hide();
            }
        });
        ui.close();
    }

    @Test
    void theIconIsSquareAtEverySizeFromSixteenToTwoHundredAndFiftySix() {
        assertEquals(List.of(16, 32, 48, 64, 128, 256), AppIcons.SIZES);
        for (int size : AppIcons.SIZES) {
            Image icon = AppIcons.read(size).orElseThrow(() -> new AssertionError("no icon at " + size + " px"));
            assertEquals(size, (int) icon.getWidth(), "width at " + size + " px");
            assertEquals(size, (int) icon.getHeight(), "height at " + size + " px");
        }
    }

    @Test
    void theMainWindowHasTheIconAtTheSizesJavaFxPicksFrom() {
        List<Image> icons = AppIcons.load();
        assertEquals(List.of(32, 128), icons.stream().map(icon -> (int) icon.getWidth()).toList(),
                "32 px for Windows, 128 px for Linux and macOS");
        assertSame(icons, AppIcons.load(), "read once and shared by every window");
        waitUntil(() -> stage.getIcons().equals(icons)); // read on a thread of its own
    }

    @Test
    void theBackupsWindowAndTheDialogsCarryTheIconToo(FxRobot robot) {
        robot.clickOn("File").clickOn("Back up now");
        waitUntil(() -> ui.window.backupDialog() != null && ui.window.backupDialog().isShowing());
        BackupDialog backups = ui.window.backupDialog();
        assertEquals(AppIcons.load(), backups.getIcons(), "a window of its own, so it has its own icons");

        Stage[] alertStage = new Stage[1];
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "A message");
            alert.initOwner(stage);
            alertStage[0] = (Stage) alert.getDialogPane().getScene().getWindow();
        });
        assertEquals(AppIcons.load(), alertStage[0].getIcons(), "a dialog takes its owner's icon");
    }
}
