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
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.fuzz.DiaryDump;
import org.dwdiary.fuzz.FuzzTries;
import org.dwdiary.fuzz.TemporaryFolders;
import org.dwdiary.fuzz.UserMessages;
import org.dwdiary.io.CsvBlockReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSV files as a spreadsheet, another program or a damaged disk might leave them (valid rows with bytes changed,
 * lines cut, cells missing or added, stray quotes and byte order marks, huge cells, impossible dates, NULs,
 * CR or CRLF line ends, bytes that are not UTF-8, rows that overlap), imported into a real diary as the window and
 * the command line import them. Each file is imported whole (the diary then verifies) or refused with a message
 * that names the file and its bad lines, and a refused file leaves the diary exactly as it was.
 */
@AddLifecycleHook(FuzzTries.class)
class CsvImportFuzzTest {
    private static final String SOURCE = "fuzz.csv";
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");
    private static final String[] ACTIVITIES = {"", "Home visit", "Case notes", "Team meeting", "Drive, then walk",
            "\"Quoted\" visit", "é İ ß \uD83D\uDE00", "'=SUM(A1)", "x".repeat(80)};
    private static final String[] NOTES = {"", "", "ran over", "two\nlines", "a, b; c", "\"quoted\"",
            "\r\nstarts with a break", "n".repeat(2_000)};
    private static final String[] KINDS = {"direct", "recording", "travel", "meetings", "Direct work", " TRAVEL "};
    private static final String[] BAD_TIMES = {"2026-13-01T09:00", "2026-02-30T09:00", "2026-03-02T25:00",
            "2026-03-02T09:60", "0000-01-01T00:00", "-999999999-01-01T00:00", "+999999999-12-31T23:59",
            "+1000000000-01-01T00:00", "2026-03-29T01:30", "2026-10-25T01:30", "2026-10-25T01:30+01:00",
            "2026-03-02T09:00+25:00", "2026-03-02T09:00Z", "2026-03-02T09:00:00.123456789", "2026-03-02", "09:00",
            "99999999999999999999", "", " ", "2026-03-02T09:00\u0000", "２０２６-03-02T09:00", "NaN"};

    enum Change {
        REPLACE_BYTE, INSERT_BYTES, CUT_FILE, CUT_LINE, DROP_CELL, ADD_CELL, QUOTE, BOM, HUGE_CELL, BAD_TIME, NUL,
        DOUBLE_ROW, CR_ENDINGS, CRLF_ENDINGS, DROP_LINE
    }

    record Mutation(Change change, int where, int other, byte value) {
    }

    record Row(LocalDateTime start, int minutes, String kind, String activity, String note) {
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
        folder = TemporaryFolders.create("csv-fuzz");
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
        System.out.printf("Fuzz: CSV import: %d files imported, %d refused%n", imported, refused);
        reasons.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(8)
                .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    }

