package org.dwdiary.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything read from one import file: the good rows and the problems found so far. An import is all
 * or nothing, so a batch with any problem is refused as a whole, listing every bad line.
 *
 * @param source how messages name the file ("work.csv")
 */
public record ImportBatch(String source, List<ImportRow> rows, List<LineProblem> problems) {
    public ImportBatch {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** This batch with a problem added for every row that overlaps an earlier row of the same file. */
    public ImportBatch withOverlapsBetweenRows() {
        List<ImportRow> byStart = new ArrayList<>(rows);
        byStart.sort(Comparator.comparing((ImportRow row) -> row.block().start()).thenComparingInt(ImportRow::line));
        List<LineProblem> found = new ArrayList<>(problems);
        ImportRow reaching = null; // the row so far whose end reaches furthest
        for (ImportRow row : byStart) {
            if (reaching != null && reaching.block().overlaps(row.block())) {
                ImportRow first = reaching.line() < row.line() ? reaching : row;
                ImportRow second = first == reaching ? row : reaching;
                found.add(new LineProblem(second.line(), "overlaps line " + first.line() + " ("
                        + first.block().describe(first.block().zone()) + ")"));
            }
            if (reaching == null || row.block().end().isAfter(reaching.block().end())) {
                reaching = row;
            }
        }
        return new ImportBatch(source, rows, found);
    }

    public ImportBatch withProblems(List<LineProblem> more) {
        List<LineProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ImportBatch(source, rows, all);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The refusal naming every bad line, in line order. */
    public InputRefusedException refusal() {
        List<LineProblem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        StringBuilder message = new StringBuilder("Nothing was imported from ").append(source).append(": ")
                .append(countLines(sorted)).append('.');
        for (LineProblem problem : sorted) {
            message.append(System.lineSeparator()).append("  ").append(problem);
        }
        return new InputRefusedException(message.toString());
    }

    private static String countLines(List<LineProblem> sorted) {
        long lines = sorted.stream().mapToInt(LineProblem::line).distinct().count();
        return lines == 1 ? "1 line has a problem" : lines + " lines have problems";
    }
}
