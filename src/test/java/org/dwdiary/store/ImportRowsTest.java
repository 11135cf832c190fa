package org.dwdiary.store;

import org.dwdiary.domain.Block;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.ImportSource;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.RecordedVia;
import org.dwdiary.domain.WorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.dwdiary.store.TestDiaries.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows go into the diary as they are read, all of them or none; their overlaps and problems are named by line. */
class ImportRowsTest {
    @TempDir
    Path folder;
    private Diary diary;

    @BeforeEach
    void open() {
        diary = Diary.open(folder.resolve("diary"), TestDiaries.CLOCK);
    }

    @AfterEach
    void close() {
        diary.close();
    }

    /** "09:00-10:00 10:00-11:00": rows on lines 2, 3… (line 1 is the header) on Monday 2 March 2026. */
    private static ImportBatch rows(String spans) {
        List<ImportRow> rows = new ArrayList<>();
        for (String span : spans.trim().split("\\s+")) {
            String[] times = span.split("-");
            rows.add(new ImportRow(rows.size() + 2, block("2026-03-02T" + times[0], "2026-03-02T" + times[1],
                    WorkKind.DIRECT, "Visit " + (rows.size() + 2))));
        }
        return new ImportBatch("work.csv", rows, List.of());
    }

    /** "3>2 4>2": the line of each problem and the line it names. */
    private static String overlaps(InputRefusedException refused) {
        return Arrays.stream(refused.getMessage().split("\\R")).skip(1).map(String::strip)
                .map(line -> line.replaceAll("^line (\\d+): overlaps line (\\d+).*", "$1>$2"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "rows {0}: overlaps {1}")
    @CsvSource({
            // a clash is reported on the later line, naming the earlier one
            "09:00-10:00 09:30-10:30,               3>2",
            // rows out of order: still the later line that is reported
            "09:30-10:30 09:00-10:00,               3>2",
            "11:00-12:00 08:00-09:00 11:30-12:30,   4>2",
            "11:30-12:30 08:00-09:00 11:00-12:00,   4>2",
            // one long row overlapped by two others
            "09:00-12:00 09:30-10:00 10:30-11:00,   3>2 4>2",
            // a chain: each row overlaps the one before it
            "09:00-10:00 09:30-11:00 10:30-12:00,   3>2 4>3",
            // a row across two earlier ones names both
            "09:00-10:00 10:00-11:00 09:30-10:30,   4>2 4>3",
            // the same times twice
            "09:00-10:00 09:00-10:00,               3>2",
    })
    void overlappingRowsOfOneFileAreRefusedByLine(String spans, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importRows(rows(spans), RecordedVia.IMPORT));

        assertEquals(expected, overlaps(refused));
        assertEquals(0, diary.count(), "nothing was imported");
    }

    @ParameterizedTest(name = "rows {0} are imported")
    @CsvSource({"09:00-10:00 10:00-11:00", "10:00-11:00 09:00-10:00", "09:00-10:00 11:00-12:00 10:00-11:00"})
    void touchingRowsDoNotOverlap(String spans) {
        assertEquals(spans.split(" ").length, diary.importRows(rows(spans), RecordedVia.IMPORT));
    }

    @Test
    void overlapMessageNamesBothLinesAndTheEarlierBlock() {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importRows(rows("09:30-10:30 09:00-10:00"), RecordedVia.IMPORT));

        assertEquals("Nothing was imported from work.csv: 1 line has a problem." + System.lineSeparator()
                + "  line 3: overlaps line 2 (\"Visit 2\", Mon 2 Mar 2026 09:30–10:30)", refused.getMessage());
    }

    @Test
    void rowOverlappingABlockAlreadyThereNamesIt() {
        Block visit = diary.add(block("2026-03-02T09:00", "2026-03-02T10:00", WorkKind.DIRECT, "Home visit"), RecordedVia.GUI);
        String before = org.dwdiary.fuzz.DiaryDump.of(diary.file());

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importRows(rows("08:00-09:00 09:45-10:15"), RecordedVia.IMPORT));

        assertTrue(refused.getMessage().endsWith("line 3: overlaps \"Home visit\", Mon 2 Mar 2026 09:00–10:00, already "
                + "in the diary"), refused.getMessage());
        assertEquals(List.of(visit), diary.all());
        assertEquals(before, org.dwdiary.fuzz.DiaryDump.of(diary.file()), "the rows read before the clash are taken back");
    }

    /** A source of {@code count} rows an hour apart, made as they are read, that counts what it was asked for. */
    private static final class Counted implements ImportSource {
        final int count;
        final boolean bad;
        int read;

        Counted(int count, boolean bad) {
            this.count = count;
            this.bad = bad;
        }

        @Override
        public String name() {
            return "many.csv";
        }

        @Override
        public void read(Rows rows) {
            for (int i = 0; i < count; i++) {
                read++;
                java.time.Instant start = TestDiaries.at("2026-03-02T00:00").plusSeconds(3_600L * i);
                boolean more = bad ? rows.problem(new LineProblem(i + 2, "start is empty"))
                        : rows.row(new ImportRow(i + 2, Block.create(start, start.plusSeconds(1_800), TestDiaries.LONDON,
                        WorkKind.RECORDING, "Notes", null)));
                if (!more) {
                    return;
                }
            }
        }
    }

    @Test
    void fileWithMoreRowsThanADiaryHasIsRefusedAtTheFirstRowTooManyWithNothingWritten() {
        Counted source = new Counted(50, false);

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importRows(source, RecordedVia.IMPORT, 20));

        assertEquals(21, source.read, "reading stops at the first row too many");
        assertTrue(refused.getMessage().startsWith("Nothing was imported from many.csv: it has more than "), refused.getMessage());
        assertEquals(0, diary.count());
        assertEquals(List.of(), diary.activities(), "no activity is remembered from a refused file");
        assertTrue(diary.verify().intact());
        assertEquals(20, diary.importRows(new Counted(20, false), RecordedVia.IMPORT, 20), "as many as allowed is fine");
    }

    @Test
    void readingStopsAtTheHundredthBadLine() {
        Counted source = new Counted(5_000, true);

        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> diary.importRows(source, RecordedVia.IMPORT));

        assertEquals(100, source.read);
        assertTrue(refused.getMessage().startsWith("Nothing was imported from many.csv: 100 lines have problems in the "
                + "first 101 lines; the rest of the file was not read."), refused.getMessage());
    }
}
