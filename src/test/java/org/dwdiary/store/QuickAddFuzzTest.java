package org.dwdiary.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.QuickAdd;
import org.dwdiary.domain.QuickAddParser;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.RunningTimer;
import org.dwdiary.fuzz.DiaryDump;
import org.dwdiary.fuzz.FuzzTries;
import org.dwdiary.fuzz.TemporaryFolders;
import org.dwdiary.fuzz.UserMessages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quick-add lines, typed well, badly or as noise, parsed and added to a real diary as the window and the
 * command line do: each is added (the diary then verifies) or refused with a message for the user, and a
 * refusal leaves the diary exactly as it was. No other exception ever escapes.
 */
@AddLifecycleHook(FuzzTries.class)
class QuickAddFuzzTest {
    // each piece of a line, good forms and bad ones; the good are drawn nine times as often
    private static final String[] DAYS = {"", "", "today ", "yesterday ", "mon ", "Sun ", "2026-03-29 ", "25/10 ",
            "29/02/2028 ", "1/1/2000 "};
    private static final String[] BAD_DAYS = {"31/02 ", "0000-01-01 ", "31/12/9999 ", "+999999999-12-31 ",
            "-999999999-01-01 ", "1/1/1 ", "2026-02-30 ", "32/13 "};
    private static final String[] RANGES = {"9-10:30", "22:00-01:30", "9:30+90m", "14:00+1h30", "-45m", "now",
            "01:30-02:30", "00:00-24:00", "23:59+24h", "9am-5pm", "12am-12pm", "0930-1100", "-24h", "9.30-10.15"};
    private static final String[] BAD_RANGES = {"9-9", "9+24h1m", "9:30+99999999999999m", "25:00-26:00", "-0m",
            "1-", "-", "+", "9:30+-5m", "99999999999-1", "1.5e9h", "9:30+0.0000001h"};
    private static final String[] ACTIVITIES = {"Home visit", "Case notes", "Team meeting", "Drive to court",
            "Duty desk", "Visit\u00A0", "'=SUM(A1)", "é İ ß", "\uD83D\uDE00 visit"};
    private static final String[] BAD_ACTIVITIES = {"", "Lunch", "Travel to visit", "\u0000", "\uD800 lone",
            "a\u2028b", "x".repeat(81), "null", "-", "@"};
    private static final String[] KINDS = {"", " @d", " @rec", " @t", " @meetings"};
    private static final String[] BAD_KINDS = {" @x", " @", " @d @t", "@@d"};
    private static final String[] NOTES = {"", "", ", ran over", ",", ", é\uD83D\uDE00", ", a\r\nb"};
    private static final String[] BAD_NOTES = {", \u0000\u0001", ", " + "n".repeat(2_001), ", \uDC00"};

    private Path folder;
    private Diary diary;
    private DiaryDump dump;
    private int added;
    private int refused;
    private int tries;
    private final java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();

    @BeforeProperty
    void openDiary() throws IOException {
        folder = TemporaryFolders.create("quick-add-fuzz");
        freshDiary();
    }

    /** A new diary, every {@value FuzzTries#FRESH_EVERY} tries, so that each try costs the same however long the run. */
    private void freshDiary() throws IOException {
        if (diary != null) {
            dump.close();
            diary.close();
            TemporaryFolders.delete(folder.resolve("diary"));
        }
        diary = Diary.open(folder.resolve("diary"), TestDiaries.CLOCK);
        diary.setZone("Europe/London");
        dump = DiaryDump.open(diary.file());
    }

    @AfterProperty
    void closeDiary() throws IOException {
        dump.close();
        diary.close();
        TemporaryFolders.delete(folder);
        System.out.printf("Fuzz: quick add: %d added, %d refused%n", added, refused);
        reasons.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .limit(8).forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    }

