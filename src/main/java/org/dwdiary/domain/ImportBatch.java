package org.dwdiary.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole import file held in memory: its good rows and its bad lines. Fine for a small file or rows made in
 * code (the sample diary); a file from disk is read as an {@link ImportSource} instead, row by row.
 *
 * @param source how messages name the file ("work.csv")
 */
public record ImportBatch(String source, List<ImportRow> rows, List<LineProblem> problems) implements ImportSource {
    public ImportBatch {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Reads everything in {@code from} into memory. */
    public static ImportBatch of(ImportSource from) {
        List<ImportRow> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        from.read(new Rows() {
            @Override
            public boolean row(ImportRow row) {
                return rows.add(row);
            }

            @Override
            public boolean problem(LineProblem problem) {
                return problems.add(problem);
            }
        });
        return new ImportBatch(from.name(), rows, problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    @Override
    public String name() {
        return source;
    }

    /** The rows and problems in line order (a row before a problem on the same line). */
    @Override
    public void read(Rows into) {
        int problem = 0;
        List<LineProblem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        for (ImportRow row : rows) {
            while (problem < sorted.size() && sorted.get(problem).line() < row.line()) {
                if (!into.problem(sorted.get(problem++))) {
                    return;
                }
            }
            if (!into.row(row)) {
                return;
            }
        }
        while (problem < sorted.size()) {
            if (!into.problem(sorted.get(problem++))) {
                return;
            }
        }
    }
}
