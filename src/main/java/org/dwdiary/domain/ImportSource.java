package org.dwdiary.domain;

/**
 * The rows of one import file, read one at a time and handed straight to the import, so that a file of any size
 * goes into the diary without ever being held in memory whole. The diary takes all of them or none.
 */
public interface ImportSource {
    /**
     * The most rows one file may have. A ten-year diary at ten blocks a day has about 26,000; a file with more is
     * not a diary export, and importing it would take minutes and make a diary too big to use.
     */
    int MOST_ROWS = 200_000;

    /** The refusal of a file with more than {@link #MOST_ROWS} rows. */
    static InputRefusedException tooManyRows(String source) {
        return new InputRefusedException("Nothing was imported from " + source + ": it has more than "
                + DisplayFormats.number(MOST_ROWS) + " rows, more than any diary needs (ten years at ten blocks a day "
                + "is about 26,000). Check it is the right file, or import it in parts of fewer rows.");
    }

    /** How messages name the file ("work.csv"). */
    String name();

    /**
     * Reads the file from its start, handing each row that makes a block, and each line that cannot be read, to
     * {@code rows} in line order; stops early when {@code rows} says so.
     *
     * @throws InputRefusedException when the file as a whole cannot be read (missing, not text), naming it
     */
    void read(Rows rows);

    /** Where the rows of a file go as they are read. */
    interface Rows {
        /** A row that makes a block; false to read no further. */
        boolean row(ImportRow row);

        /** A line that cannot be taken; false to read no further. */
        boolean problem(LineProblem problem);
    }
}
