package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WorkingRules;
import org.dwdiary.report.EvidencePack;
import org.dwdiary.report.Progress;
import org.dwdiary.report.pdf.EvidencePackPdf;
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

@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"Writes the union evidence pack as a PDF: a cover, the summary figures, the weeks in a table, "
                + "charts, the possible breaches of the Working Time Regulations, how the record was kept (with the "
                + "history's final hash, as `verify` prints it) and an appendix of every block.",
                "Whole ISO weeks, from the week holding --from (default: the balance-from setting, else the diary's first "
                        + "day) to the week holding --to (default today). The worker's name and employer appear only when "
                        + "given; block notes only with --with-notes."})
final class EvidenceReportCommand implements Callable<Integer> {
    @ParentCommand ReportCommand report;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "A day in the first week (YYYY-MM-DD).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "A day in the last week (YYYY-MM-DD; default today).")
    private String to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write, e.g. evidence.pdf.")
    private Path out;

    @Option(names = "--name", paramLabel = "TEXT", description = "The worker's name, for the cover (default: none).")
    private String name;

    @Option(names = "--employer", paramLabel = "TEXT", description = "The employer, for the cover (default: none).")
    private String employer;

    @Option(names = "--with-notes", description = "Print the blocks' notes in the appendix (left out by default).")
    private boolean withNotes;

    @Override
    public Integer call() throws IOException {
        DiaryCli root = report.root;
        LocalDate fromDay = date("--from", from);
        LocalDate toDay = date("--to", to);
        OutputFile.checkWritable(out);
        EvidencePack pack;
        ZonedDateTime generated;
        try (Diary diary = root.openDiary()) {
            LocalDate last = toDay != null ? toDay : root.today(diary);
            WorkingRules rules = diary.workingRules();
            LocalDate first = fromDay != null ? fromDay
                    : rules.balanceFrom() != null ? rules.balanceFrom() : diary.firstDay().orElse(last);
            if (first.isAfter(last)) {
                throw new InputRefusedException("--from " + first + " is after --to " + last);
            }
            pack = EvidencePack.read(diary, first, last, new EvidencePack.Options(name, employer, withNotes));
            generated = ZonedDateTime.now(root.clock()).withZoneSameInstant(diary.zone());
        }
        EvidencePackPdf.Rendered pdf = EvidencePackPdf.build(pack, generated, Progress.NONE);
        OutputFile.writeBinary(out, pdf.bytes());
        spec.commandLine().getOut().printf(Locale.UK, "Wrote %s: %,d %s, %,d %s, %,d %s%s.%n", out,
                pack.period().weekCount(), pack.period().weekCount() == 1 ? "week" : "weeks",
                pack.period().blocks().size(), pack.period().blocks().size() == 1 ? "block" : "blocks",
                pdf.pages(), pdf.pages() == 1 ? "page" : "pages", withNotes ? " (with notes)" : "");
        if (!pack.integrity().intact()) {
            spec.commandLine().getErr().println("Warning: the diary's record is NOT intact (" + pack.integrity().problem()
                    + "); the pack says so.");
        }
        return 0;
    }

    /** A day as YYYY-MM-DD, or null when not given; refused naming the option and the text. */
    private static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputRefusedException(option + " \"" + text + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02");
        }
    }
}
