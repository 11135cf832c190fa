package org.dwdiary.bench;

import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.KindRules;
import org.dwdiary.domain.QuickAddParser;
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

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Parsing 100,000 quick-add lines of the kinds a worker types (one operation = all of them, so the
 * score is the time for 100,000 lines). The lines are made once, from a fixed seed: ranges in every
 * time form, days, lengths, "-45m", timers, notes, @kinds, remembered and keyword kinds, and about
 * 1 in 25 refused (a typo, an activity of no known kind, two kinds at once) as in real typing.
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
    private static final String[] KEYWORD_ACTIVITIES = {"Home visit", "Home visit", "Direct work session", "School visit",
            "Case notes", "Case notes", "Case notes", "Assessment write-up", "Court statement", "Emails", "Emails", "Admin",
            "Team meeting", "Supervision", "Strategy discussion", "Child protection conference", "Core group meeting",
            "Training", "Panel", "Drive to court", "Travel back to office", "Contact session", "Report writing"};
    private static final Map<String, WorkKind> REMEMBERED = Map.of(
            "Family time supervision", WorkKind.DIRECT,
            "Phone call with family", WorkKind.DIRECT,
            "Video call with young person", WorkKind.DIRECT,
            "Care plan", WorkKind.RECORDING,
            "Referral form", WorkKind.RECORDING,
            "Travel to home visit", WorkKind.TRAVEL,
            "Duty", WorkKind.RECORDING);
    private static final String[] REMEMBERED_ACTIVITIES = REMEMBERED.keySet().stream().sorted().toArray(String[]::new);
    private static final String[] UNKNOWN_ACTIVITIES = {"Lunch cover", "Phone calls", "Visit and drive back"};
    private static final String[] KIND_TAGS = {"@d", "@direct", "@rec", "@r", "@t", "@travel", "@m", "@meetings"};
    private static final String[] DAYS = {"yesterday", "mon", "tue", "Monday", "fri", "today", "02/03", "2026-03-02", "27/02/2026"};
    private static final String[] LENGTHS = {"30m", "45m", "90m", "1h", "1h30", "1.5h", "2h", "2h15m", "20min"};
    private static final String[] NOTES = {"ran over", "deadline tomorrow", "interrupted by duty calls",
            "waited 40 minutes, then rescheduled", "catching up after court"};
    private static final String[] TYPOS = {"9:70-10:30 Home visit", "blursday 9-10 Case notes", "9-10 Case notes @x",
            "9:30+90 Case notes", "14-15", "yesterday -45m Emails", "9 Home visit"};

    private QuickAddParser parser;
    private String[] lines;

    @Setup(Level.Trial)
    public void makeLines() {
        parser = new QuickAddParser(KindRules.defaults(), activity -> Optional.ofNullable(REMEMBERED.get(activity)));
        lines = lines(new Random(20_260_304L));
    }

    static String[] lines(Random random) {
        String[] lines = new String[LINES];
        for (int i = 0; i < LINES; i++) {
            lines[i] = line(random);
        }
        return lines;
    }

    private static String line(Random random) {
        int form = random.nextInt(100);
        if (form < 2) {
            return pick(random, TYPOS);
        }
        if (form < 4) {
            return time(random, 8, 17) + "-" + time(random, 9, 18) + " " + pick(random, UNKNOWN_ACTIVITIES);
        }
        StringBuilder line = new StringBuilder();
        if (form < 20) {
            line.append(pick(random, DAYS)).append(' ');
        }
        if (form >= 20 && form < 28) {
            line.append('-').append(pick(random, LENGTHS));
        } else if (form >= 28 && form < 32) {
            line.append("now");
        } else if (form >= 32 && form < 36) {
            line.append(time(random, 8, 16)).append("-now");
        } else if (form >= 36 && form < 52) {
            line.append(time(random, 8, 18)).append(random.nextBoolean() ? "+" : " + ").append(pick(random, LENGTHS));
        } else if (form >= 52 && form < 58) {
            line.append(time(random, 19, 23)).append('-').append(time(random, 0, 1)); // an evening into the night
        } else {
            int start = 8 * 60 + 5 * random.nextInt(108);
            int end = start + 15 + 5 * random.nextInt(30);
            line.append(clock(random, start)).append(random.nextInt(4) == 0 ? " - " : "-").append(clock(random, end));
        }
        line.append(' ');
        int kind = random.nextInt(10);
        if (kind < 6) {
            line.append(pick(random, KEYWORD_ACTIVITIES));
        } else if (kind < 8) {
            line.append(pick(random, REMEMBERED_ACTIVITIES));
        } else if (kind < 9) {
            line.append(pick(random, UNKNOWN_ACTIVITIES)).append(' ').append(pick(random, KIND_TAGS));
        } else {
            line.append(pick(random, KIND_TAGS)).append(' ').append(pick(random, REMEMBERED_ACTIVITIES));
        }
        if (random.nextInt(5) == 0) {
            line.append(", ").append(pick(random, NOTES));
        }
        return line.toString();
    }

    /** A time between the hours, on the quarter hour, in one of the ways people type times. */
    private static String time(Random random, int fromHour, int toHour) {
        return clock(random, (fromHour + random.nextInt(toHour - fromHour + 1)) * 60 + 15 * random.nextInt(4));
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

    private static String pick(Random random, String[] choices) {
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
