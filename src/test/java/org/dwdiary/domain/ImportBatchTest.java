package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportBatchTest {
    private static final String DAY = "2026-03-02T";

    /** "09:00-10:00 10:00-11:00": rows on lines 2, 3… (line 1 is the header) on Monday 2 March 2026. */
    private static ImportBatch batch(String spans) {
        List<ImportRow> rows = new ArrayList<>();
        for (String span : spans.trim().split("\\s+")) {
            String[] times = span.split("-");
            rows.add(new ImportRow(rows.size() + 2, London.block(0, WorkKind.DIRECT, "Visit " + (rows.size() + 2),
                    DAY + times[0], DAY + times[1])));
        }
        return new ImportBatch("work.csv", rows, List.of());
    }

    private static String problems(ImportBatch batch) {
        return batch.problems().stream().sorted()
                .map(p -> p.line() + ">" + p.reason().replaceAll("^overlaps line (\\d+).*", "$1"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "rows {0}: overlaps {1}")
    @CsvSource({
            // touching blocks do not overlap
            "09:00-10:00 10:00-11:00,               ''",
            "10:00-11:00 09:00-10:00,               ''",
            "09:00-10:00 11:00-12:00 10:00-11:00,   ''",
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
            // the same times twice
            "09:00-10:00 09:00-10:00,               3>2",
    })
    void overlappingRowsOfOneFileAreReportedByLine(String spans, String expected) {
        assertEquals(expected, problems(batch(spans).withOverlapsBetweenRows()));
    }

    @Test
    void overlapMessageNamesBothLinesAndTheEarlierBlock() {
        ImportBatch checked = batch("09:30-10:30 09:00-10:00").withOverlapsBetweenRows();

        assertEquals(1, checked.problems().size());
        assertEquals("line 3: overlaps line 2 (\"Visit 2\", Mon 2 Mar 2026 09:30–10:30)",
                checked.problems().get(0).toString());
    }

    @Test
    void problemsFoundEarlierAreKept() {
        ImportBatch batch = batch("09:00-10:00 09:30-10:30")
                .withProblems(List.of(new LineProblem(7, "\"soon\" is not a time of day")));

        ImportBatch checked = batch.withOverlapsBetweenRows();

        assertEquals(2, checked.problems().size());
        assertEquals(batch.rows(), checked.rows());
        assertTrue(checked.hasProblems());
    }

    @Test
    void batchWithoutOverlapsHasNoProblems() {
        assertFalse(batch("09:00-10:00 10:00-11:00").withOverlapsBetweenRows().hasProblems());
    }

    @Test
    void refusalListsEveryBadLineInLineOrder() {
        ImportBatch batch = new ImportBatch("work.csv", List.of(), List.of(
                new LineProblem(12, "the kind \"visit\" is not direct, recording, travel or meetings"),
                new LineProblem(3, "\"25:00\" is not a time of day"),
                new LineProblem(7, "overlaps line 5"),
                new LineProblem(3, "the note is too long")));

        String message = batch.refusal().getMessage();

        String nl = System.lineSeparator();
        assertEquals("Nothing was imported from work.csv: 3 lines have problems." + nl
                + "  line 3: \"25:00\" is not a time of day" + nl
                + "  line 3: the note is too long" + nl
                + "  line 7: overlaps line 5" + nl
                + "  line 12: the kind \"visit\" is not direct, recording, travel or meetings", message);
    }

    @Test
    void refusalOfOneBadLineSaysOneLine() {
        ImportBatch batch = batch("09:00-10:00 09:30-10:30").withOverlapsBetweenRows();

        assertTrue(batch.refusal().getMessage().startsWith("Nothing was imported from work.csv: 1 line has a problem."),
                batch.refusal().getMessage());
    }
}
