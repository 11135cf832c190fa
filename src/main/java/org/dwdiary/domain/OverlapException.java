package org.dwdiary.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A block was refused because it would overlap blocks already in the diary; names the clashing ones. */
public class OverlapException extends InputRefusedException {
    private static final long serialVersionUID = 1L;
    private final transient Block proposed;
    private final transient List<Block> clashes;

    public OverlapException(Block proposed, List<Block> clashes) {
        super(message(proposed, clashes));
        this.proposed = proposed;
        this.clashes = List.copyOf(clashes);
    }

    public Block proposed() {
        return proposed;
    }

    public List<Block> clashes() {
        return clashes;
    }

    private static String message(Block proposed, List<Block> clashes) {
        String names = clashes.stream().map(b -> b.describe(proposed.zone())).collect(Collectors.joining("; "));
        return "the block " + proposed.describe(proposed.zone()) + " overlaps " + names
                + ". Blocks never overlap: change the times or shorten the other block.";
    }
}
