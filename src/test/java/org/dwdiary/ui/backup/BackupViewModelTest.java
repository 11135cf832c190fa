package org.dwdiary.ui.backup;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Backups;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupViewModelTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-04T12:05:00Z"), LONDON);
    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path dir;
    Path folder;
    final List<String> calls = new ArrayList<>();
    BackupViewModel model;

    @BeforeEach
    void diaryWithOneBlock() {
        folder = dir.resolve("diary");
        addBlock("2026-06-29T09:00", "Home visit");
        model = new BackupViewModel(Backups.of(folder, CLOCK), LONDON, SAME_THREAD, SAME_THREAD,
                new BackupViewModel.DiaryWindowHooks() {
                    @Override
                    public void closeDiary() {
                        calls.add("close");
                    }

                    @Override
                    public void reopenDiary() {
                        calls.add("reopen");
                    }
                });
    }

    private void addBlock(String start, String activity) {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            Instant from = LocalDateTime.parse(start).atZone(LONDON).toInstant();
            diary.add(Block.create(from, from.plusSeconds(3600), LONDON, WorkKind.DIRECT, activity, null), RecordedVia.GUI);
        }
    }

    private int blocks() {
        try (Diary diary = Diary.open(folder, CLOCK)) {
            return diary.all().size();
        }
    }

    @Test
    void backUpNowListsTheCopyWithItsLocalDateAndSize() {
        model.backUpNow();

        assertTrue(model.messageProperty().get().startsWith("Backed up to diary-2026-07-04T120500Z.db ("),
                model.messageProperty().get());
        assertFalse(model.messageIsErrorProperty().get());
        assertEquals(1, model.rows().size());
        assertEquals("Sat 4 Jul 2026 13:05", model.rows().get(0).date(), "in the diary's zone (summer time)");
        assertTrue(model.rows().get(0).size().endsWith(" KB"), model.rows().get(0).size());
    }

    @Test
    void restoreAsksNamingTheDateThenClosesRestoresAndReopens() {
        model.backUpNow();
        Path copy = model.rows().get(0).file();
        addBlock("2026-06-30T09:00", "Visit");
        List<String> questions = new ArrayList<>();

        model.restore(copy, question -> questions.add(question));

        assertEquals(List.of("Replace your diary with the copy of Sat 4 Jul 2026 13:05 (1 block)? "
                + "Your diary as it is now is backed up first."), questions);
        assertEquals(List.of("close", "reopen"), calls);
        assertEquals(1, blocks());
        assertTrue(model.messageProperty().get().startsWith("Restored the copy of Sat 4 Jul 2026 13:05. Your diary as it was is kept as "),
                model.messageProperty().get());
        assertTrue(model.rows().stream().anyMatch(row -> row.kind().equals("made before a restore")));
    }

    @Test
    void restoreOverADamagedDiarySaysItIsKeptAsideAndNamesWhere() throws IOException {
        model.backUpNow();
        Path copy = model.rows().get(0).file();
        org.dwdiary.store.DamagedFiles.cutInHalf(folder.resolve("diary.db"));
        byte[] damaged = Files.readAllBytes(folder.resolve("diary.db"));
        List<String> questions = new ArrayList<>();

        model.restore(copy, question -> questions.add(question));

        assertEquals(List.of("Replace your diary with the copy of Sat 4 Jul 2026 13:05 (1 block)? Your diary file, which cannot "
                + "be opened, is kept beside it under a new name; nothing is deleted."), questions);
        Path kept = folder.resolve("diary.db.damaged-2026-07-04T120500Z");
        assertEquals("Restored the copy of Sat 4 Jul 2026 13:05. The diary file that could not be opened is kept as " + kept + ".",
                model.messageProperty().get());
        org.junit.jupiter.api.Assertions.assertArrayEquals(damaged, Files.readAllBytes(kept));
        assertEquals(1, blocks());
    }

    @Test
    void restoreNotConfirmedChangesNothing() {
        model.backUpNow();
        addBlock("2026-06-30T09:00", "Visit");

        model.restore(model.rows().get(0).file(), question -> false);

        assertEquals(List.of(), calls);
        assertEquals(2, blocks());
        assertEquals("Nothing was restored.", model.messageProperty().get());
    }

    @Test
    void aFileThatIsNotADiaryIsRefusedWithoutAsking() throws IOException {
        Path text = Files.writeString(dir.resolve("holiday.db"), "photos");

        model.restore(text, question -> {
            throw new AssertionError("asked: " + question);
        });

        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().contains(text.toString()) && model.messageProperty().get().contains("not an SQLite"),
                model.messageProperty().get());
        assertEquals(List.of(), calls);
        assertEquals(1, blocks());
    }
}
