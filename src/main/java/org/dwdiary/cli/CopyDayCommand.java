package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "copy-day", mixinStandardHelpOptions = true,
        description = {"Copies a day's blocks (times, kinds, activities; not notes) onto another day.",
                "Blocks that would overlap what is already there are shown and skipped."})
final class CopyDayCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "The day to copy (default: the last day before --to with blocks).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The day to copy onto (default: today).")
    private LocalDate to;

    @Option(names = "--dry-run", description = "Show what would be added; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            LocalDate target = to != null ? to : root.today(diary);
            LocalDate source = from != null ? from : diary.lastDayWithBlocksBefore(target).orElseThrow(
                    () -> new InputRefusedException("there is no day with blocks before "
                            + DisplayFormats.day(target) + " to copy"));
            if (source.equals(target)) {
                throw new InputRefusedException("--from and --to are the same day, " + DisplayFormats.day(target));
            }
            RepeatOutput.showAndApply(diary, diary.planCopyDay(source, target), dryRun, spec.commandLine().getOut());
        }
        return 0;
    }
}
