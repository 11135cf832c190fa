// STAND-IN: replaced by the real report at merge
package org.dwdiary.report.pdf;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.ReportPeriod;
import org.dwdiary.report.WeekFigures;
import org.dwdiary.report.Progress;
import org.dwdiary.report.SupervisionSummary;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;

/** Stand-in: a plain PDF of the weeks, with progress steps between rows. */
public final class SupervisionPdf {
    private SupervisionPdf() {
    }

    public static byte[] render(SupervisionSummary summary, ZonedDateTime generated, Progress progress) throws IOException {
        try (ReportPages pages = new ReportPages("Supervision summary", generated)) {
            pages.title("Supervision summary");
            weeks(pages, summary.period(), progress);
            return pages.toBytes();
        }
    }

    private static void weeks(ReportPages pages, ReportPeriod period, Progress progress) throws IOException {
        progress.step("Starting", 0);
        pages.paragraph(period.from() + " to " + period.to() + " · " + DisplayFormats.day(period.firstDay()) + " – "
                + DisplayFormats.day(period.lastDay()) + " · " + period.weekCount() + " weeks");
        pages.note("A simple stand-in for the real report: the weeks and their hours.");
        pages.heading("Weeks");
        ReportPages.Table table = pages.table(List.of(ReportPages.Column.left("Week", 1.2f),
                ReportPages.Column.left("Days", 2.4f), ReportPages.Column.right("Worked", 1),
                ReportPages.Column.right("Contracted", 1), ReportPages.Column.right("Direct", 1),
                ReportPages.Column.right("Direct share", 1)), 9);
        List<WeekFigures> weeks = period.trend().weeks();
        for (int i = 0; i < weeks.size(); i++) {
            progress.step("Week " + weeks.get(i).week(), (double) i / weeks.size());
            WeekFigures week = weeks.get(i);
            table.row(week.week().toString(), DisplayFormats.SHORT_DAY.format(week.from()) + " – " + DisplayFormats.day(week.to()),
                    DisplayFormats.hoursMinutes(week.totalMinutes()), DisplayFormats.hoursMinutes(week.contractMinutes()),
                    DisplayFormats.hoursMinutes(week.minutes(WorkKind.DIRECT)), DisplayFormats.percent(week.directShare()));
        }
        table.end();
        progress.step("Finishing", 1);
    }
}
