package org.dwdiary.domain;

import java.util.Objects;

/**
 * A week's caseload and two short reflections ("What went well?", "What got in the way of direct
 * work?"), for the supervision one-pager. The worker's own words about their week: no names or case
 * details, which the app reminds them of beside the fields.
 *
 * @param caseload the number of children or families held that week, or null when not given
 */
public record WeekNote(WeekId week, Integer caseload, String wentWell, String gotInTheWay) {
    /** Long enough for a few sentences, short enough for a one-page summary. */
    public static final int MAX_REFLECTION = 500;
    public static final int MAX_CASELOAD = 999;
    public static final String REMINDER = "No names, initials or case details: these are about your week, not a case.";

    public WeekNote {
        Objects.requireNonNull(week, "week");
        if (caseload != null && (caseload < 0 || caseload > MAX_CASELOAD)) {
            throw new InputRefusedException("caseload " + caseload + " is not between 0 and " + MAX_CASELOAD);
        }
        wentWell = reflection("What went well?", wentWell);
        gotInTheWay = reflection("What got in the way of direct work?", gotInTheWay);
    }

    public static WeekNote empty(WeekId week) {
        return new WeekNote(week, null, "", "");
    }

    /** Reads a caseload as typed: blank is "not given"; otherwise a whole number from 0 to 999. */
    public static Integer parseCaseload(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            int caseload = Integer.parseInt(value);
            if (caseload >= 0 && caseload <= MAX_CASELOAD) {
                return caseload;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the value
        }
        throw new InputRefusedException("caseload \"" + value + "\" is not a whole number from 0 to " + MAX_CASELOAD);
    }

    public boolean isEmpty() {
        return caseload == null && wentWell.isEmpty() && gotInTheWay.isEmpty();
    }

    public WeekNote withCaseload(Integer caseload) {
        return new WeekNote(week, caseload, wentWell, gotInTheWay);
    }

    public WeekNote withWentWell(String text) {
        return new WeekNote(week, caseload, text, gotInTheWay);
    }

    public WeekNote withGotInTheWay(String text) {
        return new WeekNote(week, caseload, wentWell, text);
    }

    private static String reflection(String field, String text) {
        String value = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (value.length() > MAX_REFLECTION) {
            throw new InputRefusedException("\"" + field + "\" is " + value.length() + " characters; keep it to "
                    + MAX_REFLECTION);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new InputRefusedException("\"" + field + "\" holds a control character at position " + (i + 1));
            }
        }
        return value;
    }
}
