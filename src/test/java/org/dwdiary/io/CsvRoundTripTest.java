package org.dwdiary.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diary exported as CSV and imported into a fresh diary comes back block for block. */
class CsvRoundTripTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    /** Blocks chosen to be hard to write down and read back. */
    private static final List<Block> AWKWARD = List.of(
            block("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", "Took longer than planned"),
            block("2026-03-02T22:00", "2026-03-03T01:30", WorkKind.RECORDING, "Court statement", "Over midnight"),
            block("2026-03-03T09:00", "2026-03-03T09:30", WorkKind.MEETINGS, "Réunion, \"équipe\" 🧸",
                    "Line one\nLine two, with \"quotes\", commas — and émoji 😊"),
            block("2026-03-03T10:00", "2026-03-03T10:15", WorkKind.DIRECT, "=SUM(A1:A9)", "=HYPERLINK(\"http://x\")"),
            block("2026-03-03T10:15", "2026-03-03T10:30", WorkKind.DIRECT, "+44 call", "+1 more"),
            block("2026-03-03T10:30", "2026-03-03T10:45", WorkKind.RECORDING, "-5 minutes", "-"),
            block("2026-03-03T10:45", "2026-03-03T11:00", WorkKind.TRAVEL, "@home", "'=already quoted"),
            block("2026-03-03T11:00", "2026-03-03T11:15", WorkKind.TRAVEL, "'quoted but harmless", null),
            block("2026-03-03T11:15", "2026-03-03T11:30", WorkKind.MEETINGS, null, null),
            // The night the clocks go back (25 October 2026): 01:00–02:00 happens twice in London.
            new Block(0, Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T00:40:00Z"), LONDON,
                    WorkKind.RECORDING, "Case notes", "00:30 to the first 01:40"),
            new Block(0, Instant.parse("2026-10-25T00:40:00Z"), Instant.parse("2026-10-25T01:20:00Z"), LONDON,
                    WorkKind.RECORDING, "Emails", "the first 01:40 to the second 01:20"),
            new Block(0, Instant.parse("2026-10-25T01:20:00Z"), Instant.parse("2026-10-25T02:30:00Z"), LONDON,
                    WorkKind.RECORDING, "Assessment write-up", "the second 01:20 to 02:30"));

    @Test
    void exportedDiaryImportsIntoAFreshDiaryUnchanged(@TempDir Path dir) throws IOException {
        List<Block> original;
        try (Diary diary = Diary.open(dir.resolve("original"), CLOCK)) {
            for (Block block : AWKWARD) {
                diary.add(block, RecordedVia.GUI);
            }
            original = diary.all();
        }
        String csv = export(original, true);

        ImportBatch batch = CsvBlockReader.read(new StringReader(csv), "export.csv", LONDON);
        assertEquals(List.of(), batch.problems());
        try (Diary fresh = Diary.open(dir.resolve("fresh"), CLOCK)) {
            assertEquals(original.size(), fresh.importBatch(batch, RecordedVia.IMPORT));
            assertEquals(withoutIds(original), withoutIds(fresh.all()));
            assertEquals(csv, export(fresh.all(), true), "a second export is identical to the first");
        }
    }

    @Test
    void timesThatHappenTwiceAreWrittenWithTheirOffset() throws IOException {
        String csv = export(AWKWARD.subList(9, 12), false);

        assertEquals(String.join("\r\n",
                "date,start,end,minutes,kind,activity,note",
                "2026-10-25,2026-10-25T00:30,2026-10-25T01:40+01:00,70,recording,Case notes,",
                "2026-10-25,2026-10-25T01:40+01:00,2026-10-25T01:20+00:00,40,recording,Emails,",
                "2026-10-25,2026-10-25T01:20+00:00,2026-10-25T02:30,70,recording,Assessment write-up,") + "\r\n", csv);
    }

    @Test
    void formulaLikeCellsAreExportedWithAnApostrophe() throws IOException {
        List<CSVRecord> rows = parse(export(AWKWARD, true));

        assertEquals("'=SUM(A1:A9)", rows.get(4).get("activity"));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(4).get("note"));
        assertEquals("'+44 call", rows.get(5).get("activity"));
        assertEquals("'-5 minutes", rows.get(6).get("activity"));
        assertEquals("'-", rows.get(6).get("note"));
        assertEquals("'@home", rows.get(7).get("activity"));
        assertEquals("''=already quoted", rows.get(7).get("note"));
        assertEquals("'quoted but harmless", rows.get(8).get("activity"), "an apostrophe alone is left as it is");
    }

    @Test
    void noExportedCellStartsLikeAFormula() throws IOException {
        for (boolean withNotes : new boolean[] {false, true}) {
            for (CSVRecord row : parse(export(AWKWARD, withNotes))) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                            "cell starts like a formula: " + cell);
                }
            }
        }
    }

    @Test
    void notesAreLeftOutUnlessAskedFor() throws IOException {
        List<CSVRecord> without = parse(export(AWKWARD, false));
        List<CSVRecord> with = parse(export(AWKWARD, true));

        assertTrue(without.stream().skip(1).allMatch(row -> row.get("note").isEmpty()));
        assertEquals("Took longer than planned", with.get(1).get("note"));
        assertEquals("Home visit", without.get(1).get("activity"), "the activity is always exported");
    }

    @Test
    void exportStatesDateAndMinutesForPeopleReadingIt() throws IOException {
        List<CSVRecord> rows = parse(export(AWKWARD, false));

        assertEquals(List.of("date", "start", "end", "minutes", "kind", "activity", "note"), rows.get(0).toList());
        assertEquals(List.of("2026-03-02", "2026-03-02T22:00", "2026-03-03T01:30", "210", "recording",
                "Court statement", ""), rows.get(2).toList());
    }

    private static Block block(String from, String to, WorkKind kind, String activity, String note) {
        return Block.create(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
                LocalDateTime.parse(to).atZone(LONDON).toInstant(), LONDON, kind, activity, note);
    }

    private static String export(List<Block> blocks, boolean withNotes) throws IOException {
        StringWriter out = new StringWriter();
        new CsvBlockWriter(out, LONDON, withNotes).writeAll(blocks);
        return out.toString();
    }

    /** Every record including the header row, with cells by header name. */
    private static List<CSVRecord> parse(String csv) throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        String[] header = rows.get(0).values();
        return CSVFormat.DEFAULT.builder().setHeader(header).get().parse(new StringReader(csv)).getRecords();
    }

    private static List<Block> withoutIds(List<Block> blocks) {
        return blocks.stream().map(b -> b.withId(0)).toList();
    }
}
