package org.dwdiary.ui.backup;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Backups;
import org.dwdiary.store.DamagedFiles;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.dwdiary.store.DiaryUnreadableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screen for a diary that cannot be opened, without a window: the work is only queued on the background
 * executor (nothing touches the files until it runs), the results come back through the FX executor.
 */
class UnreadableDiaryViewModelTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-04T12:05:00Z"), LONDON);

    @TempDir Path dir;
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<String> window = new ArrayList<>();

    private Path folder() {
        return dir.resolve("diary");
    }

    private Path diaryFile() {
        return DiaryFolder.diaryFile(folder());
    }

    private void addBlock(String start, String activity) {
        try (Diary diary = Diary.open(folder(), CLOCK)) {
            Instant from = LocalDateTime.parse(start).atZone(LONDON).toInstant();
            diary.add(Block.create(from, from.plusSeconds(3600), LONDON, WorkKind.DIRECT, activity, null), RecordedVia.GUI);
        }
    }

    private UnreadableDiaryViewModel model() {
        DiaryUnreadableException problem = assertThrows(DiaryUnreadableException.class, () -> Diary.open(folder(), CLOCK));
        Executor queueBackground = background::add;
        Executor queueFx = fx::add;
        return new UnreadableDiaryViewModel(problem, Backups.of(folder(), CLOCK), LONDON, queueBackground, queueFx,
                new UnreadableDiaryViewModel.WindowHooks() {
                    @Override
                    public void openDiary(String notice) {
                        window.add("open: " + notice);
                    }

                    @Override
                    public void chooseAnotherBackup() {
                        window.add("choose");
                    }

                    @Override
                    public void quit() {
                        window.add("quit");
                    }
                });
    }

    /** Runs what is queued, background and FX in turn, until nothing is left. */
    private void settle() {
        while (!background.isEmpty() || !fx.isEmpty()) {
            if (!background.isEmpty()) {
                background.remove().run();
            } else {
                fx.remove().run();
            }
        }
    }

    @Test
    void itFindsTheNewestGoodBackupThenPutsItBackOnlyOnTheBackgroundThread() throws IOException {
        addBlock("2026-06-29T09:00", "Home visit");
        Backups.of(folder(), CLOCK).backUp();
        addBlock("2026-06-30T09:00", "Visit");
        DamagedFiles.cutInHalf(diaryFile());
        byte[] damaged = Files.readAllBytes(diaryFile());
        UnreadableDiaryViewModel model = model();

        assertEquals("Your diary file is damaged", model.heading());
        assertTrue(model.explanation().startsWith("Your diary file " + diaryFile() + " is damaged: it is cut short"),
                model.explanation());
        model.load();
        assertEquals(UnreadableDiaryViewModel.State.LOOKING, model.stateProperty().get());
        settle();
        assertEquals(UnreadableDiaryViewModel.State.BACKUP_FOUND, model.stateProperty().get());
        assertEquals("Restore the backup from Sat 4 Jul 2026 13:05", model.restoreTextProperty().get());
        assertTrue(model.backupTextProperty().get().startsWith("The newest good backup is from Sat 4 Jul 2026 13:05 (1 block). "
                + "Restoring it puts it in your diary's place; your damaged diary file is kept beside it under a new name "
                + "(diary.db.damaged-<date and time>). Nothing is deleted."), model.backupTextProperty().get());

        model.restoreNewest();

        assertEquals(UnreadableDiaryViewModel.State.WORKING, model.stateProperty().get());
        assertEquals("Restoring the backup from Sat 4 Jul 2026 13:05…", model.statusProperty().get());
        assertArrayEquals(damaged, Files.readAllBytes(diaryFile()), "nothing is done until the background thread runs it");
        assertEquals(List.of(), window);
        settle();
        Path kept = folder().resolve("diary.db.damaged-2026-07-04T120500Z");
        assertEquals(List.of("open: Restored the backup from Sat 4 Jul 2026 13:05 (1 block). Your damaged diary file is kept as "
                + kept + "."), window);
        assertArrayEquals(damaged, Files.readAllBytes(kept));
        try (Diary diary = Diary.open(folder(), CLOCK)) {
            assertEquals(1, diary.count());
        }
    }

    @Test
    void withNoGoodBackupItOffersANewEmptyDiaryAfterAskingAndKeepsTheFile() throws IOException {
        Files.createDirectories(folder());
        DamagedFiles.writeText(diaryFile());
        Files.createDirectories(folder().resolve("backups"));
        Path badCopy = Files.writeString(folder().resolve("backups/diary-2026-07-01T090000Z.db"), "not a copy");
        byte[] text = Files.readAllBytes(diaryFile());
        UnreadableDiaryViewModel model = model();
        model.load();
        settle();

        assertEquals("The file in your diary's place is not a diary", model.heading());
        assertEquals(UnreadableDiaryViewModel.State.NO_BACKUP, model.stateProperty().get());
        assertTrue(model.backupTextProperty().get().startsWith("None of the backups in " + folder().resolve("backups")
                + " can be used either. Your file that is not a diary is kept as it is in " + folder() + "."),
                model.backupTextProperty().get());
        assertTrue(model.backupTextProperty().get().endsWith("\nSkipped " + badCopy.getFileName()
                + ": it is not a diary (not an SQLite database)."), model.backupTextProperty().get());

        model.startEmpty(question -> false);
        settle();
        assertEquals(List.of(), window, "not confirmed: nothing happens");
        assertArrayEquals(text, Files.readAllBytes(diaryFile()));

        List<String> asked = new ArrayList<>();
        model.startEmpty(question -> asked.add(question));
        assertArrayEquals(text, Files.readAllBytes(diaryFile()), "nothing is done until the background thread runs it");
        settle();

        assertEquals(List.of("Start a new, empty diary in " + folder() + "? Your file that is not a diary is not deleted: it is "
                + "kept beside the new diary, renamed diary.db.not-a-diary-<date and time>, for you or IT to look at later."), asked);
        Path kept = folder().resolve("diary.db.not-a-diary-2026-07-04T120500Z");
        assertEquals(List.of("open: Started a new, empty diary. Your file that is not a diary is kept as " + kept + "."), window);
        assertArrayEquals(text, Files.readAllBytes(kept));
        try (Diary diary = Diary.open(folder(), CLOCK)) {
            assertEquals(0, diary.count());
        }
    }

    @Test
    void aFailedRestoreSaysWhyAndOffersItAgain() throws IOException {
        addBlock("2026-06-29T09:00", "Home visit");
        Backups.Backup copy = Backups.of(folder(), CLOCK).backUp();
        DamagedFiles.cutInHalf(diaryFile());
        UnreadableDiaryViewModel model = model();
        model.load();
        settle();
        Files.writeString(copy.file(), "overwritten since"); // the copy went bad after it was found

        model.restoreNewest();
        settle();

        assertEquals(UnreadableDiaryViewModel.State.BACKUP_FOUND, model.stateProperty().get());
        assertTrue(model.statusIsErrorProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Nothing was restored. Cannot restore from " + copy.file()),
                model.statusProperty().get());
        assertEquals(List.of(), window);
        assertTrue(Files.exists(diaryFile()), "the damaged diary is still in its place");
    }
}
