package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.ClockTime;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WallClock;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds a block of time.",
                "An end earlier than the start means the next day (--from 22:00 --to 01:30).",
                "Without --kind, an activity you have used before keeps the kind it had."},
        footer = {"", "Example: dwdiary add --date 2026-03-02 --from 09:00 --to 10:30 --kind direct --activity \"Home visit\""})
final class AddCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--date", paramLabel = "DATE", description = "The day the block starts (YYYY-MM-DD; default today).")
    private LocalDate date;

    @Option(names = "--from", required = true, paramLabel = "TIME", description = "Start time: 09:00, 9:30, 2pm…")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "TIME", description = "End time.")
    private String to;

    @Option(names = "--kind", paramLabel = "KIND", description = "direct, recording, travel or meetings.")
    private String kind;

    @Option(names = "--activity", paramLabel = "TEXT", description = "A short, generic label such as \"Home visit\" (no names).")
    private String activity;

    @Option(names = "--note", paramLabel = "TEXT", description = "An optional note (no names, addresses or case numbers).")
    private String note;

    @Override
    public Integer call() {
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
