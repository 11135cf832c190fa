package org.dwdiary.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever is typed, the quick add gives a valid block (or a timer) or a message for the user:
 * never another exception. Class name ends in Test so that surefire runs it (jqwik runs on the
 * JUnit Platform beside Jupiter).
 */
class QuickAddParserPropertyTest {
    /** The earliest and latest instants a "now" is drawn from: 2000 to 2100. */
    private static final long FROM = 946_684_800L;
    private static final long TO = 4_102_444_800L;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("UTC"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Apia"));
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<ZonedDateTime> AWKWARD_NOWS = List.of(
            ZonedDateTime.of(2026, 3, 4, 14, 7, 42, 0, LONDON),
            ZonedDateTime.of(2026, 3, 29, 0, 59, 59, 0, LONDON),   // a second before the clocks skip an hour
            ZonedDateTime.of(2026, 3, 29, 2, 10, 0, 0, LONDON),
            ZonedDateTime.ofLocal(LocalDateTime.of(2026, 10, 25, 1, 20), LONDON, java.time.ZoneOffset.ofHours(1)),
            ZonedDateTime.ofInstant(Instant.parse("2026-10-25T01:20:30Z"), LONDON),   // the second 01:20
            ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, LONDON),
            ZonedDateTime.of(2026, 12, 31, 23, 59, 59, 0, LONDON),
            ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, LONDON));

    // each piece of the grammar, good forms and bad ones; good ones are drawn nine times as often
    private static final String[] DAYS = {"", "today", "yesterday", "mon", "Tue", "wednesday", "THU", "fri", "sat", "sun",
            "2026-03-29", "2026-10-25", "25/10", "29/03/2026", "11/05/26", "1/1/2000", "29/02/2028"};
    private static final String[] BAD_DAYS = {"31/02", "29/02/2026", "2026-13-01", "blursday", "tomorrow", "0000-01-01",
            "31/12/9999", "11/05/202", "@d", "1/2/3/4"};
    private static final String[] TIMES = {"9", "9:30", "09:30", "9.30", "0930", "9am", "9 am", "2pm", "2:15pm", "14:00",
            "now", "NOW", "0", "00:00", "23:59", "12am", "12pm", "1:30", "01:15", "2", "22:00", "01:30", "17"};
    private static final String[] BAD_TIMES = {"25:00", "9:70", "13pm", "24:00", "9h30", "12345", "", "noon", "9:", ":30"};
    private static final String[] LENGTHS = {"45m", "90m", "1h30", "1.5h", "1h", "2h15m", "24h", "45min", "2hrs", "5m"};
    private static final String[] BAD_LENGTHS = {"24h1m", "25h", "0m", "90", "1.33h", "1h75", "99999999999999999999m",
            "1.h", "h", "m", "-5m", ""};
    private static final String[] DASHES = {"-", " - ", "–", "- ", " -"};
    private static final String[] BAD_DASHES = {"--", "+", "", " "};
    private static final String[] ACTIVITIES = {"Home visit", "Case notes", "Duty desk", "Team meeting", "Emails",
            "Drive to court", "Training", "Assessment write-up", "Panel", "Child protection conference", "Home  visits"};
    private static final String[] BAD_ACTIVITIES = {"", "Travel to visit", "Lunch", "9-10", "@", "now", "am", "\t x",
            "é İ", "\uD83D\uDE00", "\u00A0visit", "a\u2028b", "Visit ".repeat(14)};
    private static final String[] KINDS = {"", "", "", "@d", "@rec", "@t", "@Meetings", "@direct @d"};
    private static final String[] BAD_KINDS = {"@d @t", "@x", "@", "@@d"};
    private static final String[] NOTES = {"", "", ", ran over", ",", ", a, b, c", ",   ", ", @t"};
    private static final String[] BAD_NOTES = {",,", "," + "n".repeat(2001)};
    private static final String JUNK = "-–+@,:./ \t0123456789amphn\u00A0\u0000é";

    private final QuickAddParser parser = new QuickAddParser(KindRules.defaults(),
            activity -> activity.startsWith("Duty") ? Optional.of(WorkKind.DIRECT) : Optional.empty());

    @Property(tries = 4000)
    void anyStringGivesAQuickAddOrAMessage(@ForAll String line, @ForAll("nows") ZonedDateTime now) {
        givesAQuickAddOrAMessage(line, now);
    }

    // the grammar's own variety is the point here: jqwik's edge cases (first and last of each list) would crowd it out
    @Property(tries = 8000, edgeCases = EdgeCasesMode.NONE)
    void lineMadeOfTheGrammarsPiecesAndJunkGivesAQuickAddOrAMessage(@ForAll("grammarLines") String line,
                                                                    @ForAll("nows") ZonedDateTime now) {
        givesAQuickAddOrAMessage(line, now);
    }

    @Property(tries = 1000)
    void anyRulesTextGivesRulesThatReadBackOrAMessage(@ForAll("rulesTexts") String text) {
        KindRules rules;
        try {
            rules = KindRules.parse(text);
        } catch (InputRefusedException refused) {
            assertFalse(refused.getMessage().isBlank());
            return;
        }
        assertEquals(rules, KindRules.parse(rules.format()));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void anyActivityGivesAKindNoneOrAMessage(@ForAll("grammarLines") String activity) {
        try {
            assertNotNull(KindRules.defaults().classify(activity));
        } catch (InputRefusedException refused) {
            assertFalse(refused.getMessage().isBlank());
        }
    }

    private void givesAQuickAddOrAMessage(String line, ZonedDateTime now) {
        QuickAdd added;
        try {
            added = parser.parse(line, now);
        } catch (InputRefusedException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a message for " + line);
            return;
        }
        assertNotNull(added.kind());
        assertNotNull(added.kindSource());
        assertEquals(now.getZone(), added.zone());
        if (added.startsTimer()) {
            assertEquals(now.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES), added.start());
            return;
        }
        Block block = added.toBlock(); // would throw if the quick add were not a valid block
        assertTrue(block.end().isAfter(block.start()));
        assertTrue(block.minutes() <= 24 * 60);
        assertEquals(added.start(), block.start());
        assertEquals(added.end(), block.end());
    }

    @Provide
    Arbitrary<ZonedDateTime> nows() {
        Arbitrary<ZonedDateTime> anyTime = Combinators.combine(Arbitraries.longs().between(FROM, TO), Arbitraries.of(ZONES))
                .as((seconds, zone) -> Instant.ofEpochSecond(seconds).atZone(zone));
        return Arbitraries.oneOf(Arbitraries.of(AWKWARD_NOWS), anyTime);
    }

    @Provide
    Arbitrary<String> grammarLines() {
        Arbitrary<String> time = Arbitraries.frequencyOf(
                Tuple.of(5, mostlyGood(TIMES, BAD_TIMES)),
                Tuple.of(1, Arbitraries.integers().between(0, 2500).map(String::valueOf)));
        Arbitrary<String> length = Arbitraries.frequencyOf(
                Tuple.of(5, mostlyGood(LENGTHS, BAD_LENGTHS)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 1600), Arbitraries.of("m", "min", ""))
                        .as((number, unit) -> number + unit)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of("h", "h30", ".5h"))
                        .as((number, unit) -> number + unit)));
        Arbitrary<String> range = Arbitraries.oneOf(
                Combinators.combine(time, mostlyGood(DASHES, BAD_DASHES), time).as((from, dash, to) -> from + dash + to),
                Combinators.combine(time, Arbitraries.of("+", " + ", "+ "), length).as((from, plus, to) -> from + plus + to),
                Combinators.combine(Arbitraries.of("-", "- ", "–"), length).as(String::concat),
                time);
        Arbitrary<String> days = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(1, mostlyGood(DAYS, BAD_DAYS)));
        Arbitrary<String> spaces = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(" ")),
                Tuple.of(1, Arbitraries.of("  ", "\t", "\u00A0", "")));
        Arbitrary<String> line = Combinators.combine(days, range, mostlyGood(ACTIVITIES, BAD_ACTIVITIES),
                        mostlyGood(KINDS, BAD_KINDS), mostlyGood(NOTES, BAD_NOTES), spaces)
                .as((day, times, activity, kind, note, space) ->
                        (day.isEmpty() ? "" : day + space) + times + space + activity + " " + kind + note);
        Arbitrary<String> junk = Arbitraries.strings().withChars(JUNK).ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> mangled = Combinators.combine(line, junk, Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 2))
                .as(QuickAddParserPropertyTest::mangle);
        return Arbitraries.frequencyOf(
                Tuple.of(6, line),
                Tuple.of(3, mangled),
                Tuple.of(1, Arbitraries.strings().withChars(JUNK + "adhmnotwy").ofMaxLength(30)));
    }

    private static Arbitrary<String> mostlyGood(String[] good, String[] bad) {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(good)), Tuple.of(1, Arbitraries.of(bad)));
    }

    @Provide
    Arbitrary<String> rulesTexts() {
        Arbitrary<String> section = Combinators.combine(
                Arbitraries.of("direct", "Direct work", "RECORDING", "travel", "meetings", "breaks", "", " "),
                Arbitraries.of(":", ": ", "", "::"),
                Arbitraries.of("visit", "write-up", "case notes", "", " ", "vis*t", "Visit", "drive", "children's", "-x", "é")
                        .list().ofMaxSize(4).map(words -> String.join(", ", words)))
                .as((kind, colon, words) -> kind + colon + words);
        return Arbitraries.oneOf(
                section.list().ofMaxSize(5).map(sections -> String.join("; ", sections)),
                Arbitraries.strings().withChars(":;, -'abcdefghijklmnopqrstuvwxyz@*").ofMaxLength(40),
                Arbitraries.strings());
    }

    /** The line with junk put in, put in place of some characters, or some characters taken out. */
    private static String mangle(String line, String junk, double where, int how) {
        int at = (int) (where * line.length());
        return switch (how) {
            case 0 -> line.substring(0, at) + junk + line.substring(at);
            case 1 -> line.substring(0, at) + junk + line.substring(Math.min(line.length(), at + junk.length()));
            default -> line.substring(0, at) + line.substring(Math.min(line.length(), at + junk.length()));
        };
    }
}
