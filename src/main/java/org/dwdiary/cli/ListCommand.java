package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WallClock;
import org.dwdiary.domain.WeekId;
import org.dwdiary.store.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the blocks that start in a period (default: this week).",
                "Notes are left out unless --with-notes."})
final class ListCommand implements Callable<Integer> {
    @ParentCommand private DiaryCli root;
    @Spec private CommandSpec spec;
    @Mixin private DateRange range;

    @Option(names = "--json", description = "One JSON array of blocks.")
    private boolean json;

    @Option(names = "--with-notes", description = "Include the notes.")
    private boolean withNotes;

    @Override
    public Integer call() {
        try (Diary diary = root.openDiary()) {
            ZoneId zone = diary.zone();
            WeekId thisWeek = WeekId.of(root.today(diary));
            Instant[] period = range.instants(zone, thisWeek.monday(), thisWeek.sunday());
            List<Block> blocks = diary.starting(period[0], period[1]);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(asJson(blocks, zone)));
            } else if (blocks.isEmpty()) {
                out.println("No blocks from " + DisplayFormats.day(LocalDate.ofInstant(period[0], zone))
                        + " to " + DisplayFormats.day(LocalDate.ofInstant(period[1], zone).minusDays(1)) + ".");
            } else {
                for (Block block : blocks) {
                    out.printf("#%-6d %-38s %6s  %-9s  %s%s%n", block.id(),
                            DisplayFormats.span(block.start(), block.end(), zone),
                            DisplayFormats.hoursMinutes(block.minutes()),
                            block.kind().code(),
                            block.activity() == null ? "" : block.activity(),
                            withNotes && block.note() != null ? "  — " + block.note() : "");
                }
            }
        }
        return 0;
    }

    private List<Map<String, Object>> asJson(List<Block> blocks, ZoneId zone) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Block block : blocks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", block.id());
            row.put("date", block.start().atZone(zone).toLocalDate().toString());
            row.put("start", WallClock.isoLocal(block.start(), zone));
            row.put("end", WallClock.isoLocal(block.end(), zone));
            row.put("minutes", block.minutes());
            row.put("kind", block.kind().code());
            row.put("activity", block.activity());
            if (withNotes) {
                row.put("note", block.note());
            }
            rows.add(row);
        }
        return rows;
    }
}
