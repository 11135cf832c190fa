package org.dwdiary.domain;

import java.util.List;

/**
 * One user action as blocks taken out and blocks put in, applied in one transaction. An edit takes
 * out the old version and puts in the new one with the same id; the inverse of a change undoes it.
 *
 * @param description what the user did, in their words ("Add \"Home visit\""), for Undo and Redo
 */
public record DiaryChange(String description, List<Block> removed, List<Block> added) {
    public DiaryChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public static DiaryChange add(Block block) {
        return new DiaryChange("add \"" + block.label() + "\"", List.of(), List.of(block));
    }

    public static DiaryChange edit(Block before, Block after) {
        if (before.id() != after.id()) {
            throw new IllegalArgumentException("an edit keeps the block's id");
        }
        return new DiaryChange("edit \"" + after.label() + "\"", List.of(before), List.of(after));
    }

    public static DiaryChange delete(Block block) {
        return new DiaryChange("delete \"" + block.label() + "\"", List.of(block), List.of());
    }

    public DiaryChange inverse() {
        return new DiaryChange(description, added, removed);
    }
}
