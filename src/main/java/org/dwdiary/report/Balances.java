package org.dwdiary.report;

import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The worker's hours against the contract over time: each week's contracted, worked and overtime minutes
 * with a running balance (worked − contracted, added up from the start); the TOIL ledger (earned: the
 * weekly overtime, when the scheme returns overtime as TOIL; taken: TOIL day marks; balance); and, on
 * flexi-time, each settlement period with what was carried in, the period's own difference, what is
 * carried forward within the limits, and the <em>lost hours</em> above the credit limit — worked and
 * never paid or returned.
 */
public record Balances(WorkingRules.Scheme scheme, List<Week> weeks, Toil toil, List<FlexiPeriod> flexi) {

    /** @param balanceMinutes worked − contracted from the first week up to and including this one */
    public record Week(WeekId week, long contractMinutes, long workedMinutes, long overtimeMinutes,
                       long differenceMinutes, long balanceMinutes) {
    }

    public record Toil(long earnedMinutes, long takenMinutes) {
        public long balanceMinutes() {
            return earnedMinutes - takenMinutes;
        }
    }

    /**
     * @param complete         false for the period still running at the end of the range (nothing is lost yet)
     * @param carriedForward   the end balance held within the limits: at most the credit limit, at least
     *                         minus the debit limit
     * @param lostMinutes      the end balance above the credit limit: worked, and forfeited at settlement
     * @param debitBeyondMinutes the end deficit beyond the debit limit (an employer may deduct it)
     */
    public record FlexiPeriod(LocalDate from, LocalDate to, boolean complete, long carriedInMinutes, long differenceMinutes,
                              long endMinutes, long carriedForwardMinutes, long lostMinutes, long debitBeyondMinutes) {
    }

    /** Balances over the weeks of {@code trend} (which should start at the balance start's week) under {@code rules}. */
    public static Balances of(Trend trend, WorkingRules rules) {
        List<Week> weeks = new ArrayList<>();
        long balance = 0;
        long earned = 0;
        long taken = 0;
        for (WeekFigures week : trend.weeks()) {
            balance += week.differenceMinutes();
            weeks.add(new Week(week.week(), week.contractMinutes(), week.totalMinutes(), week.overtimeMinutes(),
                    week.differenceMinutes(), balance));
            earned += rules.scheme() == WorkingRules.Scheme.TOIL ? week.overtimeMinutes() : 0;
            taken += week.toilTakenMinutes();
        }
        List<FlexiPeriod> periods = new ArrayList<>();
        if (rules.scheme() == WorkingRules.Scheme.FLEXI) {
            long carried = 0;
            List<WeekFigures> all = trend.weeks();
            for (int start = 0; start < all.size(); start += rules.flexiPeriodWeeks()) {
                int end = Math.min(all.size(), start + rules.flexiPeriodWeeks());
                long difference = 0;
                for (int i = start; i < end; i++) {
                    difference += all.get(i).differenceMinutes();
                }
                boolean complete = end - start == rules.flexiPeriodWeeks();
                long closing = carried + difference;
                long forward = complete ? Math.max(-rules.flexiDebitLimit(), Math.min(rules.flexiCreditLimit(), closing)) : closing;
                long lost = complete ? Math.max(0, closing - rules.flexiCreditLimit()) : 0;
                long debitBeyond = complete ? Math.max(0, -rules.flexiDebitLimit() - closing) : 0;
                periods.add(new FlexiPeriod(all.get(start).from(), all.get(end - 1).to(), complete, carried, difference,
                        closing, forward, lost, debitBeyond));
                carried = forward;
            }
        }
        return new Balances(rules.scheme(), Collections.unmodifiableList(weeks), new Toil(earned, taken),
                Collections.unmodifiableList(periods));
    }

    /** Hours lost at flexi settlements in the range: worked above the carry-over limit. */
    public long lostMinutes() {
        return flexi.stream().mapToLong(FlexiPeriod::lostMinutes).sum();
    }

    /**
     * Unpaid overtime: the overtime that was neither paid nor returned as time off. By scheme: none — all
     * of the weekly overtime; paid — nothing; TOIL — the TOIL still owed (earned less taken, never below
     * zero); flexi — the hours lost at settlement (the credit still carried can yet be taken as flexi leave).
     */
    public long unpaidMinutes() {
        return switch (scheme) {
            case NONE -> overtimeMinutes();
            case PAID -> 0;
            case TOIL -> Math.max(0, toil.balanceMinutes());
            case FLEXI -> lostMinutes();
        };
    }

    /** How {@link #unpaidMinutes} was counted under this scheme, in a sentence for a report. */
    public String unpaidMethod() {
        return switch (scheme) {
            case NONE -> "Unpaid overtime: all weekly overtime, as the scheme neither pays nor returns it.";
            case PAID -> "Unpaid overtime: none counted, as the scheme pays overtime.";
            case TOIL -> "Unpaid overtime: the TOIL earned and not yet taken.";
            case FLEXI -> "Unpaid overtime: the flexi hours lost at settlement, above the carry-over limit.";
        };
    }

    public long overtimeMinutes() {
        return weeks.stream().mapToLong(Week::overtimeMinutes).sum();
    }

    public long balanceMinutes() {
        return weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).balanceMinutes();
    }
}
