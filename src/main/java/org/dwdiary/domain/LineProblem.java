package org.dwdiary.domain;

/** Why line {@code line} of an import file cannot be taken. */
public record LineProblem(int line, String reason) implements Comparable<LineProblem> {
    @Override
    public int compareTo(LineProblem other) {
        return Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
