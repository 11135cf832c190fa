package org.dwdiary.ui.trends;

/** The four charts of the trends view: their ids, titles and the start of an exported file's name. */
public enum ChartKind {
    SHARE("share", "Direct-work share", "direct-work-share"),
    KINDS("kinds", "Hours per kind", "hours-per-kind"),
    CONTRACT("contract", "Hours worked against contract", "hours-against-contract"),
    OUTSIDE("outside", "Evenings and weekends", "evenings-and-weekends");

    private final String code;
    private final String title;
    private final String fileName;

    ChartKind(String code, String title, String fileName) {
        this.code = code;
        this.title = title;
        this.fileName = fileName;
    }

    /** The node id of the chart's card: {@code chart-share}, {@code chart-kinds} … */
    public String id() {
        return "chart-" + code;
    }

    public String title() {
        return title;
    }

    /** {@code direct-work-share}: the exported file's name before its weeks. */
    public String fileName() {
        return fileName;
    }
}
