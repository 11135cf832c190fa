package org.dwdiary.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

// PLACEHOLDER: replaced by the real command.
@Command(name = "week-note", mixinStandardHelpOptions = true, description = "Not built yet.")
final class WeekNoteCommand implements Callable<Integer> {
    @ParentCommand DiaryCli root;

    @Override
    public Integer call() {
        return 1;
    }
}
