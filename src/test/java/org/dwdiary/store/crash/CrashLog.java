package org.dwdiary.store.crash;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.WorkKind;

/**
 * The lines {@link CrashWriter} prints and the crash test reads: {@code BEGIN} before a call into the diary,
 * {@code DONE} after it returned (committed), fields separated by tabs, each line closed by {@code END} so a
 * line cut off by the kill is recognised and ignored.
 */
public final class CrashLog {
    public static final String BEGIN = "BEGIN";
    public static final String DONE = "DONE";
    private static final String END = "END";
    private static final String NONE = "-";

    private CrashLog() {
    }

    /** One whole line: BEGIN or DONE, the action, then its fields. */
    public record Line(String phase, String action, List<String> fields) {
        public String field(int index) {
            return fields.get(index);
        }
    }

    public static String line(String phase, String action, Object... fields) {
        StringBuilder text = new StringBuilder(phase).append('\t').append(action);
        for (Object field : fields) {
            text.append('\t').append(field == null ? NONE : field.toString());
        }
        return text.append('\t').append(END).toString();
    }

    /** The line read back, or null when it is not a whole line of this log (cut off, or other output). */
    public static Line parse(String text) {
        List<String> parts = Arrays.asList(text.split("\t", -1));
        if (parts.size() < 3 || !parts.get(parts.size() - 1).equals(END)
                || !(parts.get(0).equals(BEGIN) || parts.get(0).equals(DONE))) {
            return null;
        }
        return new Line(parts.get(0), parts.get(1), new ArrayList<>(parts.subList(2, parts.size() - 1)));
    }

    public static String orNone(String text) {
        return text == null ? NONE : text;
    }

    public static String text(String field) {
        return field.equals(NONE) ? null : field;
    }

    /** A block without its id: start, end, kind, activity and note in one field. */
    public static String block(Block block) {
        return block.start() + "|" + block.end() + "|" + block.kind().name() + "|" + orNone(block.activity())
                + "|" + orNone(block.note());
    }

    public static Block block(String field, ZoneId zone) {
        String[] parts = field.split("\\|", -1);
        return Block.create(Instant.parse(parts[0]), Instant.parse(parts[1]), zone, WorkKind.valueOf(parts[2]),
                text(parts[3]), text(parts[4]));
    }
}
