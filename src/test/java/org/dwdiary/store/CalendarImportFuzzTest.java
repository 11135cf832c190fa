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
import org.dwdiary.domain.CalendarImportPlan;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.fuzz.DiaryDump;
import org.dwdiary.fuzz.FuzzTries;
import org.dwdiary.fuzz.TemporaryFolders;
import org.dwdiary.fuzz.UserMessages;
import org.dwdiary.io.CalendarRead;
import org.dwdiary.io.CalendarReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendars as Outlook, Google or Apple write them, then broken on the way (lines lost, doubled, swapped or cut,
 * lines folded anywhere, bad DTSTART, DURATION, RRULE and TZID values, END lines missing, components nested
 * deep, repeat rules with an enormous COUNT or none at all, bytes changed), imported into a real diary as the
 * window and the command line import them: read, planned and written. Each is imported (the diary then verifies,
 * and importing it again adds nothing) or refused with a message that names the file, and a refusal leaves the
 * diary exactly as it was.
 */
@AddLifecycleHook(FuzzTries.class)
class CalendarImportFuzzTest {
    private static final String SOURCE = "fuzz.ics";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final String[] TITLES = {"Team meeting", "Home visit", "Case notes", "Duty desk", "Supervision",
            "Drive to court", "Visit\\, then notes", "é İ ß \uD83D\uDE00", "x".repeat(200), ""};
    private static final String[] BAD_STARTS = {"20261399T090000", "20260230T090000", "20260302T250000", "2026",
            "", "20260302", "20260302T090000ZZ", "99999999T999999", "00010101T000000", "99991231T235959Z",
            "20260302T090000+0100", "-20260302T090000", "20260302t090000z"};
    private static final String[] BAD_DURATIONS = {"P", "PT", "-PT1H", "PT999999999999H", "P1Y", "PT1H30", "1H",
            "P9999999W", "PT0S", "PT-5M", "P1DT", "PTH"};
    private static final String[] BAD_RULES = {"FREQ=DAILY;COUNT=2147483647", "FREQ=DAILY;COUNT=99999999999",
            "FREQ=DAILY", "FREQ=HOURLY", "FREQ=HOURLY;INTERVAL=1;COUNT=1000000", "FREQ=MINUTELY", "FREQ=SECONDLY",
            "FREQ=WEEKLY;BYDAY=XX", "FREQ=YEARLY;BYYEARDAY=366;COUNT=1000", "FREQ=MONTHLY;BYSETPOS=-400;BYDAY=MO",
            "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=-1", "FREQ=DAILY;UNTIL=99991231T235959Z",
            "FREQ=DAILY;UNTIL=2026", "COUNT=5", "FREQ=", "FREQ=DAILY;COUNT=-1", "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9",
            "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO,TU,WE,TH,FR,SA,SU", "FREQ=DAILY;WKST=XX;COUNT=3"};
    private static final String[] BAD_ZONES = {"Nowhere/Land", "", "\"GMT Standard Time\"", "ical4j-fake", "+01:00",
            "/mozilla.org/20070129_1/Europe/London", "Europe/London\"", "Custom London "};

    enum Change {
        DROP_LINE, DOUBLE_LINE, SWAP_LINES, CUT_FILE, REPLACE_BYTE, BREAK_LINE, FOLD, BAD_START, BAD_DURATION, BAD_RULE,
        BAD_ZONE, DROP_END, NEST, HUGE_RULE, LF_ENDINGS
    }

    record Mutation(Change change, int where, int other) {
    }

    record Event(String uid, LocalDateTime start, int minutes, String title, int form, int repeat, boolean override) {
    }

    record Range(LocalDate from, LocalDate to) {
    }

    private Path folder;
    private Diary diary;
    private DiaryDump dump;
    private int imported;
    private int refused;
    private int tries;
    private final Map<String, Integer> reasons = new TreeMap<>();

    @BeforeProperty
    void openDiary() throws IOException {
        folder = TemporaryFolders.create("calendar-fuzz");
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
        System.out.printf("Fuzz: calendar import: %d calendars imported, %d refused%n", imported, refused);
        reasons.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(8)
                .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    }

