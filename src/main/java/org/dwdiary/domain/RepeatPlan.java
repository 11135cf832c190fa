package org.dwdiary.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks to repeat on other days (copy a day, copy a week's pattern, apply a template), each with the
 * blocks already in the diary it would overlap. What would overlap is shown and skipped, never forced in.
 */
public record RepeatPlan(String description, List<Item> items) {
    /** One block to add, and what it clashes with (empty: it will be added). */
    public record Item(Block block, List<Block> clashes) {
        public Item {
            clashes = List.copyOf(clashes);
        }

        public boolean added() {
            return clashes.isEmpty();
        }
    }

    public RepeatPlan {
        items = List.copyOf(items);
    }

    /** The blocks that start on {@code from}, moved to {@code to} at the same wall-clock times, without notes. */
    public static List<Block> moved(List<Block> blocks, LocalDate from, LocalDate to, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(from, to);
        List<Block> moved = new ArrayList<>();
        for (Block block : blocks) {
            var start = block.start().atZone(zone);
            var end = block.end().atZone(zone);
            if (!start.toLocalDate().equals(from)) {
                continue;
            }
            try {
                moved.add(Block.create(WallClock.instant(start.toLocalDateTime().plusDays(days), zone),
                        WallClock.instant(end.toLocalDateTime().plusDays(days), zone), zone, block.kind(),
                        block.activity(), null));
            } catch (InputRefusedException skipped) {
                // a wall-clock time the clocks skip on the target day: nothing sensible to copy
            }
        }
        return moved;
    }

    /** Plans {@code candidates} against the blocks already there (and against each other). */
    public static RepeatPlan against(String description, List<Block> candidates, List<Block> existing) {
        List<Item> items = new ArrayList<>();
        List<Block> taken = new ArrayList<>(existing);
        for (Block candidate : candidates) {
            List<Block> clashes = taken.stream().filter(candidate::overlaps).toList();
            items.add(new Item(candidate, clashes));
            if (clashes.isEmpty()) {
                taken.add(candidate);
            }
        }
        return new RepeatPlan(description, items);
    }

    public List<Block> toAdd() {
        return items.stream().filter(Item::added).map(Item::block).toList();
    }

    public long skipped() {
        return items.stream().filter(item -> !item.added()).count();
    }

    /** The plan as one undoable action. */
    public DiaryChange change() {
        return new DiaryChange(description, List.of(), toAdd());
    }
}
