package org.dwdiary.cli;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.QuickAdd;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Starts a timer for an activity now. A timer already running stops at the same moment.",
                "The timer is kept in the diary: it survives closing the window or a restart."},
        footer = {"", "Examples:", "  dwdiary start Home visit", "  dwdiary start Duty calls @direct, covering for a colleague"})
final class StartCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ACTIVITY", description = "The activity [@KIND] [, NOTE].")
    private List<String> words;

    /** "9-10 Home visit" is a whole quick-add line, not an activity to time. */
    private boolean startsWithTimes(Diary diary, String activity) {
        try {
            return !QuickAddOutput.parse(root, diary, activity).startsTimer();
        } catch (InputRefusedException notALine) {
            return false;
        }
    }

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            String activity = String.join(" ", words);
            if (startsWithTimes(diary, activity)) {
                throw new InputRefusedException("`start` takes an activity, not times; use `dwdiary add \"" + activity
                        + "\"` for a finished block");
            }
            QuickAdd parsed = QuickAddOutput.parse(root, diary, "now " + activity);
            if (!parsed.startsTimer()) {
                throw new InputRefusedException("`start` takes an activity, not times; use `dwdiary add \"LINE\"` for a finished block");
            }
            QuickAddOutput.start(diary, parsed, spec.commandLine().getOut());
        }
        return 0;
    }
}
