package org.dwdiary.ui.range;

import java.util.Locale;

/**
 * The runs of whole ISO weeks the trends and evidence views offer: the last N weeks ending this week,
 * all of the diary, from the day the balances count from, or the weeks between two chosen dates. Each
 * view offers some of them (see {@link RangeChoice}).
 */
public enum WeekRange {
    BALANCE_START("From the balance start", 0),
    LAST_4("4 weeks", 4),
    LAST_13("13 weeks", 13),
    LAST_26("26 weeks", 26),
    LAST_52("52 weeks", 52),
    ALL("All", 0),
    CUSTOM("Custom…", 0);

    private final String label;
    private final int weeks;

    WeekRange(String label, int weeks) {
        this.label = label;
        this.weeks = weeks;
    }

    public String label() {
        return label;
    }

    /** The weeks of a "last N weeks" range; 0 for the others. */
    public int weeks() {
        return weeks;
    }

    /** The end of its button's id: {@code 13}, {@code all}, {@code balance}, {@code custom}. */
    public String code() {
        return weeks > 0 ? String.valueOf(weeks) : this == BALANCE_START ? "balance" : name().toLowerCase(Locale.ROOT);
    }

    /** What its button's tooltip says. */
    public String explanation() {
        return switch (this) {
            case BALANCE_START -> "From the day your balances count from (the working rules' balance start, "
                    + "else your first block) to this week";
            case ALL -> "From the week of your first block to this week";
            case CUSTOM -> "The whole weeks between two dates you choose";
            default -> "The last " + label + ", this week included";
        };
    }
}
