package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.ClockTime;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.QuickAddParser;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WallClock;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds a block of time, from a quick-add LINE or from options.",
                "LINE: [DAY] TIME-RANGE ACTIVITY [@KIND] [, NOTE]   (below, and Help in the window)",
                "An end earlier than the start means the next day (22:00-01:30).",
                "Without a kind, an activity you have used before keeps the kind it had; else keywords decide",
                "(settings kind-keywords); else the line is refused, asking for @kind."},
        footer = {"", QuickAddParser.SYNTAX,
                "With options instead of a LINE:",
                "  dwdiary add --date 2026-03-02 --from 09:00 --to 10:30 \\",
                "              --kind direct --activity \"Home visit\""})
final class AddCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "LINE", description = "A quick-add line, e.g. \"9-10:30 Home visit\".")
    private String line;

    @Option(names = "--date", paramLabel = "DATE", description = "The day the block starts (YYYY-MM-DD; default today).")
    private LocalDate date;

    @Option(names = "--from", paramLabel = "TIME", description = "Start time: 09:00, 9:30, 2pm…")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End time.")
    private String to;

    @Option(names = "--kind", paramLabel = "KIND", description = "direct, recording, travel or meetings.")
    private String kind;

    @Option(names = "--activity", paramLabel = "TEXT", description = "A short, generic label such as \"Home visit\" (no names).")
    private String activity;

    @Option(names = "--note", paramLabel = "TEXT", description = "An optional note (no names, addresses or case numbers).")
    private String note;

    @Override
    public Integer call() {
        boolean anyOption = date != null || from != null || to != null || kind != null || activity != null || note != null;
        if (line != null && anyOption) {
            throw new ParameterException(spec.commandLine(), "Give either a quick-add LINE or the options, not both");
        }
        if (line != null) {
            return QuickAddOutput.add(root, line, spec.commandLine().getOut());
        }
        if (from == null || to == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required options: --from and --to (or give a quick-add LINE such as \"9-10:30 Home visit\")");
        }
        try (Diary diary = root.openDiary()) {
            ZoneId zone = diary.zone();
            LocalDate day = date != null ? date : root.today(diary);
            Instant[] span = WallClock.span(day, ClockTime.parse(from), ClockTime.parse(to), zone);
            Block added = diary.add(Block.create(span[0], span[1], zone, kind(diary), activity, note), RecordedVia.CLI);
            spec.commandLine().getOut().printf("Added #%d: %s (%s) %s%n", added.id(),
                    DisplayFormats.span(added.start(), added.end(), zone),
                    DisplayFormats.hoursMinutes(added.minutes()),
                    added.kind().displayName() + (added.activity() != null ? " · " + added.activity() : ""));
        }
        return 0;
    }

    private WorkKind kind(Diary diary) {
        if (kind != null) {
            return WorkKind.fromText(kind).orElseThrow(() -> new InputRefusedException(
                    "--kind \"" + kind + "\" is not one of " + WorkKind.choices()));
        }
        if (activity != null && !activity.isBlank()) {
            return diary.kindOf(activity).orElseThrow(() -> new InputRefusedException(
                    "\"" + activity.strip() + "\" is a new activity: say which kind it is with --kind "
                            + WorkKind.choices()));
        }
        throw new InputRefusedException("say which kind of time this is with --kind " + WorkKind.choices());
    }
}
