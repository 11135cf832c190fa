package org.dwdiary.io;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportSource;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.store.Diary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading blocks from CSV files people made themselves, and telling them exactly which lines are wrong. */
class CsvBlockReaderTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), LONDON);

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() throws IOException {
        ImportBatch batch = read("""
                Kind,NOTE,Room,End,Activity,Start
                direct,Went well,B12,2026-03-02T10:30,Home visit,2026-03-02T09:00
                """);

        assertEquals(List.of(), batch.problems());
        assertEquals(List.of(new ImportRow(2,
                        block("2026-03-02T09:00", "2026-03-02T10:30", WorkKind.DIRECT, "Home visit", "Went well"))),
                batch.rows());
    }

    @Test
    void rowsOfEmptyCellsThatSpreadsheetsAddAreSkipped() throws IOException {
        ImportBatch batch = read("start,end,kind,activity\n2026-03-02T09:00,2026-03-02T10:00,travel,\n,,,\n , ,,\n");

        assertEquals(List.of(), batch.problems());
        assertEquals(1, batch.rows().size());
    }

    @Test
    void onlyStartEndAndKindAreNeeded() throws IOException {
        ImportBatch batch = read("start,end,kind\n2026-03-02T09:00,2026-03-02T10:00,travel\n");

        assertEquals(List.of(new ImportRow(2, block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.TRAVEL, null, null))),
                batch.rows());
    }

    @Test
    void byteOrderMarkFromSpreadsheetsIsTolerated() throws IOException {
        ImportBatch batch = read("\uFEFFstart,end,kind\r\n2026-03-02T09:00,2026-03-02T10:00,direct\r\n");

        assertEquals(List.of(), batch.problems());
        assertEquals(1, batch.rows().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "DIRECT", "Direct work", "direct WORK", " direct "})
    void kindMayBeItsCodeOrItsDisplayName(String kind) throws IOException {
        ImportBatch batch = read("start,end,kind\n2026-03-02T09:00,2026-03-02T10:00," + kind + "\n");

        assertEquals(List.of(), batch.problems());
        assertEquals(WorkKind.DIRECT, batch.rows().get(0).block().kind());
    }

    @Test
    void timeWithASpaceOrAnOffsetIsRead() throws IOException {
        ImportBatch batch = read("""
                start,end,kind
                2026-03-02 09:00,2026-03-02 10:00,direct
                2026-10-25T01:30+01:00,2026-10-25T01:30+00:00,recording
                """);

        assertEquals(List.of(), batch.problems());
        assertEquals(at("2026-03-02T09:00"), batch.rows().get(0).block().start());
        assertEquals(60, batch.rows().get(1).block().minutes(), "01:30 BST to 01:30 GMT is an hour");
    }

    @Test
    void ambiguousTimeWithoutOffsetMeansItsFirstOccurrence() throws IOException {
        ImportBatch batch = read("start,end,kind\n2026-10-25T01:30,2026-10-25T03:00,recording\n");

        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), batch.rows().get(0).block().start());
    }

    @Test
    void extraCellsAndQuotedLineBreaksKeepLineNumbersRight() throws IOException {
        ImportBatch batch = read("""
                start,end,kind,note

                2026-03-02T09:00,2026-03-02T10:00,direct,"two
                lines"
                2026-03-02T10:00,2026-03-02T11:00,lunch,
                2026-03-02T11:00,2026-03-02T12:00,recording,,surplus""");

        assertEquals(List.of(new LineProblem(5,
                "kind \"lunch\" is not one of direct, recording, travel or meetings")), batch.problems());
        assertEquals(List.of(3, 6), batch.rows().stream().map(ImportRow::line).toList());
        assertEquals("two\nlines", batch.rows().get(0).block().note());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() throws IOException {
        ImportBatch batch = read("""
                start,end,kind,activity
                2026-03-02T09:00,2026-03-02T10:00,direct,Home visit
                yesterday,2026-03-02T11:00,direct,Home visit
                2026-03-02T12:00,2026-03-02T11:00,recording,Case notes
                2026-03-02T13:00,2026-03-02T14:00,lunch,Lunch
                ,,,Case notes
                2026-03-29T01:30,2026-03-29T03:00,recording,Case notes
                2026-03-02T14:00,2026-03-02T14:00,recording,Emails
                2026-03-02T15:00,2026-03-03T15:01,recording,Emails
                2026-03-02T16:00,2026-03-02T17:00,meetings,Team meeting
                """);

        List<LineProblem> problems = batch.problems();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), problems.stream().map(LineProblem::line).toList());
        assertEquals("start \"yesterday\" is not a date and time like 2026-05-11T09:30", problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("ends before it starts"), problems.get(1).reason());
        assertEquals("kind \"lunch\" is not one of direct, recording, travel or meetings", problems.get(2).reason());
        assertEquals("start is empty; end is empty; kind is empty (use direct, recording, travel or meetings)",
                problems.get(3).reason());
        assertTrue(problems.get(4).reason().contains("does not exist in Europe/London"), problems.get(4).reason());
        assertTrue(problems.get(5).reason().contains("no length"), problems.get(5).reason());
        assertTrue(problems.get(6).reason().contains("at most 24 hours"), problems.get(6).reason());
        assertEquals(List.of(2, 10), batch.rows().stream().map(ImportRow::line).toList());
    }

    @Test
    void allBadLinesAreListedInOneRefusal(@TempDir Path dir) throws IOException {
        ImportBatch batch = read("""
                start,end,kind,activity
                2026-03-02T09:30,2026-03-02T10:00,direct,Home visit
                2026-03-02T11:00,2026-03-02T12:00,travel,Drive
                2026-03-02T11:30,2026-03-02T12:30,recording,Case notes
                2026-03-02T13:00,2026-03-02T14:00,lunch,Lunch
                2026-03-29T01:30,2026-03-29T03:00,recording,Case notes
                """);
        try (Diary diary = Diary.open(dir, CLOCK)) {
            Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Visit", null),
                    RecordedVia.GUI);

            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> diary.importBatch(batch, RecordedVia.IMPORT));

            String message = refused.getMessage();
            assertTrue(message.startsWith("Nothing was imported from work.csv: 4 lines have problems."), message);
            assertLinesInOrder(message,
                    "line 2: overlaps \"Visit\", Mon 2 Mar 2026 09:00–10:00, already in the diary",
                    "line 4: overlaps line 3 (\"Drive\", Mon 2 Mar 2026 11:00–12:00)",
                    "line 5: kind \"lunch\"",
                    "line 6: start 2026-03-29T01:30: 01:30 on Sun 29 Mar 2026 does not exist in Europe/London");
            assertEquals(List.of(visit), diary.all());
        }
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderLine() throws IOException {
        ImportBatch batch = read("start,finish,type,activity\n2026-03-02T09:00,2026-03-02T10:00,direct,Visit\n");

        assertEquals(List.of(new LineProblem(1, "the header has no end, kind columns"
                + " (it needs start, end and kind; activity and note are optional)")), batch.problems());
        assertEquals(List.of(), batch.rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "\uFEFF"})
    void emptyFileIsRefused(String content) throws IOException {
        ImportBatch batch = read(content);

        assertEquals(1, batch.problems().size());
        assertEquals(1, batch.problems().get(0).line());
        assertTrue(batch.hasProblems());
        assertEquals(List.of(), batch.rows());
    }

    @Test
    void headerWithoutRowsImportsNothingWithoutComplaint() throws IOException {
        ImportBatch batch = read("start,end,kind\n");

        assertEquals(List.of(), batch.problems());
        assertEquals(List.of(), batch.rows());
    }

    @Test
    void unclosedQuoteIsReportedAndStopsTheImport() throws IOException {
        ImportBatch batch = read("""
                start,end,kind,activity
                2026-03-02T09:00,2026-03-02T10:00,direct,Home visit
                2026-03-02T10:00,2026-03-02T11:00,recording,"Case notes
                2026-03-02T11:00,2026-03-02T12:00,travel,Drive
                """);

        assertEquals(1, batch.problems().size(), "the rest of the file is inside the quote");
        LineProblem problem = batch.problems().get(0);
        assertEquals(3, problem.line(), "the line where the quote opens: " + problem);
        assertEquals("a quote opened on this line is never closed, so the rest of the file cannot be read as CSV",
                problem.reason());
    }

    @Test
    void unclosedQuoteIsReportedBesideTheBadLinesBeforeIt() throws IOException {
        ImportBatch batch = read("start,end,kind\nbad,2026-03-02T10:00,direct\n2026-03-02T10:00,2026-03-02T11:00,\"recording\n");

        assertEquals(List.of(2, 3), batch.problems().stream().map(LineProblem::line).toList());
    }

    @Test
    void textThatIsNotUtf8IsRefusedAsSuch() {
        byte[] latin1 = "start,end,kind,activity\n2026-03-02T09:00,2026-03-02T10:00,direct,R\u00e9union\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Reader strictUtf8 = new InputStreamReader(new ByteArrayInputStream(latin1), StandardCharsets.UTF_8.newDecoder());

        assertThrows(CharacterCodingException.class, () -> CsvBlockReader.read(strictUtf8, "work.csv", LONDON));
    }

    @Test
    void apostropheAddedByOurExportIsTakenOff() throws IOException {
        ImportBatch batch = read("""
                start,end,kind,activity,note
                2026-03-02T09:00,2026-03-02T10:00,direct,'=SUM(A1),'-5
                2026-03-02T10:00,2026-03-02T11:00,direct,'Tis the season,''@x
                """);

        assertEquals("=SUM(A1)", batch.rows().get(0).block().activity());
        assertEquals("-5", batch.rows().get(0).block().note());
        assertEquals("'Tis the season", batch.rows().get(1).block().activity());
        assertEquals("'@x", batch.rows().get(1).block().note());
    }

    // found by CsvImportFuzzTest: this start threw DateTimeException instead of naming the line
    @Test
    void timeAtTheEdgeOfTheCalendarIsALineProblem() throws IOException {
        ImportBatch batch = read("start,end,kind\n-999999999-01-01T00:00,-999999999-01-01T01:00,direct\n"
                + "1850-03-02T09:00,1850-03-02T10:00,direct\n");

        assertEquals(List.of(2, 3), batch.problems().stream().map(LineProblem::line).toList());
        assertTrue(batch.problems().get(1).reason().endsWith("outside the years a diary keeps (1900 to 2199)"),
                batch.problems().get(1).reason());
        assertEquals(List.of(), batch.rows());
    }

    @Test
    void textAfterAClosingQuoteIsNamedInPlainWords() throws IOException {
        ImportBatch batch = read("start,end,kind,activity\n2026-03-02T09:00,2026-03-02T10:00,direct,\"Home\" visit\n");

        assertEquals(List.of(new LineProblem(2, "a quoted cell has more text after its closing quote (write a quote "
                + "inside a quoted cell as two quotes: \"\"); the rest of the file was not read")), batch.problems());
    }

    @Test
    void rowLongerThanAHundredThousandCharactersStopsTheReadingAtItsLine() throws IOException {
        String csv = "start,end,kind,note\n2026-03-02T09:00,2026-03-02T10:00,direct,fine\n"
                + "2026-03-02T10:00,2026-03-02T11:00,direct,\"" + "never closed\n".repeat(20_000)
                + "2026-03-02T12:00,2026-03-02T13:00,direct,after\n";

        ImportBatch batch = read(csv);

        assertEquals(1, batch.rows().size(), "the good row before it is read");
        assertEquals(List.of(new LineProblem(3, "this row runs on for more than 100,000 characters (a quote that is "
                + "never closed, or not a CSV file?); the rest of the file was not read")), batch.problems());
    }

    @Test
    void hugeCellIsCutInTheMessage() throws IOException {
        ImportBatch batch = read("start,end,kind\n2026-03-02T09:00,2026-03-02T10:00," + "visit".repeat(10_000) + "\n");

        String reason = batch.problems().get(0).reason();
        assertEquals("kind \"" + "visit".repeat(8).substring(0, 39) + "…\" is not one of direct, recording, travel or meetings",
                reason);
    }

    @Test
    void fileWithMoreRowsThanADiaryHasIsRefusedBeforeAnyRowIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("big.csv");
        java.nio.file.Files.writeString(file, "start,end,kind\n" + "x,,\n".repeat(ImportSource.MOST_ROWS) + "\n,,\n ,\"\",\n");
        java.nio.file.Path tooBig = dir.resolve("too big.csv");
        java.nio.file.Files.writeString(tooBig, "start,end,kind\n" + "x,,\n".repeat(ImportSource.MOST_ROWS + 1));
        List<String> seen = new java.util.ArrayList<>();
        ImportSource.Rows counting = new ImportSource.Rows() {
            @Override
            public boolean row(org.dwdiary.domain.ImportRow row) {
                return seen.add("row");
            }

            @Override
            public boolean problem(LineProblem problem) {
                return seen.add("problem") && seen.size() < 3;
            }
        };

        CsvBlockReader.rows(file, LONDON).read(counting);
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> CsvBlockReader.rows(tooBig, LONDON).read(counting));

        assertEquals(3, seen.size(), "blank rows are not counted; the first file's rows are read");
        assertEquals(ImportSource.tooManyRows("too big.csv").getMessage(), refused.getMessage());
    }

    private static void assertLinesInOrder(String message, String... expected) {
        String[] lines = message.split("\\R");
        assertEquals(expected.length + 1, lines.length, message);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(lines[i + 1].strip().startsWith(expected[i]), "expected " + expected[i] + " in:\n" + message);
        }
    }

    private static ImportBatch read(String csv) throws IOException {
        return CsvBlockReader.read(new StringReader(csv), "work.csv", LONDON);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static Block block(String from, String to, WorkKind kind, String activity, String note) {
        return Block.create(at(from), at(to), LONDON, kind, activity, note);
    }
}
