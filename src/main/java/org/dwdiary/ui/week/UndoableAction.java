package org.dwdiary.ui.week;

import org.dwdiary.store.Diary;

/**
 * One action of the user's that Undo and Redo can take back and do again: blocks changed
 * ({@link BlockAction}) or a day's mark set or removed ({@link MarkAction}). Each call is one diary
 * transaction on the background thread, refused (with nothing changed) when the diary has moved on.
 */
interface UndoableAction {
    /** What the user did, in their words ("add \"Home visit\"", "mark Mon 2 Mar: Annual leave"). */
    String description();

    /** Takes the action back; returns the action that redoes it. */
    UndoableAction undo(Diary diary);

    /** Does the action again; returns the action that undoes it. */
    UndoableAction redo(Diary diary);
}
