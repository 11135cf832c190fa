// STAND-IN: replaced by the real report at merge
package org.dwdiary.report;

import org.dwdiary.store.Diary;

import java.time.LocalDate;

/** Stand-in: the weeks of a supervision summary, so the window's Reports menu can be built and tried. */
public record SupervisionSummary(ReportPeriod period) {
    public static SupervisionSummary read(Diary diary, LocalDate first, LocalDate last) {
        return new SupervisionSummary(ReportPeriod.read(diary, first, last));
    }
}
