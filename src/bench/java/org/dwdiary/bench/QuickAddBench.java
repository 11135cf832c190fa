package org.dwdiary.bench;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.QuickAddParser;
import org.dwdiary.domain.SampleDiary;
import org.dwdiary.domain.WorkKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Parsing 100,000 quick-add lines of the kinds a worker types (one operation = all of them, so the
 * score is the time for 100,000 lines). What the lines say comes from the demo's generator: 100,000 blocks
 * of its natural diary (5 to 8 blocks a working day, evenings, Saturdays), each typed as a line — its times,
 * its activity, its note. How they are typed is varied here, from a fixed seed: ranges in every time form,
 * days, lengths, "-45m", timers, @kinds, activities whose kind is remembered (those the keywords do not
 * give) or found by keyword, and about 1 in 25 refused (a typo, an activity of no known kind, two kinds at
 * once) as in real typing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class QuickAddBench {
    static final int LINES = 100_000;
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 4, 17, 45, 12, 0, ZoneId.of("Europe/London"));
    private static final String[] UNKNOWN_ACTIVITIES = {"Lunch cover", "Phone calls", "Visit and drive back"};
    private static final Map<WorkKind, String[]> KIND_TAGS = Map.of(
            WorkKind.DIRECT, new String[] {"@d", "@direct"},
            WorkKind.RECORDING, new String[] {"@rec", "@r"},
            WorkKind.TRAVEL, new String[] {"@t", "@travel"},
            WorkKind.MEETINGS, new String[] {"@m", "@meetings"});
    private static final String[] DAYS = {"yesterday", "mon", "tue", "Monday", "fri", "today", "02/03", "2026-03-02", "27/02/2026"};
    private static final String[] NOTES = {"ran over", "deadline tomorrow", "interrupted by duty calls",
            "waited 40 minutes, then rescheduled", "catching up after court"};
    private static final String[] TYPOS = {"9:70-10:30 Home visit", "blursday 9-10 Case notes", "9-10 Case notes @x",
            "9:30+90 Case notes", "14-15", "yesterday -45m Emails", "9 Home visit"};

    private QuickAddParser parser;
    private String[] lines;

    @Setup(Level.Trial)
    public void makeLines() {
        List<Block> blocks = SampleDiary.latest(LINES, 0, 2026, NOW);
        Map<String, WorkKind> remembered = remembered(blocks);
        parser = new QuickAddParser(KindRules.defaults(), activity -> Optional.ofNullable(remembered.get(activity)));
        lines = lines(blocks, new Random(20_260_304L));
    }

    /**
     * What the diary remembers once the blocks are in it: the kind of each activity the keyword rules do not give
     * (no keyword, or keywords of two kinds, as "Travel to meeting").
     */
    static Map<String, WorkKind> remembered(List<Block> blocks) {
        KindRules rules = KindRules.defaults();
        Map<String, WorkKind> remembered = new HashMap<>();
        for (Block block : blocks) {
            if (block.activity() != null && !remembered.containsKey(block.activity()) && !byKeyword(rules, block.activity())) {
                remembered.put(block.activity(), block.kind());
            }
        }
        return remembered;
    }

    private static boolean byKeyword(KindRules rules, String activity) {
        try {
            return rules.classify(activity).isPresent();
        } catch (InputRefusedException ambiguous) {
            return false;
        }
    }

    static String[] lines(List<Block> blocks, Random random) {
        String[] lines = new String[blocks.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(blocks.get(i), random);
        }
        return lines;
    }

    private static String line(Block block, Random random) {
        LocalTime start = block.start().atZone(NOW.getZone()).toLocalTime();
        LocalTime end = block.end().atZone(NOW.getZone()).toLocalTime();
        int startMinute = start.getHour() * 60 + start.getMinute();
        int endMinute = end.getHour() * 60 + end.getMinute();
        int form = random.nextInt(100);
        if (form < 2) {
            return pick(random, TYPOS);
        }
        if (form < 4) {
            return clock(random, startMinute) + "-" + clock(random, endMinute) + " " + pick(random, UNKNOWN_ACTIVITIES);
        }
        StringBuilder line = new StringBuilder();
        if (form < 20) {
            line.append(pick(random, DAYS)).append(' ');
        }
        if (form >= 20 && form < 28) {
            line.append('-').append(length(random, block.minutes()));
        } else if (form >= 28 && form < 32) {
            line.append("now");
        } else if (form >= 32 && form < 36 && start.isBefore(NOW.toLocalTime())) {
            line.append(clock(random, startMinute)).append("-now");
        } else if (form >= 36 && form < 52) {
            line.append(clock(random, startMinute)).append(random.nextBoolean() ? "+" : " + ").append(length(random, block.minutes()));
        } else {
            line.append(clock(random, startMinute)).append(random.nextInt(4) == 0 ? " - " : "-").append(clock(random, endMinute));
        }
        line.append(' ');
        String activity = block.activity();
        int kind = random.nextInt(10);
        if (kind < 8) {
            line.append(activity);
        } else if (kind < 9) {
            line.append(pick(random, UNKNOWN_ACTIVITIES)).append(' ').append(pick(random, KIND_TAGS.get(block.kind())));
        } else {
            line.append(pick(random, KIND_TAGS.get(block.kind()))).append(' ').append(activity);
        }
        String note = block.note() != null ? block.note() : random.nextInt(6) == 0 ? pick(random, NOTES) : null;
        if (note != null) {
            line.append(", ").append(note);
        }
        return line.toString();
    }

    /** A length as people type it: 50m, 1h, 1h30, 1.5h, 2h15m, 20min. */
    private static String length(Random random, long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return minutes + (random.nextBoolean() ? "m" : "min");
        }
        if (rest == 0) {
            return hours + "h";
        }
        if (rest == 30 && random.nextBoolean()) {
            return hours + ".5h";
        }
        return hours + "h" + (random.nextBoolean() ? String.format("%02d", rest) : rest + "m");
    }

    private static String clock(Random random, int minuteOfDay) {
        int hour = minuteOfDay / 60 % 24;
        int minute = minuteOfDay % 60;
        return switch (random.nextInt(6)) {
            case 0 -> minute == 0 ? String.valueOf(hour) : hour + ":" + String.format("%02d", minute);
            case 1 -> String.format("%02d:%02d", hour, minute);
            case 2 -> hour + "." + String.format("%02d", minute);
            case 3 -> String.format("%02d%02d", hour, minute);
            case 4 -> (hour % 12 == 0 ? 12 : hour % 12) + (minute == 0 ? "" : ":" + String.format("%02d", minute))
                    + (hour < 12 ? "am" : "pm");
            default -> hour + ":" + String.format("%02d", minute);
        };
    }

    private static <T> T pick(Random random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Parses all the lines; returns how many were refused, so nothing can be optimised away. */
    @Benchmark
    public int parse100000Lines(Blackhole blackhole) {
        int refused = 0;
        for (String line : lines) {
            try {
                blackhole.consume(parser.parse(line, NOW));
            } catch (InputRefusedException e) {
                blackhole.consume(e.getMessage());
                refused++;
            }
        }
        return refused;
    }
}
