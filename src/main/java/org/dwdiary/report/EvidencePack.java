// STAND-IN: replaced by the real report at merge
package org.dwdiary.report;

import org.dwdiary.store.Diary;

import java.time.LocalDate;

/** Stand-in: the weeks of an evidence pack and who it is for, so the window's Reports menu can be built and tried. */
public record EvidencePack(ReportPeriod period, Options options) {
    /** {@code name} and {@code employer} may be null or blank (not given); notes are left out unless asked. */
    public record Options(String name, String employer, boolean withNotes) {
    }

    public static EvidencePack read(Diary diary, LocalDate first, LocalDate last, Options options) {
        return new EvidencePack(ReportPeriod.read(diary, first, last), options);
    }
}