    // The diary carries over from try to try (up to FRESH_EVERY), so a shrunk sample would not fail alike: no shrinking.
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void calendarIsImportedOrRefusedNamingTheFileAndNothingChanged(@ForAll("calendars") byte[] content,
                                                                   @ForAll("ranges") Range range,
                                                                   @ForAll("kinds") WorkKind defaultKind,
                                                                   @ForAll boolean trim) throws IOException {
        if (++tries % FuzzTries.FRESH_EVERY == 0) {
            freshDiary();
        }
        Path file = folder.resolve(SOURCE);
        Files.write(file, content);
        String before = dump.now();
        long blocksBefore = diary.count();
        try {
            CalendarRead read = CalendarReader.read(file, diary.zone(), range.from(), range.to());
            CalendarImportPlan plan = diary.planCalendar(read.events(), defaultKind, trim);
            int written = plan.writes().isEmpty() ? 0 : diary.importCalendar(plan.writes());
            imported++;
            assertTrue(diary.count() - blocksBefore <= written, () -> "more blocks than writes from\n" + shown(content));
            assertTrue(diary.verify().intact(), () -> diary.verify().describe() + " after importing\n" + shown(content));
            CalendarImportPlan again = diary.planCalendar(
                    CalendarReader.read(file, diary.zone(), range.from(), range.to()).events(), defaultKind, trim);
            assertEquals(0, again.count(CalendarImportPlan.Status.NEW) + again.count(CalendarImportPlan.Status.MOVED),
                    () -> "importing the same calendar again would add or move blocks:\n" + shown(content));
        } catch (InputRefusedException e) {
            refused++;
            String message = e.getMessage();
            UserMessages.assertForUser(message, shown(content));
            assertTrue(message.contains(SOURCE) || message.startsWith("the range"),
                    () -> "the refusal names the file: " + message);
            assertEquals(before, dump.now(), () -> "a refused calendar changed the diary:\n" + shown(content));
            String reason = message.replaceAll("\\d+", "N");
            reasons.merge(reason.substring(0, Math.min(200, reason.length())), 1, Integer::sum);
        }
    }

