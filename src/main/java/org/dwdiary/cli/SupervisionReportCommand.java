package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.Progress;
import org.dwdiary.report.SupervisionSummary;
import org.dwdiary.report.pdf.SupervisionPdf;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "supervision", mixinStandardHelpOptions = true,
        description = {"Writes the supervision one-pager as a PDF: the direct-work share against the weeks before and your "
                + "target, hours per kind, hours against contract, evenings and weekends, caseload, and the reflections of "
                + "your week notes (see week-note). Block notes are never included.",
                "The period is whole ISO weeks, the weeks holding --from and --to. By default it is the last "
                        + SupervisionReportCommand.DEFAULT_WEEKS + " weeks up to and including this one (or the week of "
                        + "--to), as a monthly one-to-one looks back; a week not over yet is marked as such on the page. "
                        + "For finished weeks only, give --to a day of last week. Up to 13 weeks fit on one page."})
final class SupervisionReportCommand implements Callable<Integer> {
    static final int DEFAULT_WEEKS = 4;

    @ParentCommand ReportCommand report;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "A day in the first week (YYYY-MM-DD), or the week (2026-W07).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "A day in the last week (YYYY-MM-DD), or the week (2026-W10); default today.")
    private String to;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "The PDF to write (replaced if it exists).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        DiaryCli root = report.root;
        OutputFile.checkWritable(out);
        byte[] pdf;
        SupervisionSummary summary;
        try (Diary diary = root.openDiary()) {
            LocalDate today = root.today(diary);
            LocalDate last = to != null ? day("--to", to, true) : today;
            LocalDate first = from != null ? day("--from", from, false) : WeekId.of(last).plusWeeks(-(DEFAULT_WEEKS - 1)).monday();
            if (first.isAfter(last)) {
                throw new InputRefusedException("--from " + first + " is after --to " + last);
            }
            summary = SupervisionSummary.read(diary, first, last);
            pdf = SupervisionPdf.render(summary, ZonedDateTime.now(root.clock()).withZoneSameInstant(diary.zone()), Progress.NONE);
        }
        OutputFile.writeBinary(out, pdf);
        int pages = SupervisionPdf.pageCount(pdf);
        spec.commandLine().getOut().printf("Wrote %s: supervision summary for %s (%d %s).%n", out,
                summary.weekCount() == 1 ? summary.from().toString() : summary.from() + " to " + summary.to(),
                pages, pages == 1 ? "page" : "pages");
        return 0;
    }

    /** A date, or an ISO week standing for its Monday or, as the end, its Sunday. */
    private static LocalDate day(String option, String text, boolean end) {
        String value = text.strip();
        if (value.toUpperCase(Locale.ROOT).contains("W")) {
            try {
                WeekId week = WeekId.parse(value);
                return end ? week.sunday() : week.monday();
            } catch (InputRefusedException e) {
                throw new InputRefusedException(option + " \"" + text + "\": " + e.getMessage());
            }
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputRefusedException(option + " \"" + text + "\" is not a date; write it as YYYY-MM-DD (e.g. 2026-03-02) "
                    + "or as a week (2026-W10)");
        }
    }
}
