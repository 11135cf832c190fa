package org.dwdiary.ui.week;

import org.dwdiary.domain.DiaryChange;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.store.Diary;

/** Blocks added, changed or deleted, as applied (new blocks with their ids): undone by its inverse. */
record BlockAction(DiaryChange applied) implements UndoableAction {
    @Override
    public String description() {
        return applied.description();
    }

    @Override
    public UndoableAction undo(Diary diary) {
        return new BlockAction(diary.apply(applied.inverse(), RecordedVia.GUI).inverse());
    }

    @Override
    public UndoableAction redo(Diary diary) {
        return new BlockAction(diary.apply(applied, RecordedVia.GUI));
    }
}