    // The diary carries over from try to try (up to FRESH_EVERY), so a shrunk sample would not fail alike: no shrinking.
    @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void lineIsAddedOrRefusedWithAMessageAndNothingChanged(@ForAll("lines") String line,
                                                           @ForAll("nows") ZonedDateTime now) throws IOException {
        if (++tries % FuzzTries.FRESH_EVERY == 0) {
            freshDiary();
        }
        String before = dump.now();
        long blocksBefore = diary.count();
        long t0 = System.nanoTime();
        try {
            QuickAdd parsed = QuickAddParser.withKnownActivities(diary.kindRules(), diary::activity).parse(line, now);
            if (parsed.startsTimer()) {
                diary.startTimer(new RunningTimer(parsed.start(), diary.zone(), parsed.kind(), parsed.activity(),
                        parsed.note()), RecordedVia.GUI);
                assertTrue(diary.runningTimer().isPresent(), "the timer runs after " + line);
            } else {
                Block block = diary.add(parsed.toBlock(), RecordedVia.GUI);
                assertEquals(blocksBefore + 1, diary.count());
                Block read = diary.find(block.id()).orElseThrow();
                assertEquals(block, read, () -> "the block reads back as added: " + UserMessages.shown(line) + "\nadded " + UserMessages.shown(block) + "\nread  " + UserMessages.shown(read));
            }
            added++;
            assertTrue(diary.verify().intact(), () -> diary.verify().describe() + " after " + UserMessages.shown(line));
        } catch (InputRefusedException e) {
            refused++;
            String reason = e.getMessage().replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N");
            reasons.merge(reason.substring(0, Math.min(50, reason.length())), 1, Integer::sum);
            UserMessages.assertForUser(e.getMessage(), line);
            assertTrue(namesWhatIsWrong(e.getMessage(), line), () -> "the refusal names nothing of the line: "
                    + UserMessages.shown(e.getMessage()) + "\nfor " + UserMessages.shown(line));
            assertEquals(before, dump.now(), "a refused line changed the diary: " + UserMessages.shown(line));
        }
    }

    /**
     * A refusal names what is wrong: it quotes a word of the line, or repeats a time of it, or names the block, the
     * activity, the note or the timer it is about, or says what is missing ("say which kind…", "type a time range…").
     */
    private static boolean namesWhatIsWrong(String message, String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        boolean quotesTheLine = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(message).results()
                .map(quoted -> quoted.group(1).strip().toLowerCase(java.util.Locale.ROOT).replace("…", ""))
                .anyMatch(quoted -> !quoted.isEmpty() && (lower.contains(quoted) || quoted.contains(lower.strip())));
        boolean namesATimeOfTheLine = java.util.Arrays.stream(line.split("[\\s,+\\-–]+"))
                .anyMatch(word -> word.matches(".*\\d.*") && message.contains(word));
        return quotesTheLine || namesATimeOfTheLine || message.startsWith("the block ") || message.startsWith("the activity ")
                || message.startsWith("the note ") || message.startsWith("the timer ") || message.startsWith("say ")
                || message.startsWith("type a time range");
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> grammar = Combinators.combine(mostlyGood(DAYS, BAD_DAYS), mostlyGood(RANGES, BAD_RANGES),
                        mostlyGood(ACTIVITIES, BAD_ACTIVITIES), mostlyGood(KINDS, BAD_KINDS), mostlyGood(NOTES, BAD_NOTES))
                .as((day, range, activity, kind, note) -> day + range + " " + activity + kind + note);
        Arbitrary<String> junk = Arbitraries.strings().withChars("-–+@,:./ \t0123456789amphn\u00A0\u0000é\r\n")
                .ofMaxLength(30);
        Arbitrary<String> mangled = Combinators.combine(grammar, Arbitraries.strings().ofMinLength(1).ofMaxLength(4),
                        Arbitraries.integers().between(0, 200))
                .as((line, insert, at) -> line.substring(0, Math.min(at, line.length())) + insert
                        + line.substring(Math.min(at, line.length())));
        return Arbitraries.frequencyOf(
                Tuple.of(12, grammar),
                Tuple.of(3, mangled),
                Tuple.of(1, junk),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
    }

    private static Arbitrary<String> mostlyGood(String[] good, String[] bad) {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(good)), Tuple.of(1, Arbitraries.of(bad)));
    }

    @Provide
    Arbitrary<ZonedDateTime> nows() {
        Arbitrary<Instant> instants = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(Instant.parse("2026-03-29T00:59:59Z"), Instant.parse("2026-10-25T00:20:00Z"),
                        Instant.parse("2026-10-25T01:20:00Z"), Instant.parse("2026-12-31T23:59:59Z"))),
                Tuple.of(4, Arbitraries.longs().between(946_684_800L, 4_102_444_800L)
                        .withDistribution(RandomDistribution.uniform()).map(Instant::ofEpochSecond)));
        return instants.map(instant -> instant.atZone(TestDiaries.LONDON));
    }
}
