package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.io.CsvBlockWriter;
import org.dwdiary.domain.WeekId;
import org.dwdiary.report.MemberExport;
import org.dwdiary.report.TeamEvidence;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the diary to a file.",
        subcommands = {ExportCommand.Csv.class, ExportCommand.Member.class})
final class ExportCommand {
    @ParentCommand DiaryCli root;

    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = {"Exports blocks as CSV: date,start,end,minutes,kind,activity,note (UTF-8).",
                    "Blocks starting in the period are exported (default: all). Notes only with --with-notes."})
    static final class Csv implements Callable<Integer> {
        @ParentCommand private ExportCommand export;
        @Spec private CommandSpec spec;
        @Mixin private DateRange range;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
        private Path out;

        @Option(names = "--with-notes", description = "Include the notes.")
        private boolean withNotes;

        @Override
        public Integer call() throws IOException {
            try (Diary diary = export.root.openDiary()) {
                ZoneId zone = diary.zone();
                Instant[] period = range.instants(zone, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 30));
                List<Block> blocks = diary.starting(period[0], period[1]);
                if (out == null) {
                    PrintWriter stdout = spec.commandLine().getOut();
                    new CsvBlockWriter(stdout, zone, withNotes).writeAll(blocks);
                    stdout.flush();
                } else {
                    OutputFile.writeText(out, writer -> new CsvBlockWriter(writer, zone, withNotes).writeAll(blocks));
                    spec.commandLine().getErr().println("Exported " + DisplayFormats.blocks(blocks.size()) + " to " + out
                            + (withNotes ? " (with notes)" : " (notes left out)"));
                }
            }
            return 0;
        }
    }

    @Command(name = "member", mixinStandardHelpOptions = true,
            description = {"Writes your member file for your union representative (JSON, format " + MemberExport.FORMAT + "):",
                    "weekly figures only (minutes per kind, worked, contracted, overtime, outside hours, possible breaches,",
                    "direct-work share), the period's unpaid overtime, this diary's random member id and a checksum.",
                    "No activities, notes, names or times of day. Whole ISO weeks; default: the diary's first week to",
                    "the last complete week."})
    static final class Member implements Callable<Integer> {
        @ParentCommand private ExportCommand export;
        @Spec private CommandSpec spec;

        @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD; default the diary's first day).")
        private LocalDate from;

        @Option(names = "--to", paramLabel = "DATE",
                description = "Last day (YYYY-MM-DD; default the Sunday of last week, the last complete week).")
        private LocalDate to;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (.json).")
        private Path out;

        @Override
        public Integer call() {
            try (Diary diary = export.root.openDiary()) {
                LocalDate today = export.root.today(diary);
                LocalDate last = to != null ? to : lastCompleteWeek(today);
                LocalDate first = from != null ? from : diary.firstDay().orElse(last);
                if (first.isAfter(last)) {
                    throw new InputRefusedException("--from " + first + " is after --to " + last
                            + (to == null ? " (the end of the last complete week)" : ""));
                }
                MemberExport member = MemberExport.read(diary, first, last);
                try {
                    member.write(out);
                } catch (IOException e) {
                    throw OutputFile.refused(out, e);
                }
                spec.commandLine().getOut().println("Wrote " + out + ": member " + TeamEvidence.shortId(member.memberId())
                        + ", " + member.weeks().size() + (member.weeks().size() == 1 ? " week" : " weeks") + " ("
                        + member.from() + " to " + member.to() + ").");
            }
            return 0;
        }

        /** The Sunday ending the last whole week: today's week is not over, and its whole contract would count. */
        static LocalDate lastCompleteWeek(LocalDate today) {
            return WeekId.of(today).plusWeeks(-1).sunday();
        }
    }
}
