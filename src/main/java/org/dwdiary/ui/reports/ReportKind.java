package org.dwdiary.ui.reports;

/** The two reports the Reports menu makes; one dialog serves both. */
public enum ReportKind {
    SUPERVISION("Supervision summary", "supervision",
            "Your figures for the weeks you choose, as a short PDF to take to supervision or a one-to-one."),
    EVIDENCE("Evidence pack", "evidence-pack",
            "Your record for the weeks you choose, as a PDF for a union representative, HR or a tribunal bundle.");

    private final String title;
    private final String fileStem;
    private final String description;

    ReportKind(String title, String fileStem, String description) {
        this.title = title;
        this.fileStem = fileStem;
        this.description = description;
    }

    public String title() {
        return title;
    }

    /** The start of the suggested file name: {@code supervision-2026-W07-to-2026-W10.pdf}. */
    public String fileStem() {
        return fileStem;
    }

    /** What the report is for, in a sentence or two (the dialog's introduction). */
    public String description() {
        return description;
    }
}
