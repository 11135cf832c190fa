package org.dwdiary.cli;

import org.dwdiary.domain.DayMark;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "mark", mixinStandardHelpOptions = true,
        description = {"Marks a day (or half day) of annual leave, sickness, bank holiday or TOIL taken: it takes that "
                + "day's contracted hours off the week (half of them for --half).",
                "  dwdiary mark 2026-03-02 leave | mark 2026-03-02 sick --half | mark 2026-03-02 --remove"})
final class MarkCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATE", description = "The day (YYYY-MM-DD).")
    private LocalDate day;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KIND", description = "leave, sick, holiday or toil.")
    private String kind;

    @Option(names = "--half", description = "A half day.")
    private boolean half;

    @Option(names = "--remove", description = "Takes the mark off the day.")
    private boolean remove;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Diary diary = root.openDiary()) {
            List<DayMark> before = diary.marks(day, day);
            if (remove) {
                if (!diary.unmark(day, RecordedVia.CLI)) {
                    throw new InputRefusedException(DisplayFormats.day(day) + " has no mark to remove");
                }
                out.println("Removed the mark from " + DisplayFormats.day(day) + " (" + before.get(0).describe() + ")");
                return 0;
            }
            if (kind == null) {
                throw new InputRefusedException("say what kind of day " + day + " is: leave, sick, holiday or toil (or --remove)");
            }
            DayMark mark = new DayMark(day, DayMark.Kind.parse(kind), half);
            boolean changed = diary.mark(mark, RecordedVia.CLI);
            out.println((changed ? "Marked " : "Already marked ") + DisplayFormats.day(day) + ": " + mark.describe()
                    + (before.isEmpty() || !changed ? "" : " (was " + before.get(0).describe() + ")"));
        }
        return 0;
    }
}
