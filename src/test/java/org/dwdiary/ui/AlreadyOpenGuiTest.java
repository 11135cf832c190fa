package org.dwdiary.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dwdiary.domain.Theme;
import org.dwdiary.store.WindowLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small window shown when another window has the diary and did not come forward. */
@ExtendWith(ApplicationExtension.class)
class AlreadyOpenGuiTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final WindowLock.Holder HUNG = new WindowLock.Holder(4242,
            TODAY.atTime(9, 14).atZone(LONDON).toInstant(), WindowLock.WINDOW);

    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private AlreadyOpenView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new AlreadyOpenView(Path.of("/home/sam/.local/share/direct-work-diary"), LONDON,
                asked::incrementAndGet, closed::incrementAndGet);
        view.show(HUNG, TODAY);
        scene = new Scene(view.root());
        Themes.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void itNamesTheFolderAndTheProcessAndTryAgainAsksOnce(FxRobot robot) {
        assertEquals("Your diary is already open", robot.lookup("#already-open-heading").queryAs(Label.class).getText());
        String text = robot.lookup("#already-open-text").queryAs(Label.class).getText();
        assertTrue(text.contains("/home/sam/.local/share/direct-work-diary") && text.contains("(PID 4242, since 09:14)"), text);
        Snapshots.save(robot, scene.getRoot(), "already-open");

        robot.clickOn("#already-open-try-again");
        assertEquals(1, asked.get());
        assertTrue(robot.lookup("#already-open-try-again").queryAs(Button.class).isDisabled(), "one question at a time");
        assertEquals("Asking the other window…", robot.lookup("#already-open-status").queryAs(Label.class).getText());

        robot.interact(() -> view.show(HUNG, TODAY)); // no answer again
        assertFalse(robot.lookup("#already-open-try-again").queryAs(Button.class).isDisabled());
        robot.clickOn("#already-open-close");
        assertEquals(1, closed.get());
    }
}
