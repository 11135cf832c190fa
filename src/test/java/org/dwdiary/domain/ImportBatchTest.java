package org.dwdiary.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportBatchTest {
    private static ImportRow row(int line) {
        return new ImportRow(line, London.block(0, WorkKind.DIRECT, "Visit " + line, "2026-03-02T09:0" + line,
                "2026-03-02T09:0" + (line + 1)));
    }

    private static List<String> read(ImportSource source, int stopAfter) {
        List<String> read = new ArrayList<>();
        source.read(new ImportSource.Rows() {
            @Override
            public boolean row(ImportRow row) {
                read.add("row " + row.line());
                return read.size() < stopAfter;
            }

            @Override
            public boolean problem(LineProblem problem) {
                read.add("problem " + problem.line());
                return read.size() < stopAfter;
            }
        });
        return read;
    }

    @Test
    void rowsAndProblemsAreReadInLineOrder() {
        ImportBatch batch = new ImportBatch("work.csv", List.of(row(2), row(4), row(5)),
                List.of(new LineProblem(6, "b"), new LineProblem(3, "a"), new LineProblem(1, "header")));

        assertEquals(List.of("problem 1", "row 2", "problem 3", "row 4", "row 5", "problem 6"), read(batch, 99));
    }

    @Test
    void readingStopsWhenTheImportSaysSo() {
        ImportBatch batch = new ImportBatch("work.csv", List.of(row(2), row(4), row(5)), List.of(new LineProblem(3, "a")));

        assertEquals(List.of("row 2", "problem 3"), read(batch, 2));
    }

    @Test
    void batchReadFromASourceHoldsWhatItRead() {
        ImportBatch batch = new ImportBatch("work.csv", List.of(row(2), row(3)), List.of(new LineProblem(4, "bad")));

        ImportBatch copy = ImportBatch.of(batch);

        assertEquals(batch, copy);
        assertEquals("work.csv", copy.name());
    }
}
