package org.dwdiary.ui.week;

import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.store.Diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day's mark changed from {@code before} to {@code after} (either may be null: no mark). Undo puts
 * {@code before} back, redo {@code after}; each is refused when the day's mark has since been changed
 * elsewhere (the command line, another window), so nobody's later change is quietly overwritten.
 */
record MarkAction(LocalDate day, DayMark before, DayMark after) implements UndoableAction {
    MarkAction {
        Objects.requireNonNull(day, "day");
    }

    @Override
    public String description() {
        String shortDay = DisplayFormats.SHORT_DAY.format(day);
        if (after == null) {
            return "remove " + before.describe() + " from " + shortDay;
        }
        return "mark " + shortDay + ": " + after.describe() + (before == null ? "" : ", was " + before.describe());
    }

    @Override
    public UndoableAction undo(Diary diary) {
        put(diary, after, before);
        return this;
    }

    @Override
    public UndoableAction redo(Diary diary) {
        put(diary, before, after);
        return this;
    }

    private void put(Diary diary, DayMark expected, DayMark wanted) {
        DayMark now = diary.marks(day, day).stream().findFirst().orElse(null);
        if (!Objects.equals(now, expected)) {
            throw new InputRefusedException("the mark on " + DisplayFormats.day(day)
                    + " was changed elsewhere since; nothing was changed");
        }
        if (wanted == null) {
            diary.unmark(day, RecordedVia.GUI);
        } else {
            diary.mark(wanted, RecordedVia.GUI);
        }
    }
}
