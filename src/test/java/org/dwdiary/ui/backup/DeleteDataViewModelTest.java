package org.dwdiary.ui.backup;

import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeleteDataViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final Executor NOW = Runnable::run;

    @TempDir Path temp;
    private final List<String> events = new ArrayList<>();

    private Path diaryWithABackup() {
        Path folder = temp.resolve("diary");
        Diary.open(folder, CLOCK).close();
        Backups.of(folder, CLOCK).backUp();
        return folder;
    }

    private DeleteDataViewModel model(Path folder) {
        return new DeleteDataViewModel(folder, NOW, NOW, new DeleteDataViewModel.DiaryWindowHooks() {
            @Override
            public void closeDiary() {
                events.add("close");
            }

            @Override
            public void reopen() {
                events.add("reopen");
            }

            @Override
            public void showWelcome(String message) {
                events.add("welcome: " + message);
            }
        }, reason -> events.add("refused: " + reason));
    }

    @Test
    void confirmedItClosesTheDiaryDeletesAndShowsTheWelcome() {
        Path folder = diaryWithABackup();
        List<String> asked = new ArrayList<>();
        model(folder).deleteAll(question -> asked.add(question));
        assertTrue(asked.get(0).contains(folder.toString()) && asked.get(0).contains("1 backup")
                && asked.get(0).contains("cannot be undone") && asked.get(0).contains("Export CSV"), asked.get(0));
        assertEquals(List.of("close", "welcome: Your data was deleted from " + folder + " (the diary, 1 backup)."), events);
        assertFalse(Files.exists(folder));
    }

    @Test
    void aDiaryFileSetAsideAsUnreadableIsNamedInTheQuestionAndDeleted() throws Exception {
        Path folder = diaryWithABackup();
        org.dwdiary.store.DamagedFiles.writeText(DiaryFolder.diaryFile(folder));
        Backups.of(folder, CLOCK).setAside();
        List<String> asked = new ArrayList<>();

        model(folder).deleteAll(question -> asked.add(question));

        assertTrue(asked.get(0).contains("• the diary file set aside as unreadable (25 bytes)"), asked.get(0));
        assertFalse(asked.get(0).contains("did not make"), "it is the worker's data, not someone else's: " + asked.get(0));
        assertEquals(List.of("close", "welcome: Your data was deleted from " + folder
                + " (the diary, the diary file set aside as unreadable, 1 backup)."), events);
        assertFalse(Files.exists(folder));
    }

    @Test
    void notConfirmedNothingChanges() {
        Path folder = diaryWithABackup();
        model(folder).deleteAll(question -> false);
        assertEquals(List.of(), events);
        assertTrue(DiaryFolder.hasDiary(folder) && Files.isDirectory(folder.resolve("backups")));
    }

    @Test
    void openElsewhereItIsRefusedAndTheDiaryReopens() {
        Path folder = diaryWithABackup();
        try (Diary other = Diary.open(folder, CLOCK)) {
            other.count();
            model(folder).deleteAll(question -> true);
        }
        assertEquals(3, events.size(), events.toString());
        assertEquals("close", events.get(0));
        assertEquals("reopen", events.get(1));
        assertTrue(events.get(2).startsWith("refused: ") && events.get(2).contains("Nothing was deleted"), events.get(2));
        assertTrue(DiaryFolder.hasDiary(folder));
    }

    @Test
    void nothingToDeleteIsRefusedWithoutAsking() {
        model(temp.resolve("empty")).deleteAll(question -> {
            throw new AssertionError("asked");
        });
        assertEquals(1, events.size());
        assertTrue(events.get(0).contains("nothing to delete"), events.get(0));
    }
}
