package org.dwdiary.ui.range;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The weeks each range covers, seen from week 10 of 2026, and the custom dates the worker may pick. */
class RangeChoiceTest {
    private static final WeekId W10 = WeekId.parse("2026-W10");

    private static RangeChoice.Weeks weeks(WeekRange range, LocalDate start) {
        return RangeChoice.weeks(range, W10, Optional.ofNullable(start), null, null);
    }

    @Test
    void fromTheBalanceStartRunsFromItsWeekToThisWeek() {
        assertEquals(new RangeChoice.Weeks(WeekId.parse("2026-W07"), W10), weeks(WeekRange.BALANCE_START, LocalDate.of(2026, 2, 11)));
        assertEquals(new RangeChoice.Weeks(W10, W10), weeks(WeekRange.BALANCE_START, null), "an empty diary: this week");
        assertEquals(new RangeChoice.Weeks(W10, W10), weeks(WeekRange.BALANCE_START, LocalDate.of(2026, 6, 1)),
                "a start set ahead: never after this week");
    }

    @Test
    void theLastWeeksEndThisWeek() {
        assertEquals(new RangeChoice.Weeks(WeekId.parse("2025-W50"), W10), weeks(WeekRange.LAST_13, null));
        assertEquals(52, weeks(WeekRange.LAST_52, null).count());
    }

    @Test
    void aCustomRangeIsCheckedAndFollowsTheWeeksShownUntilChosen() {
        RangeChoice choice = new RangeChoice(WeekRange.BALANCE_START, List.of(WeekRange.BALANCE_START, WeekRange.LAST_13, WeekRange.CUSTOM));
        choice.shown(WeekRange.BALANCE_START, new RangeChoice.Weeks(WeekId.parse("2026-W07"), W10));
        assertEquals(LocalDate.of(2026, 2, 9), choice.customFromProperty().get());
        assertEquals(LocalDate.of(2026, 3, 8), choice.customToProperty().get());

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> choice.takeCustom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)));
        assertEquals("The first day (Mon 9 Mar 2026) is after the last day (Mon 2 Mar 2026): choose a first day on or before the last.",
                refused.getMessage());
        assertEquals(WeekRange.BALANCE_START, choice.rangeProperty().get(), "a refused range changes nothing");

        choice.takeCustom(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 17));
        assertEquals(WeekRange.CUSTOM, choice.rangeProperty().get());
        choice.shown(WeekRange.CUSTOM, new RangeChoice.Weeks(WeekId.parse("2026-W07"), WeekId.parse("2026-W08")));
        assertEquals(LocalDate.of(2026, 2, 11), choice.customFromProperty().get(), "the dates typed stay as typed");
        assertThrows(IllegalArgumentException.class, () -> choice.choose(WeekRange.LAST_4), "a range this view does not offer");
    }

    @Test
    void aTitleNamesTheWeeksAndTheirDays() {
        assertEquals("2025-W50 to 2026-W10 · Mon 8 Dec – Sun 8 Mar 2026 · 13 weeks",
                RangeChoice.title(new RangeChoice.Weeks(WeekId.parse("2025-W50"), W10)));
        assertEquals("2026-W10 · Mon 2 Mar – Sun 8 Mar 2026 · 1 week", RangeChoice.title(new RangeChoice.Weeks(W10, W10)));
    }
}
