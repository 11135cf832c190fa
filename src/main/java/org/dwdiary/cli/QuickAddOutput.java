package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.QuickAdd;
import org.dwdiary.domain.QuickAddParser;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.store.Diary;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;

/** Quick-add lines on the command line: `add "LINE"` and `start ACTIVITY`. */
final class QuickAddOutput {
    private QuickAddOutput() {
    }

    static QuickAdd parse(DiaryCli root, Diary diary, String line) {
        QuickAddParser parser = QuickAddParser.withKnownActivities(diary.kindRules(), diary::activity);
        return parser.parse(line, root.clock().instant().atZone(diary.zone()));
    }

    /** Adds the line's block, or starts its timer ("now ACTIVITY"). */
    static int add(DiaryCli root, String line, PrintWriter out) {
        try (Diary diary = root.openDiary()) {
            QuickAdd parsed = parse(root, diary, line);
            if (parsed.startsTimer()) {
                start(diary, parsed, out);
                return 0;
            }
            Block added = diary.add(parsed.toBlock(), RecordedVia.CLI);
            out.printf("Added #%d: %s (%s) %s%n", added.id(), DisplayFormats.span(added.start(), added.end(), diary.zone()),
                    DisplayFormats.hoursMinutes(added.minutes()), kindAndActivity(parsed));
        }
        return 0;
    }

    static void start(Diary diary, QuickAdd parsed, PrintWriter out) {
        ZoneId zone = diary.zone();
        RunningTimer timer = new RunningTimer(parsed.start(), zone, parsed.kind(), parsed.activity(), parsed.note());
        Optional<Block> stopped = diary.startTimer(timer, RecordedVia.CLI);
        stopped.ifPresent(block -> out.printf("Stopped \"%s\": %s (%s)%n", block.label(),
                DisplayFormats.span(block.start(), block.end(), zone), DisplayFormats.hoursMinutes(block.minutes())));
        out.printf("Started %s at %s. `dwdiary stop` ends it.%n", kindAndActivity(parsed),
                DisplayFormats.TIME.format(timer.start().atZone(zone)));
    }

    /** "Direct work · Home visit (remembered kind)". */
    static String kindAndActivity(QuickAdd parsed) {
        String source = switch (parsed.kindSource()) {
            case EXPLICIT -> "";
            case REMEMBERED -> " (kind remembered)";
            case KEYWORD -> " (kind from a keyword)";
        };
        return parsed.kind().displayName() + (parsed.activity() != null ? " · " + parsed.activity() : "") + source;
    }
}
