package org.dwdiary.domain;

/** How a change reached the diary: kept with every block as part of the contemporaneous record. */
public enum RecordedVia {
    GUI, CLI, IMPORT, DEMO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
