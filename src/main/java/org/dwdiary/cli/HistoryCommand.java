package org.dwdiary.cli;

import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.HistoryEntry;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The diary's append-only history: every block and day-mark change, when and how, with the values "
                + "before and after and each entry's hash. Notes are left out unless --with-notes.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;

    @Option(names = "--block", paramLabel = "ID", description = "Only this block's entries (its number, as `list` shows).")
    private String block;

    @Option(names = "--json", description = "A list of {\"seq\",\"subject\",\"action\",\"at\",\"via\",\"old\",\"new\",\"hash\"}.")
    private boolean json;

    @Option(names = "--with-notes", description = "Include the blocks' notes.")
    private boolean withNotes;

    @Override
    public Integer call() {
        String subject = null;
        if (block != null) {
            try {
                subject = HistoryEntry.blockSubject(Long.parseLong(block.strip().replaceFirst("^#", "")));
            } catch (NumberFormatException e) {
                throw new InputRefusedException("\"" + block + "\" is not a block number; `dwdiary list` shows them");
            }
        }
        try (Diary diary = root.openDiary()) {
            ZoneId zone = diary.zone();
            List<HistoryEntry> entries = diary.history(subject);
            if (subject != null && entries.isEmpty()) {
                throw new InputRefusedException("block #" + block.strip().replaceFirst("^#", "") + " has no history: there is no such block");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (HistoryEntry entry : entries) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("seq", entry.seq());
                    item.put("subject", entry.subject());
                    item.put("action", entry.action());
                    item.put("at", entry.at().toString());
                    item.put("via", entry.via());
                    item.put("old", values(entry.oldValue()));
                    item.put("new", values(entry.newValue()));
                    item.put("hash", entry.hash());
                    list.add(item);
                }
                out.println(Json.write(list));
            } else {
                for (HistoryEntry entry : entries) {
                    out.printf("#%d %s %s %s (%s)%s%n", entry.seq(), DisplayFormats.dayTime(entry.at(), zone),
                            entry.subject(), entry.action(), entry.via(), change(entry, zone));
                }
            }
        }
        return 0;
    }

    private Map<String, Object> values(String canonical) {
        Map<String, Object> values = Diary.values(canonical);
        if (values == null) {
            return null;
        }
        Map<String, Object> shown = new LinkedHashMap<>(values);
        if (!withNotes && shown.containsKey("note")) {
            shown.put("note", shown.get("note") == null ? null : "(a note; --with-notes shows it)");
        }
        return shown;
    }

    /** ": 09:00–10:00 Direct work · Home visit → 09:00–09:45 …" in words. */
    private String change(HistoryEntry entry, ZoneId zone) {
        String before = words(values(entry.oldValue()), zone);
        String after = words(values(entry.newValue()), zone);
        if (before == null) {
            return after == null ? "" : ": " + after;
        }
        return after == null ? ": was " + before : ": " + before + " → " + after;
    }

    private static String words(Map<String, Object> values, ZoneId zone) {
        if (values == null) {
            return null;
        }
        if (values.containsKey("value")) {
            return String.valueOf(values.get("value"));
        }
        if (values.containsKey("half")) {
            return values.get("kind") + (Boolean.TRUE.equals(values.get("half")) ? " (half day)" : "");
        }
        String text = DisplayFormats.span(Instant.parse((String) values.get("start")), Instant.parse((String) values.get("end")), zone)
                + " " + values.get("kind");
        if (values.get("activity") != null) {
            text += " · " + values.get("activity");
        }
        if (values.get("note") != null) {
            text += " · note: " + values.get("note");
        }
        return text;
    }
}
