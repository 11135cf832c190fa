package org.dwdiary.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a PDF report: the union evidence pack, or the supervision one-pager.",
        subcommands = {EvidenceReportCommand.class, SupervisionReportCommand.class})
final class ReportCommand {
    @ParentCommand DiaryCli root;
}
