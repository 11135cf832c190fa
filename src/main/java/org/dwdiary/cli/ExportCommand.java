package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.io.CsvBlockWriter;
import org.dwdiary.io.SafeFiles;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the diary to a file.",
        subcommands = ExportCommand.Csv.class)
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
                    try {
                        SafeFiles.writeText(out, writer -> new CsvBlockWriter(writer, zone, withNotes).writeAll(blocks));
                    } catch (IOException e) {
                        // The exception names SafeFiles' temporary file; the user needs to hear about theirs.
                        throw new InputRefusedException("cannot write " + out + ": " + whyNotWritten(out, e));
                    }
                    spec.commandLine().getErr().println("Exported " + DisplayFormats.blocks(blocks.size()) + " to " + out
                            + (withNotes ? " (with notes)" : " (notes left out)"));
                }
            }
            return 0;
        }

        private static String whyNotWritten(Path out, IOException e) {
            Path folder = out.toAbsolutePath().getParent();
            if (Files.isDirectory(out)) {
                return "it is a folder";
            }
            if (folder != null && !Files.isDirectory(folder)) {
                return "there is no folder " + folder;
            }
            return e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        }
    }
}
