package org.dwdiary.ui.reports;

/**
 * What the worker chose beyond the weeks. {@code name} and {@code employer} are null when not given
 * (they go on an evidence pack's cover only if given); block notes stay out unless {@code withNotes}.
 */
public record ReportOptions(String name, String employer, boolean withNotes) {
    /** A supervision summary's: no name, no employer, no notes. */
    public static final ReportOptions NONE = new ReportOptions(null, null, false);

    /** Trims the texts; an empty one is not given. */
    public static ReportOptions of(String name, String employer, boolean withNotes) {
        return new ReportOptions(given(name), given(employer), withNotes);
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
