package org.dwdiary.cli;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RepeatPlan;
import org.dwdiary.store.Diary;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Shows a repeat plan (what will be added, what overlaps and is skipped) and applies it unless a dry run. */
final class RepeatOutput {
    private RepeatOutput() {
    }

    static void showAndApply(Diary diary, RepeatPlan plan, boolean dryRun, PrintWriter out) {
        ZoneId zone = diary.zone();
        if (plan.items().isEmpty()) {
            out.println("Nothing to copy: " + plan.description() + " has no blocks.");
            return;
        }
        String title = plan.description();
        out.println(Character.toUpperCase(title.charAt(0)) + title.substring(1) + ":");
        for (RepeatPlan.Item item : plan.items()) {
            Block block = item.block();
            String line = DisplayFormats.span(block.start(), block.end(), zone) + "  " + block.kind().code()
                    + (block.activity() != null ? "  " + block.activity() : "");
            if (item.added()) {
                out.println("  + " + line);
            } else {
                out.println("  - " + line + "  (skipped: overlaps "
                        + item.clashes().stream().map(c -> c.describe(zone)).collect(Collectors.joining("; ")) + ")");
            }
        }
        int adding = plan.toAdd().size();
        if (dryRun) {
            out.println("Dry run: " + DisplayFormats.blocks(adding) + " would be added, " + plan.skipped()
                    + " skipped. Nothing was written.");
        } else if (adding == 0) {
            out.println("Nothing added: every block overlaps one already in the diary.");
        } else {
            diary.apply(plan.change(), RecordedVia.CLI);
            out.println("Added " + DisplayFormats.blocks(adding) + (plan.skipped() > 0 ? ", skipped " + plan.skipped()
                    + " that would overlap." : "."));
        }
    }
}
