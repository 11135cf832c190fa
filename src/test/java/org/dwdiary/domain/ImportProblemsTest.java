package org.dwdiary.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportProblemsTest {
    private static final String NL = System.lineSeparator();

    @Test
    void refusalListsEveryBadLineInLineOrder() {
        ImportProblems problems = new ImportProblems("work.csv");
        problems.add(new LineProblem(12, "the kind \"visit\" is not direct, recording, travel or meetings"));
        problems.add(new LineProblem(3, "\"25:00\" is not a time of day"));
        problems.add(new LineProblem(7, "overlaps line 5"));
        problems.add(new LineProblem(3, "the note is too long"));

        assertEquals("Nothing was imported from work.csv: 3 lines have problems." + NL
                + "  line 3: \"25:00\" is not a time of day" + NL
                + "  line 3: the note is too long" + NL
                + "  line 7: overlaps line 5" + NL
                + "  line 12: the kind \"visit\" is not direct, recording, travel or meetings",
                problems.refusal().getMessage());
    }

    @Test
    void refusalOfOneBadLineSaysOneLine() {
        ImportProblems problems = new ImportProblems("work.csv");
        problems.add(new LineProblem(3, "overlaps line 2"));
        problems.add(new LineProblem(3, "overlaps line 1"));

        assertTrue(problems.refusal().getMessage().startsWith("Nothing was imported from work.csv: 1 line has a problem."
                + NL), problems.refusal().getMessage());
    }

    @Test
    void afterAHundredBadLinesReadingStopsAndTheRefusalSaysWhere() {
        ImportProblems problems = new ImportProblems("big.csv");
        for (int line = 2; line <= ImportProblems.MOST_LINES; line++) {
            assertTrue(problems.add(new LineProblem(line, "start is empty")), "keep reading at line " + line);
        }
        problems.readTo(1_000);
        assertFalse(problems.add(new LineProblem(1_001, "start is empty")), "the hundredth bad line stops the reading");
        assertFalse(problems.add(new LineProblem(1_002, "start is empty")), "a line past the hundredth is not kept");

        String message = problems.refusal().getMessage();
        assertTrue(message.startsWith("Nothing was imported from big.csv: 100 lines have problems in the first 1,001 lines;"
                + " the rest of the file was not read." + NL), message);
        assertEquals(101, message.split("\\R").length, "the first line and the hundred bad lines");
        assertFalse(message.contains("line 1002"), message);
    }

    @Test
    void tooManyRowsIsRefusedWithTheReason() {
        assertEquals("Nothing was imported from big.csv: it has more than 200,000 rows, more than any diary needs "
                + "(ten years at ten blocks a day is about 26,000). Check it is the right file, or import it in parts "
                + "of fewer rows.", ImportSource.tooManyRows("big.csv").getMessage());
    }
}