    @Provide
    Arbitrary<Range> ranges() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(-500, 100)
                .withDistribution(RandomDistribution.uniform()).map(TODAY::plusDays);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new Range(null, TODAY))),
                Tuple.of(1, Arbitraries.just(new Range(null, null))),
                Tuple.of(1, days.map(from -> new Range(from, null))),
                Tuple.of(2, Combinators.combine(days, Arbitraries.integers().between(-5, 400))
                        .as((from, length) -> new Range(from, from.plusDays(length)))));
    }

    @Provide
    Arbitrary<WorkKind> kinds() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(WorkKind.class)), Tuple.of(1, Arbitraries.just(null)));
    }

    @Provide
    Arbitrary<byte[]> calendars() {
        Arbitrary<LocalDateTime> starts = Combinators.combine(
                        Arbitraries.integers().between(-400, 30).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(6 * 4, 20 * 4).withDistribution(RandomDistribution.uniform()))
                .as((day, quarter) -> TODAY.plusDays(day).atStartOfDay().plusMinutes(15L * quarter));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 6).map(i -> "uid-" + i),
                        starts, Arbitraries.of(15, 30, 45, 60, 90, 120, 180, 600, 1500), Arbitraries.of(TITLES),
                        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 5), Arbitraries.of(false, false, true))
                .as(Event::new);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Change.class),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0)).as(Mutation::new);
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.of())),
                Tuple.of(5, mutation.list().ofMinSize(1).ofMaxSize(4)));
        return Combinators.combine(event.list().ofMaxSize(8), Arbitraries.integers().between(0, 2), mutations)
                .as(CalendarImportFuzzTest::calendar);
    }

    /** A valid calendar of {@code events} (zone written as {@code zoneForm}), then changed by each mutation. */
    private static byte[] calendar(List<Event> events, int zoneForm, List<Mutation> mutations) {
        String tzid = switch (zoneForm) {
            case 0 -> "Custom London";
            case 1 -> "GMT Standard Time";
            default -> "Europe/London";
        };
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "PRODID:-//fuzz//EN", "VERSION:2.0"));
        if (zoneForm != 2) {
            lines.addAll(List.of("BEGIN:VTIMEZONE", "TZID:" + tzid, "BEGIN:STANDARD", "DTSTART:16011028T020000",
                    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD",
                    "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
                    "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE"));
        }
        for (Event e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + e.uid());
            lines.add("DTSTAMP:20260301T090000Z");
            String start = STAMP.format(e.start());
            String end = STAMP.format(e.start().plusMinutes(e.minutes()));
            switch (e.form()) {
                case 0 -> lines.addAll(List.of("DTSTART;TZID=\"" + tzid + "\":" + start, "DTEND;TZID=\"" + tzid + "\":" + end));
                case 1 -> lines.addAll(List.of("DTSTART:" + start + "Z", "DURATION:PT" + e.minutes() + "M"));
                case 2 -> lines.addAll(List.of("DTSTART:" + start, "DTEND:" + end)); // floating
                case 3 -> lines.addAll(List.of("DTSTART;VALUE=DATE:" + start.substring(0, 8), "DURATION:P1D"));
                default -> lines.addAll(List.of("DTSTART;TZID=" + tzid.replace(" ", "_") + ":" + start, "DURATION:PT1H30M"));
            }
            switch (e.repeat()) {
                case 1 -> lines.add("RRULE:FREQ=WEEKLY;COUNT=" + (2 + e.minutes() % 9));
                case 2 -> lines.add("RRULE:FREQ=DAILY;UNTIL=" + STAMP.format(e.start().plusDays(9)) + "Z");
                case 3 -> lines.addAll(List.of("RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "EXDATE;TZID=\"" + tzid + "\":" + start));
                default -> {
                }
            }
            lines.add("SUMMARY:" + e.title());
            lines.add("DESCRIPTION:" + "Private words\\, never read. ".repeat(e.minutes() % 7));
            if (e.minutes() % 4 == 0) {
                lines.addAll(List.of("STATUS:CANCELLED", "TRANSP:TRANSPARENT"));
            }
            lines.addAll(List.of("BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT"));
            if (e.override() && e.repeat() > 0) {
                lines.addAll(List.of("BEGIN:VEVENT", "UID:" + e.uid(), "SEQUENCE:1",
                        "RECURRENCE-ID;TZID=\"" + tzid + "\":" + STAMP.format(e.start().plusDays(7)),
                        "DTSTART;TZID=\"" + tzid + "\":" + STAMP.format(e.start().plusDays(7).plusHours(2)),
                        "DURATION:PT30M", "SUMMARY:" + e.title() + " (moved)", "END:VEVENT"));
            }
        }
        lines.add("END:VCALENDAR");
        boolean lf = false;
        for (Mutation m : mutations) {
            lf |= m.change() == Change.LF_ENDINGS;
            lines = mutate(lines, m);
        }
        byte[] bytes = (String.join(lf ? "\n" : "\r\n", lines) + (lf ? "\n" : "\r\n")).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            if (m.change() == Change.CUT_FILE) {
                bytes = Arrays.copyOf(bytes, m.where() % (bytes.length + 1));
            } else if (m.change() == Change.REPLACE_BYTE && bytes.length > 0) {
                bytes[m.where() % bytes.length] = (byte) m.other();
            } else if (m.change() == Change.FOLD && bytes.length > 0) {
                bytes = insert(bytes, m.where() % bytes.length, "\r\n ".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return bytes;
    }

    private static List<String> mutate(List<String> lines, Mutation m) {
        List<String> changed = new ArrayList<>(lines);
        int at = m.where() % changed.size();
        String line = changed.get(at);
        switch (m.change()) {
            case DROP_LINE -> changed.remove(at);
            case DOUBLE_LINE -> changed.add(at, line);
            case SWAP_LINES -> {
                int other = m.other() % changed.size();
                changed.set(at, changed.get(other));
                changed.set(other, line);
            }
            case BREAK_LINE -> {
                int cut = line.isEmpty() ? 0 : m.other() % line.length();
                changed.set(at, line.substring(0, cut));
                changed.add(at + 1, line.substring(cut).replace(":", ""));
            }
            case BAD_START -> replaceValue(changed, m, "DTSTART", BAD_STARTS);
            case BAD_DURATION -> replaceValue(changed, m, m.other() % 2 == 0 ? "DURATION" : "DTEND",
                    m.other() % 2 == 0 ? BAD_DURATIONS : BAD_STARTS);
            case BAD_RULE, HUGE_RULE -> {
                int event = indexOf(changed, "BEGIN:VEVENT", m.where());
                if (event >= 0) {
                    changed.add(event + 1, "RRULE:" + BAD_RULES[m.other() % BAD_RULES.length]);
                }
            }
            case BAD_ZONE -> {
                int index = indexOf(changed, "DTSTART", m.where());
                if (index >= 0) {
                    String value = changed.get(index).substring(changed.get(index).indexOf(':') + 1);
                    changed.set(index, "DTSTART;TZID=" + BAD_ZONES[m.other() % BAD_ZONES.length] + ":" + value);
                }
            }
            case DROP_END -> {
                int end = indexOf(changed, "END:", m.where());
                if (end >= 0) {
                    changed.remove(end);
                }
            }
            case NEST -> {
                String name = m.other() % 2 == 0 ? "VEVENT" : "X-DEEP";
                int depth = 5 + m.other() % 60;
                List<String> nest = new ArrayList<>();
                for (int i = 0; i < depth; i++) {
                    nest.add("BEGIN:" + name);
                }
                nest.add("SUMMARY:deep");
                for (int i = 0; i < depth; i++) {
                    nest.add("END:" + name);
                }
                changed.addAll(Math.max(1, Math.min(at, changed.size() - 1)), nest);
            }
            default -> {
                // byte-level changes are made once the text is bytes
            }
        }
        if (changed.isEmpty()) {
            changed.add("");
        }
        return changed;
    }

    /** Replaces the value of a {@code name} line (the n-th found from {@code m.where()}) with a bad one. */
    private static void replaceValue(List<String> lines, Mutation m, String name, String[] values) {
        int index = indexOf(lines, name, m.where());
        if (index >= 0) {
            String line = lines.get(index);
            lines.set(index, line.substring(0, Math.max(0, line.indexOf(':') + 1)) + values[m.other() % values.length]);
        }
    }

    /** The index of a line starting with {@code start}, the first at or after {@code from} (wrapping), or -1. */
    private static int indexOf(List<String> lines, String start, int from) {
        for (int i = 0; i < lines.size(); i++) {
            int index = (from + i) % lines.size();
            if (lines.get(index).startsWith(start)) {
                return index;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(more, 0, more.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String shown(byte[] content) {
        return UserMessages.shown(new String(content, StandardCharsets.UTF_8));
    }
}
