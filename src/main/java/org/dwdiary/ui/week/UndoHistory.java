package org.dwdiary.ui.week;

import org.dwdiary.domain.DiaryChange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The actions that can be undone and redone, newest first; keeps the last {@value #LIMIT}. */
final class UndoHistory {
    static final int LIMIT = 100;

    private final Deque<DiaryChange> undoable = new ArrayDeque<>();
    private final Deque<DiaryChange> redoable = new ArrayDeque<>();

    /** A new action was applied: it can be undone, and what was undone before can no longer be redone. */
    void done(DiaryChange applied) {
        push(undoable, applied);
        redoable.clear();
    }

    Optional<DiaryChange> nextUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    Optional<DiaryChange> nextRedo() {
        return Optional.ofNullable(redoable.peek());
    }

    /** The newest action was undone; {@code reapply} is what redoing it applies. */
    void undone(DiaryChange reapply) {
        undoable.pop();
        push(redoable, reapply);
    }

    void redone(DiaryChange applied) {
        redoable.pop();
        push(undoable, applied);
    }

    /** The newest undo could not be applied (the diary changed elsewhere): forget it. */
    void dropUndo() {
        undoable.poll();
    }

    void dropRedo() {
        redoable.poll();
    }

    private static void push(Deque<DiaryChange> stack, DiaryChange change) {
        stack.push(change);
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }
}
