package org.dwdiary.ui.history;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.Integrity;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.dwdiary.store.DiaryStorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The integrity indicator's logic: what it says, and that checks never pile up. */
class IntegrityViewModelTest {
    static final Executor SAME_THREAD = Runnable::run;
    static final IntegrityViewModel.Quietly AT_ONCE = Runnable::run;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir Path folder;

    @Test
    void anIntactRecordSaysSoWithTheChangesKeptAndTheFinalHash() {
        IntegrityViewModel model = new IntegrityViewModel(() -> new Integrity(true, 1204, "3f9a77", null),
                SAME_THREAD, SAME_THREAD, AT_ONCE);
        assertEquals(IntegrityViewModel.State.CHECKING, model.stateProperty().get());
        assertEquals("Checking the record…", model.textProperty().get());
        model.check();
        assertEquals(IntegrityViewModel.State.INTACT, model.stateProperty().get());
        assertEquals("Record intact · 1,204 changes kept", model.textProperty().get());
        assertTrue(model.detailsProperty().get().contains("append-only history"));
        assertTrue(model.detailsProperty().get().contains("Final hash:\n3f9a77\nA printed report that states this hash"),
                model.detailsProperty().get());
    }

    @Test
    void aBrokenRecordNamesWhatDoesNotMatch() {
        IntegrityViewModel model = new IntegrityViewModel(() -> new Integrity(false, 3, "ab",
                "block 12 does not match its last history entry: it was changed outside the app"),
                integrity -> "Block 12 is now \"Case notes\".", SAME_THREAD, SAME_THREAD, AT_ONCE);
        model.check();
        assertEquals(IntegrityViewModel.State.NOT_INTACT, model.stateProperty().get());
        assertEquals("Record NOT intact: block 12 does not match its last history entry: it was changed outside the app",
                model.textProperty().get());
        assertTrue(model.detailsProperty().get().startsWith("Your record does NOT match its history: block 12 does not "
                + "match its last history entry: it was changed outside the app.\nBlock 12 is now \"Case notes\".\n\n"),
                model.detailsProperty().get());
    }

    @Test
    void oneChangeIsOneChange() {
        assertEquals("1 change", IntegrityViewModel.changes(1));
        assertEquals("0 changes", IntegrityViewModel.changes(0));
        assertEquals("12,345,678 changes", IntegrityViewModel.changes(12_345_678));
    }

    @Test
    void aDiaryThatCannotBeReadLeavesTheRecordUncheckedRatherThanCheckingForever() {
        IntegrityViewModel model = new IntegrityViewModel(() -> {
            throw new DiaryStorageException("the diary file is locked", null);
        }, SAME_THREAD, SAME_THREAD, AT_ONCE);
        model.check();
        assertEquals(IntegrityViewModel.State.UNKNOWN, model.stateProperty().get());
        assertEquals("Record not checked", model.textProperty().get());
        assertTrue(model.detailsProperty().get().contains("the diary file is locked"));
        assertNull(model.integrityProperty().get());
    }

    @Test
    void checksAskedForWhileOneRunsBecomeOneMore() {
        Deque<Runnable> backgroundWork = new ArrayDeque<>();
        AtomicInteger verified = new AtomicInteger();
        Supplier<Integrity> verify = () -> new Integrity(true, verified.incrementAndGet(), "h", null);
        IntegrityViewModel model = new IntegrityViewModel(verify, backgroundWork::add, SAME_THREAD, AT_ONCE);
        model.check();
        model.changed();
        model.changed();
        model.check();
        assertEquals(1, backgroundWork.size(), "never two at once");
        backgroundWork.poll().run();
        assertEquals(1, backgroundWork.size(), "the three asked for meanwhile: one more");
        backgroundWork.poll().run();
        assertTrue(backgroundWork.isEmpty());
        assertEquals(2, verified.get());
        assertEquals(2, model.checks());
        assertEquals("Record intact · 2 changes kept", model.textProperty().get());
    }

    @Test
    void aChangeWaitsForTheQuietMoment() {
        List<Runnable> waiting = new ArrayList<>();
        AtomicInteger verified = new AtomicInteger();
        IntegrityViewModel model = new IntegrityViewModel(() -> new Integrity(true, verified.incrementAndGet(), "h", null),
                SAME_THREAD, SAME_THREAD, waiting::add);
        model.changed();
        model.changed();
        assertEquals(0, verified.get(), "nothing until the quiet moment");
        waiting.get(waiting.size() - 1).run(); // a debounce runs only the last
        assertEquals(1, verified.get());
    }

    @Test
    void aRealDiaryIsIntactUntilABlockIsChangedBehindItsBackAndTheProblemNamesTheBlock() {
        try (Diary diary = Diary.open(folder, Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON))) {
            diary.setZone("Europe/London");
            Block block = diary.add(Block.create(at("2026-03-02T13:00"), at("2026-03-02T14:00"), LONDON,
                    WorkKind.RECORDING, "Case notes", null), RecordedVia.GUI);
            IntegrityViewModel model = new IntegrityViewModel(diary::verify,
                    IntegrityViewModel.namingBlocks(diary::find, LONDON), SAME_THREAD, SAME_THREAD, AT_ONCE);
            model.check();
            assertEquals("Record intact · 1 change kept", model.textProperty().get());

            String named = IntegrityViewModel.namingBlocks(id -> id == block.id() ? Optional.of(block) : Optional.empty(),
                    LONDON).apply(new Integrity(false, 1, "h", "block " + block.id() + " does not match its last history entry"));
            assertEquals("Block " + block.id() + " is now \"Case notes\", Mon 2 Mar 2026 13:00–14:00.", named);
            assertEquals("", IntegrityViewModel.namingBlocks(id -> Optional.empty(), LONDON)
                    .apply(new Integrity(false, 1, "h", "history entry #2 is missing (the next one is #3)")));
        }
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }
}
