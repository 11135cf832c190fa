package org.dwdiary.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bad lines of one import file, gathered while it is read, and the refusal that lists them. Only the first
 * {@value #MOST_LINES} bad lines are kept: a file with more is the wrong file (or the wrong format) throughout,
 * and reading on would only make the list longer than anyone reads.
 */
public final class ImportProblems {
    /** Bad lines listed at most; reading stops at this many. */
    public static final int MOST_LINES = 100;

    private final String source;
    private final List<LineProblem> problems = new ArrayList<>();
    private final Set<Integer> lines = new TreeSet<>();
    private int lastLineRead;

    /** @param source how the refusal names the file ("work.csv") */
    public ImportProblems(String source) {
        this.source = source;
    }

    /** Adds a problem; false once {@value #MOST_LINES} lines have problems (then read no further). */
    public boolean add(LineProblem problem) {
        if (lines.size() >= MOST_LINES && !lines.contains(problem.line())) {
            return false;
        }
        problems.add(problem);
        lines.add(problem.line());
        return lines.size() < MOST_LINES;
    }

    /** Notes how far the file was read, so a refusal that stopped early can say where. */
    public void readTo(int line) {
        lastLineRead = Math.max(lastLineRead, line);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** True when {@value #MOST_LINES} lines have problems: the rest of the file is not read. */
    public boolean full() {
        return lines.size() >= MOST_LINES;
    }

    /** The refusal naming every bad line, in line order (and, when reading stopped early, where it stopped). */
    public InputRefusedException refusal() {
        List<LineProblem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        StringBuilder message = new StringBuilder("Nothing was imported from ").append(source).append(": ")
                .append(lines.size() == 1 ? "1 line has a problem" : lines.size() + " lines have problems");
        if (full()) {
            message.append(" in the first ").append(DisplayFormats.number(Math.max(lastLineRead, sorted.get(sorted.size() - 1).line())))
                    .append(" lines; the rest of the file was not read");
        }
        message.append('.');
        for (LineProblem problem : sorted) {
            message.append(System.lineSeparator()).append("  ").append(problem);
        }
        return new InputRefusedException(message.toString());
    }
}
