package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.io.CalendarReader;
import org.dwdiary.io.CsvBlockReader;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports blocks from a CSV file (all of them, or none) or a calendar (.ics).",
                "CSV: columns by name, any order: start,end,kind required; activity,note optional; others ignored.",
                "  start/end: 2026-05-11T09:30 (the diary's zone) or 2026-10-25T01:30+01:00.",
                "  At most 200,000 rows; the first 100 bad lines are listed.",
                "Calendar: each timed event becomes a block titled with the event's title (descriptions, places",
                "  and attendees are never read). All-day, cancelled and free events are skipped and counted.",
                "  The kind comes from the activity's remembered kind, else keywords, else --default-kind.",
                "  Importing the same calendar again adds nothing twice; a moved meeting moves its block.",
                "  Events that overlap blocks already in the diary are left out, or trimmed with --trim.",
                "  A calendar of any size is read; at most 50,000 events in the days read."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .csv file (UTF-8, with a header row) or an .ics calendar.")
    private Path file;

    @Option(names = "--from", paramLabel = "DATE", description = "Calendar: the first day to import (default: the file's first, at most a year back).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Calendar: the last day to import (default: today).")
    private LocalDate to;

    @Option(names = "--default-kind", paramLabel = "KIND", description = "Calendar: the kind for events with none remembered or matched.")
    private String defaultKind;

    @Option(names = "--trim", description = "Calendar: trim events that overlap blocks already there, instead of leaving them out.")
    private boolean trim;

    @Option(names = "--dry-run", description = "Calendar: show what would happen to each event; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        if (CalendarReader.looksLikeCalendar(file)) {
            WorkKind kind = defaultKind == null ? null : WorkKind.fromText(defaultKind).orElseThrow(() ->
                    new InputRefusedException("--default-kind \"" + defaultKind + "\" is not one of " + WorkKind.choices()));
            try (Diary diary = root.openDiary()) {
                CalendarImport.run(diary, file, from, to, root.clock().instant(), kind, trim, dryRun, spec.commandLine().getOut());
            }
            return 0;
        }
        if (from != null || to != null || defaultKind != null || trim || dryRun) {
            throw new ParameterException(spec.commandLine(),
                    "--from, --to, --default-kind, --trim and --dry-run are for calendar (.ics) files");
        }
        try (Diary diary = root.openDiary()) {
            int added = diary.importRows(CsvBlockReader.rows(file, diary.zone()), RecordedVia.IMPORT);
            spec.commandLine().getOut().println("Imported " + DisplayFormats.blocks(added) + " from " + file);
        }
        return 0;
    }
}