    // The diary carries over from try to try (up to FRESH_EVERY), so a shrunk sample would not fail alike: no shrinking.
    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void fileIsImportedWholeOrRefusedNamingItsLinesAndNothingChanged(@ForAll("files") byte[] content) throws IOException {
        if (++tries % FuzzTries.FRESH_EVERY == 0) {
            freshDiary();
        }
        Path file = folder.resolve(SOURCE);
        Files.write(file, content);
        String before = dump.now();
        long blocksBefore = diary.count();
        try {
            int added = importFile(file);
            imported++;
            assertEquals(blocksBefore + added, diary.count(), () -> "the count grows by what was imported from\n" + shown(content));
            assertTrue(diary.verify().intact(), () -> diary.verify().describe() + " after importing\n" + shown(content));
        } catch (InputRefusedException e) {
            refused++;
            String message = e.getMessage();
            UserMessages.assertForUser(message, shown(content));
            assertTrue(message.contains(SOURCE), () -> "the refusal names the file: " + message);
            long lines = content.length == 0 ? 1 : new String(content, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
            Matcher line = LINE.matcher(message);
            while (line.find()) {
                long number = Long.parseLong(line.group(1));
                assertTrue(number >= 1 && number <= lines, () -> "the refusal names line " + number + " of a file of "
                        + lines + " lines: " + message);
            }
            assertEquals(before, dump.now(), () -> "a refused file changed the diary:\n" + shown(content));
            String reason = message.lines().skip(message.lines().count() > 1 ? 1 : 0).findFirst().orElse("")
                    .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N").strip();
            reasons.merge(reason.substring(0, Math.min(60, reason.length())), 1, Integer::sum);
        }
    }

    /** The file imported as the window and the command line import it. */
    private int importFile(Path file) {
        return diary.importRows(CsvBlockReader.rows(file, diary.zone()), RecordedVia.IMPORT);
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<LocalDateTime> starts = Combinators.combine(
                        Arbitraries.integers().between(0, 36_500).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(0, 24 * 60 - 1).withDistribution(RandomDistribution.uniform()))
                .as((day, minute) -> LocalDateTime.of(2000, 1, 1, 0, 0).plusDays(day).plusMinutes(minute));
        Arbitrary<Row> row = Combinators.combine(starts, Arbitraries.integers().between(1, 600),
                        Arbitraries.of(KINDS), Arbitraries.of(ACTIVITIES), Arbitraries.of(NOTES))
                .as(Row::new);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Change.class),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.bytes()).as(Mutation::new);
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.of())),
                Tuple.of(5, mutation.list().ofMinSize(1).ofMaxSize(4)));
        return Combinators.combine(row.list().ofMinSize(0).ofMaxSize(12), Arbitraries.integers().between(0, 3),
                        mutations)
                .as(CsvImportFuzzTest::file);
    }

    /** A valid file of {@code rows} (header layout {@code layout}), then changed by each mutation in turn. */
    private static byte[] file(List<Row> rows, int layout, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (layout) {
            case 0 -> "start,end,kind,activity,note";
            case 1 -> "note,kind,end,start";
            case 2 -> "\uFEFFStart , END,Kind,activity,extra";
            default -> "date,start,end,minutes,kind,activity,note";
        });
        for (Row row : rows) {
            String start = row.start().toString();
            String end = row.start().plusMinutes(row.minutes()).toString();
            lines.add(switch (layout) {
                case 0 -> String.join(",", start, end, cell(row.kind()), cell(row.activity()), cell(row.note()));
                case 1 -> String.join(",", cell(row.note()), cell(row.kind()), end, start);
                case 2 -> String.join(",", start, end, cell(row.kind()), cell(row.activity()), "ignored");
                default -> String.join(",", row.start().toLocalDate().toString(), start, end,
                        Integer.toString(row.minutes()), cell(row.kind()), cell(row.activity()), cell(row.note()));
            });
        }
        for (Mutation m : mutations) {
            lines = mutate(lines, m);
        }
        return join(lines, mutations.stream().anyMatch(m -> m.change() == Change.CR_ENDINGS) ? "\r"
                : mutations.stream().anyMatch(m -> m.change() == Change.CRLF_ENDINGS) ? "\r\n" : "\n", mutations);
    }

    private static List<String> mutate(List<String> lines, Mutation m) {
        List<String> changed = new ArrayList<>(lines);
        int at = m.where() % changed.size();
        String line = changed.get(at);
        int position = line.isEmpty() ? 0 : m.other() % (line.length() + 1);
        switch (m.change()) {
            case CUT_LINE -> changed.set(at, line.substring(0, position));
            case DROP_CELL -> changed.set(at, line.contains(",") ? line.substring(0, line.lastIndexOf(',')) : "");
            case ADD_CELL -> changed.set(at, line + ",extra");
            case QUOTE -> changed.set(at, line.substring(0, position) + "\"" + line.substring(position));
            case BOM -> changed.set(at, line.substring(0, position) + "\uFEFF" + line.substring(position));
            case NUL -> changed.set(at, line.substring(0, position) + "\u0000" + line.substring(position));
            case HUGE_CELL -> changed.set(at, line + "," + (m.other() % 2 == 0 ? "\"" + "h".repeat(3_000) + "\""
                    : "é".repeat(150_000)));
            case BAD_TIME -> {
                String[] cells = line.split(",", -1);
                cells[m.other() % cells.length] = BAD_TIMES[(m.value() & 0xFF) % BAD_TIMES.length];
                changed.set(at, String.join(",", cells));
            }
            case DOUBLE_ROW -> changed.add(Math.min(changed.size(), at + 1 + (m.other() % 3)), line);
            case DROP_LINE -> changed.remove(at);
            default -> {
                // byte-level changes are made once the text is bytes
            }
        }
        if (changed.isEmpty()) {
            changed.add("");
        }
        return changed;
    }

    private static byte[] join(List<String> lines, String ending, List<Mutation> mutations) {
        byte[] bytes = (String.join(ending, lines) + ending).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            int at = bytes.length == 0 ? 0 : m.where() % (bytes.length + 1);
            switch (m.change()) {
                case REPLACE_BYTE -> {
                    if (bytes.length > 0) {
                        bytes[Math.min(at, bytes.length - 1)] = m.value();
                    }
                }
                case INSERT_BYTES -> {
                    byte[][] choices = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                            {(byte) 0xE2, (byte) 0x82}, {m.value()}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}};
                    bytes = insert(bytes, at, choices[m.other() % choices.length]);
                }
                case CUT_FILE -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> {
                }
            }
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(more, 0, more.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String shown(byte[] content) {
        return UserMessages.shown(new String(content, StandardCharsets.UTF_8));
    }
}
