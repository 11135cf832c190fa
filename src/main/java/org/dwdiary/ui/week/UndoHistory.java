package org.dwdiary.ui.week;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The actions that can be undone and redone, newest first; keeps the last {@value #LIMIT}. */
final class UndoHistory {
    static final int LIMIT = 100;

    private final Deque<UndoableAction> undoable = new ArrayDeque<>();
    private final Deque<UndoableAction> redoable = new ArrayDeque<>();

    /** A new action was applied: it can be undone, and what was undone before can no longer be redone. */
    void done(UndoableAction applied) {
        push(undoable, applied);
        redoable.clear();
    }

    Optional<UndoableAction> nextUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    Optional<UndoableAction> nextRedo() {
        return Optional.ofNullable(redoable.peek());
    }

    /** The newest action was undone; {@code reapply} is what redoing it applies. */
    void undone(UndoableAction reapply) {
        undoable.pop();
        push(redoable, reapply);
    }

    void redone(UndoableAction applied) {
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

    private static void push(Deque<UndoableAction> stack, UndoableAction action) {
        stack.push(action);
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }
}
