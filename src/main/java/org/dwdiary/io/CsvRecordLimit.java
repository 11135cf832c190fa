package org.dwdiary.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes a CSV file's text through, refusing a record (a row, with the line breaks inside its quoted cells) longer
 * than {@value #MOST_CHARACTERS} characters. The CSV parser builds each record in memory, so a quote that is never
 * closed in a large file, or a file that is not CSV at all, would otherwise be read whole into one cell. It follows
 * the quoting as the parser does (a quote opens a cell only at the cell's start; two quotes in a quoted cell are
 * one) and counts lines as the parser does (CRLF, LF and CR each end one).
 */
final class CsvRecordLimit extends FilterReader {
    /** A diary row is well under a thousand characters; other programs' exports add some columns. */
    static final int MOST_CHARACTERS = 100_000;

    /** A record too long to be a row, and the line it starts on. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;

        TooLong(int line) {
            super("the row starting on line " + line + " is longer than " + MOST_CHARACTERS + " characters");
            this.line = line;
        }
    }

    private enum State { CELL_START, PLAIN, QUOTED, QUOTE_IN_QUOTED }

    private State state = State.CELL_START;
    private int line = 1;
    private int recordLine = 1;
    private int length;
    private boolean afterCr;
    private boolean recordHasText;
    private long records;

    CsvRecordLimit(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = 0; i < read; i++) {
            see(buffer[offset + i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void endRecord() {
        if (recordHasText) {
            records++;
        }
        recordHasText = false;
        length = 0;
        recordLine = line;
    }

    /**
     * Reads {@code in} to its end and returns how many records in it have text (the header included; records of
     * empty cells left out): a quick count, with no cell kept, before a file is imported.
     *
     * @throws TooLong for a record longer than {@value #MOST_CHARACTERS} characters
     */
    static long countRecords(Reader in) throws IOException {
        CsvRecordLimit counting = new CsvRecordLimit(in);
        char[] buffer = new char[8192];
        while (counting.read(buffer, 0, buffer.length) >= 0) {
            // counted as read
        }
        counting.endRecord(); // a last record without a line break
        return counting.records;
    }

    private void see(char c) throws TooLong {
        boolean lineBreak = c == '\r' || (c == '\n' && !afterCr);
        afterCr = c == '\r';
        if (lineBreak) {
            line++;
        }
        boolean endsRecord = false;
        switch (state) {
            case CELL_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == '\r' || c == '\n') {
                    endsRecord = true;
                } else if (c != ',') {
                    state = State.PLAIN;
                }
            }
            case PLAIN -> {
                if (c == ',') {
                    state = State.CELL_START;
                } else if (c == '\r' || c == '\n') {
                    state = State.CELL_START;
                    endsRecord = true;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == ',') {
                    state = State.CELL_START;
                } else if (c == '\r' || c == '\n') {
                    state = State.CELL_START;
                    endsRecord = true;
                } else {
                    state = State.PLAIN; // the parser refuses this; the count goes on as for a plain cell
                }
            }
        }
        if (endsRecord) {
            endRecord();
        } else {
            recordHasText |= c != ',' && c != '"' && !Character.isWhitespace(c);
            if (++length > MOST_CHARACTERS) {
                throw new TooLong(recordLine);
            }
        }
    }
}
