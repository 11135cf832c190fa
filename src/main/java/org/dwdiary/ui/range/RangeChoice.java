package org.dwdiary.ui.range;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which weeks a view shows, the part of a view-model the trends and evidence views share: the ranges
 * offered, the one chosen, and the custom dates (which follow the weeks shown until the worker picks
 * their own). Custom dates are checked here, with the messages the worker reads.
 */
public final class RangeChoice {
    /** The weeks a custom range may span: about twenty years, beyond which a typing slip is likelier than a wish. */
    public static final long MOST_WEEKS = 1100;

    /** The first and last ISO week of a range, both included. */
    public record Weeks(WeekId from, WeekId to) {
        public long count() {
            return ChronoUnit.WEEKS.between(from.monday(), to.monday()) + 1;
        }
    }

    /** The choice as it stood when a load began (read on the FX thread, used on the background one). */
    public record Request(WeekRange range, LocalDate customFrom, LocalDate customTo) {
        /** The weeks this request covers; {@code start} is the first day of "all" or "from the balance start". */
        public Weeks weeks(WeekId thisWeek, Optional<LocalDate> start) {
            return RangeChoice.weeks(range, thisWeek, start, customFrom, customTo);
        }
    }

    private final List<WeekRange> offered;
    private final ReadOnlyObjectWrapper<WeekRange> range;
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();

    public RangeChoice(WeekRange initial, List<WeekRange> offered) {
        if (!offered.contains(initial)) {
            throw new IllegalArgumentException(initial + " is not offered");
        }
        this.offered = List.copyOf(offered);
        this.range = new ReadOnlyObjectWrapper<>(initial);
    }

    /** The ranges offered, in the order of their buttons. */
    public List<WeekRange> offered() {
        return offered;
    }

    public ReadOnlyObjectProperty<WeekRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** The first day of a custom range, as the date picker shows it (follows the shown range until changed). */
    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public Request request() {
        return new Request(range.get(), customFrom.get(), customTo.get());
    }

    /** A range other than custom (see {@link #takeCustom}). */
    public void choose(WeekRange chosen) {
        if (chosen == WeekRange.CUSTOM || !offered.contains(chosen)) {
            throw new IllegalArgumentException(chosen + " is not a preset offered here");
        }
        range.set(chosen);
    }

    /**
     * The whole ISO weeks containing {@code from} and {@code to}. Refused with a message, and the chosen
     * range kept, when a date is missing, the first is after the last, or the span is implausibly long.
     */
    public void takeCustom(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InputRefusedException("Choose both the first and the last day of the weeks to show.");
        }
        if (from.isAfter(to)) {
            throw new InputRefusedException("The first day (" + DisplayFormats.day(from) + ") is after the last day ("
                    + DisplayFormats.day(to) + "): choose a first day on or before the last.");
        }
        Weeks weeks = new Weeks(WeekId.of(from), WeekId.of(to));
        if (weeks.count() > MOST_WEEKS) {
            throw new InputRefusedException("That is " + weeks.count() + " weeks; choose at most " + MOST_WEEKS
                    + " (about twenty years).");
        }
        customFrom.set(from);
        customTo.set(to);
        range.set(WeekRange.CUSTOM);
    }

    /**
     * What a view's range buttons do: a preset is taken at once; {@link WeekRange#CUSTOM} takes the custom
     * dates as they stand. A refusal goes to {@code refused}, and the chosen range stays.
     *
     * @return whether the range changed (the view then reads the diary again)
     */
    public boolean select(WeekRange chosen, java.util.function.Consumer<String> refused) {
        if (chosen == WeekRange.CUSTOM) {
            return selectCustom(customFrom.get(), customTo.get(), refused);
        }
        choose(chosen);
        return true;
    }

    /** {@link #takeCustom}, with a refusal given to {@code refused}; whether the dates were taken. */
    public boolean selectCustom(LocalDate from, LocalDate to, java.util.function.Consumer<String> refused) {
        try {
            takeCustom(from, to);
            return true;
        } catch (InputRefusedException e) {
            refused.accept(e.getMessage());
            return false;
        }
    }

    /** After a load of {@code chosen}: a custom range starts from the weeks shown, until the worker picks dates. */
    public void shown(WeekRange chosen, Weeks weeks) {
        if (chosen != WeekRange.CUSTOM) {
            customFrom.set(weeks.from().monday());
            customTo.set(weeks.to().sunday());
        }
    }

    /**
     * The weeks a range covers: the last N ending this week; all, or from the balance start, from the week
     * of {@code start} (never after this week) to this week; or the whole weeks of the custom dates.
     */
    public static Weeks weeks(WeekRange range, WeekId thisWeek, Optional<LocalDate> start, LocalDate customFrom, LocalDate customTo) {
        return switch (range) {
            case ALL, BALANCE_START -> {
                WeekId first = start.map(WeekId::of).filter(week -> week.compareTo(thisWeek) < 0).orElse(thisWeek);
                yield new Weeks(first, thisWeek);
            }
            case CUSTOM -> new Weeks(WeekId.of(customFrom), WeekId.of(customTo));
            default -> new Weeks(thisWeek.plusWeeks(-(range.weeks() - 1)), thisWeek);
        };
    }

    /** "2025-W50 to 2026-W10 · Mon 8 Dec – Sun 8 Mar 2026 · 13 weeks". */
    public static String title(Weeks weeks) {
        long count = weeks.count();
        return weeks.from() + (count == 1 ? "" : " to " + weeks.to()) + " · "
                + DisplayFormats.SHORT_DAY.format(weeks.from().monday()) + " – " + DisplayFormats.day(weeks.to().sunday())
                + " · " + weeksText(count);
    }

    /** "1 week", "13 weeks". */
    public static String weeksText(long count) {
        return count + (count == 1 ? " week" : " weeks");
    }
}
