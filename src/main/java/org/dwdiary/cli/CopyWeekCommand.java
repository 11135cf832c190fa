package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "copy-week", mixinStandardHelpOptions = true,
        description = {"Copies a week's pattern (times, kinds, activities; not notes) onto another week.",
                "Blocks that would overlap what is already there are shown and skipped."})
final class CopyWeekCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--from", paramLabel = "WEEK", description = "The week to copy, e.g. 2026-W10 (default: the week before --to).")
    private String from;

    @Option(names = "--to", paramLabel = "WEEK", description = "The week to copy onto (default: this week).")
    private String to;

    @Option(names = "--dry-run", description = "Show what would be added; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            WeekId target = to != null ? WeekId.parse(to) : WeekId.of(root.today(diary));
            WeekId source = from != null ? WeekId.parse(from) : target.plusWeeks(-1);
            if (source.equals(target)) {
                throw new InputRefusedException("--from and --to are the same week, " + target);
            }
            RepeatOutput.showAndApply(diary, diary.planCopyWeek(source, target), dryRun, spec.commandLine().getOut());
        }
        return 0;
    }
}
