package org.dwdiary.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

// PLACEHOLDER: replaced by the real command.
@Command(name = "supervision", mixinStandardHelpOptions = true, description = "Not built yet.")
final class SupervisionReportCommand implements Callable<Integer> {
    @ParentCommand ReportCommand report;

    @Override
    public Integer call() {
        return 1;
    }
}
