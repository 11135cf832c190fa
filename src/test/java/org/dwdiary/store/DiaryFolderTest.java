package org.dwdiary.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the diary lives: --data-dir, else DWDIARY_HOME, else the system's application data folder. */
class DiaryFolderTest {

    @Test
    void explicitFolderBeatsTheEnvironment(@TempDir Path dir) {
        Path chosen = dir.resolve("chosen");

        Path resolved = DiaryFolder.resolve(chosen, Map.of("DWDIARY_HOME", dir.resolve("from-env").toString()));

        assertEquals(chosen, resolved);
    }

    @Test
    void relativeExplicitFolderIsMadeAbsolute() {
        Path resolved = DiaryFolder.resolve(Path.of("diaries", "..", "mine"), Map.of());

        assertEquals(Path.of("mine").toAbsolutePath(), resolved);
    }

    @Test
    void environmentBeatsTheSystemDefault(@TempDir Path dir) {
        Path resolved = DiaryFolder.resolve(null, Map.of("DWDIARY_HOME", dir + "/a/../home"));

        assertEquals(dir.resolve("home"), resolved);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void blankEnvironmentFallsBackToTheSystemDefault() {
        assertEquals(DiaryFolder.resolve(null, Map.of()), DiaryFolder.resolve(null, Map.of("DWDIARY_HOME", "  ")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxDefaultIsUnderTheXdgDataFolder() {
        Path resolved = DiaryFolder.resolve(null, Map.of());

        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        assertEquals(base.resolve("direct-work-diary"), resolved);
        assertTrue(resolved.isAbsolute());
    }

    @Test
    void diaryFileAndDemoFolderLiveInsideTheFolder(@TempDir Path dir) {
        assertEquals(dir.resolve("diary.db"), DiaryFolder.diaryFile(dir));
        assertEquals(dir.resolve("demo"), DiaryFolder.demoFolder(dir));
    }
}
