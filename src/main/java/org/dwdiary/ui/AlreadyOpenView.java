package org.dwdiary.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dwdiary.store.WindowLock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The small window shown instead of the diary when another Direct Work Diary window has the same data folder
 * and did not come to the front when asked (it may be hung): which folder, which process and since when, and
 * how to go on. "Try again" asks once more (or opens the diary, if the other window has gone).
 */
final class AlreadyOpenView {
    private final Path folder;
    private final ZoneId zone;
    private final Label heading = new Label();
    private final Label text = new Label();
    private final Label status = new Label();
    private final Button tryAgain = new Button("Try again");
    private final Button close = new Button("Close");
    private final VBox root;

    AlreadyOpenView(Path folder, ZoneId zone, Runnable onTryAgain, Runnable onClose) {
        this.folder = folder;
        this.zone = zone;
        heading.setId("already-open-heading");
        heading.getStyleClass().add("welcome-title");
        text.setId("already-open-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("already-open-status");
        status.getStyleClass().add("muted");
        tryAgain.setId("already-open-try-again");
        tryAgain.setDefaultButton(true);
        tryAgain.setOnAction(event -> {
            busy(true);
            onTryAgain.run();
        });
        close.setId("already-open-close");
        close.setCancelButton(true);
        close.setOnAction(event -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, tryAgain, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(14, heading, text, buttons);
        root.getStyleClass().add("welcome");
        root.setPrefWidth(620);
    }

    Parent root() {
        return root;
    }

    /** Shows who holds the folder now (after an answer to Try again, too). */
    void show(WindowLock.Holder holder, LocalDate today) {
        busy(false);
        heading.setText(holder.isWindow() ? "Your diary is already open" : "Your diary is being changed");
        text.setText(message(folder, holder, zone, today));
    }

    private void busy(boolean asking) {
        tryAgain.setDisable(asking);
        status.setText(asking ? "Asking the other window…" : "");
    }

    /** What happened, which process, and how to go on. */
    static String message(Path folder, WindowLock.Holder holder, ZoneId zone, LocalDate today) {
        String known = holder.processAndSince(zone, today);
        String process = known.isEmpty() ? "" : " (" + known + ")";
        if (!holder.isWindow()) {
            return "The diary in " + folder + " is being changed by the command '" + holder.heldBy() + "'" + process
                    + ". Wait for it to finish, then press Try again.";
        }
        String end = holder.pid() > 0
                ? "end it: process " + holder.pid() + " in the Task Manager (Windows), Activity Monitor (macOS) or System "
                        + "Monitor (Linux), or kill " + holder.pid() + " in a terminal."
                : "end it in the Task Manager (Windows), Activity Monitor (macOS) or System Monitor (Linux).";
        return "The diary in " + folder + " is already open in another Direct Work Diary window" + process
                + ", and that window did not come to the front when asked.\n\n"
                + "Close that window, then press Try again.\n\n"
                + "If it is stuck and will not close, " + end
                + " Your diary is safe: every change is saved the moment it is made.";
    }
}
