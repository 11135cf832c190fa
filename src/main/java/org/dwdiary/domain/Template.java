package org.dwdiary.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named set of blocks by wall-clock time, applied onto any day in one action ("Monday team meeting
 * 10:00–11:00", "Friday recording afternoon").
 */
public record Template(String name, List<Part> parts) {
    public static final int NAME_MAX_LENGTH = 60;

    /** One block of a template. An end earlier than the start runs into the next day. */
    public record Part(LocalTime from, LocalTime to, WorkKind kind, String activity) {
        public Part {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            if (from.equals(to)) {
                throw new InputRefusedException("a template block needs a length: " + DisplayFormats.TIME.format(from)
                        + "–" + DisplayFormats.TIME.format(to));
            }
        }

        public Block on(LocalDate day, ZoneId zone) {
            var span = WallClock.span(day, from, to, zone);
            return Block.create(span[0], span[1], zone, kind, activity, null);
        }

        /** The part that repeats {@code block}'s wall-clock times, kind and activity (not its note). */
        public static Part of(Block block, ZoneId zone) {
            return new Part(block.start().atZone(zone).toLocalTime(), block.end().atZone(zone).toLocalTime(),
                    block.kind(), block.activity());
        }
    }

    public Template {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InputRefusedException("a template needs a name, such as \"Monday team meeting\"");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new InputRefusedException("the template name is " + name.length() + " characters long; at most "
                    + NAME_MAX_LENGTH);
        }
        if (parts == null || parts.isEmpty()) {
            throw new InputRefusedException("the template \"" + name + "\" has no blocks");
        }
        parts = List.copyOf(parts);
    }

    /** A template repeating these blocks' wall-clock times, kinds and activities (not their notes). */
    public static Template of(String name, List<Block> blocks, ZoneId zone) {
        return new Template(name, blocks.stream().map(block -> Part.of(block, zone)).toList());
    }

    /** The template's blocks on {@code day}. */
    public List<Block> on(LocalDate day, ZoneId zone) {
        List<Block> blocks = new ArrayList<>();
        for (Part part : parts) {
            blocks.add(part.on(day, zone));
        }
        return blocks;
    }

    /** "10:00–11:00 Team meeting; 13:00–17:00 Case notes". */
    public String describe() {
        List<String> pieces = new ArrayList<>();
        for (Part part : parts) {
            pieces.add(DisplayFormats.TIME.format(part.from()) + "–" + DisplayFormats.TIME.format(part.to()) + " "
                    + (part.activity() != null ? part.activity() : part.kind().displayName()));
        }
        return String.join("; ", pieces);
    }
}
