package org.dwdiary.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.ImportSource;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.WallClock;
import org.dwdiary.domain.WorkKind;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads blocks from CSV. Columns are found by name in the header, in any order: {@code start},
 * {@code end} and {@code kind} are needed, {@code activity} and {@code note} are taken when present,
 * any other column is ignored. Times are ISO local date-times in the diary's zone
 * ({@code 2026-05-11T09:30}) or carry an offset ({@code 2026-10-25T01:30+01:00}).
 * Nothing is refused here silently: every bad line becomes a {@link LineProblem}. Rows are read one at a time
 * ({@link #rows(Path, ZoneId)}), and a row longer than 100,000 characters stops the
 * reading, so no file, however large or broken, is held in memory whole.
 */
public final class CsvBlockReader {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffsetId()
            .toFormatter(Locale.ROOT);

    private CsvBlockReader() {
    }

    /**
     * The rows of a CSV file (UTF-8), read as the import takes them, one at a time: a file of any size is never held
     * in memory whole. A missing file, one that is not UTF-8 text or one that cannot be read is refused naming it.
     */
    public static ImportSource rows(Path file, ZoneId zone) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void read(Rows rows) {
                try {
                    refuseTooManyRows(file, name);
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        readRows(reader, zone, rows);
                    }
                } catch (NoSuchFileException e) {
                    throw new InputRefusedException("there is no file " + file);
                } catch (CharacterCodingException e) {
                    throw notText(file.toString());
                } catch (AccessDeniedException e) {
                    throw new InputRefusedException("cannot read " + file + ": permission denied");
                } catch (IOException e) {
                    throw new InputRefusedException("cannot read " + file + ": " + e.getMessage());
                }
            }
        };
    }

    /**
     * Refuses, before a row goes into the diary, a file with more rows than any diary has: a quick count first, so
     * a 100 MB file is refused in seconds rather than after 200,000 rows have been written and taken back.
     */
    private static void refuseTooManyRows(Path file, String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (CsvRecordLimit.countRecords(reader) - 1 > ImportSource.MOST_ROWS) {
                throw ImportSource.tooManyRows(name);
            }
        } catch (CsvRecordLimit.TooLong tooLong) {
            // the reading proper stops there and names the line
        }
    }

    /** The rows of CSV text already open, read once as the import takes them; {@code source} names it in messages. */
    public static ImportSource rows(Reader in, String source, ZoneId zone) {
        return new ImportSource() {
            @Override
            public String name() {
                return source;
            }

            @Override
            public void read(Rows rows) {
                try {
                    readRows(in, zone, rows);
                } catch (CharacterCodingException e) {
                    throw notText(source);
                } catch (IOException e) {
                    throw new InputRefusedException("cannot read " + source + ": " + e.getMessage());
                }
            }
        };
    }

    /** A whole CSV file read into memory, as {@link #rows(Path, ZoneId)} reads it (for small files). */
    public static ImportBatch read(Path file, ZoneId zone) {
        return ImportBatch.of(rows(file, zone));
    }

    /**
     * CSV text read into memory.
     *
     * @throws CharacterCodingException when the reader meets bytes that are not text in its charset
     */
    public static ImportBatch read(Reader in, String source, ZoneId zone) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        readRows(in, zone, new ImportSource.Rows() {
            @Override
            public boolean row(ImportRow row) {
                return rows.add(row);
            }

            @Override
            public boolean problem(LineProblem problem) {
                return problems.add(problem);
            }
        });
        return new ImportBatch(source, rows, problems);
    }

    private static InputRefusedException notText(String file) {
        return new InputRefusedException(file + " is not UTF-8 text; save it as \"CSV UTF-8\" and try again");
    }

    /** Reads the text, handing each row and each bad line to {@code into} as it comes, until the end or told to stop. */
    private static void readRows(Reader in, ZoneId zone, ImportSource.Rows into) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get()
                .parse(new CsvRecordLimit(in))) {
            Map<String, Integer> columns = null;
            long lastLineRead = 0; // the last line of the last whole record
            boolean any = false;
            try {
                for (CSVRecord record : parser) {
                    any = true;
                    lastLineRead = parser.getCurrentLineNumber();
                    int line = firstLineOf(record, lastLineRead);
                    if (columns == null) {
                        columns = header(record, line, into);
                        if (columns == null) {
                            return;
                        }
                        continue;
                    }
                    if (isBlank(record)) {
                        continue; // spreadsheets often end a file with rows of empty cells
                    }
                    if (!readRow(record, line, columns, zone, into)) {
                        return;
                    }
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException notText) {
                    throw notText; // not UTF-8: the caller says so, rather than blaming a line
                }
                if (e.getCause() instanceof CsvRecordLimit.TooLong tooLong) {
                    into.problem(new LineProblem(tooLong.line, "this row runs on for more than "
                            + DisplayFormats.number(CsvRecordLimit.MOST_CHARACTERS) + " characters (a quote that is "
                            + "never closed, or not a CSV file?); the rest of the file was not read"));
                    return;
                }
                // commons-csv reports a malformed record this way: name the line where the bad record starts
                into.problem(new LineProblem((int) lastLineRead + 1, malformed(e)));
                return;
            }
            if (!any) {
                into.problem(new LineProblem(1, "the file is empty; it needs a header row: start,end,kind,activity,note"));
            }
        }
    }

    /** What is wrong with a record the CSV parser could not read, in the user's words. */
    private static String malformed(UncheckedIOException e) {
        String detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return "a quote opened on this line is never closed, so the rest of the file cannot be read as CSV";
        }
        if (detail.contains("between encapsulated token and delimiter")) {
            return "a quoted cell has more text after its closing quote (write a quote inside a quoted cell as "
                    + "two quotes: \"\"); the rest of the file was not read";
        }
        return "the file is not valid CSV from here; the rest of the file was not read";
    }

    private static Map<String, Integer> header(CSVRecord record, int line, ImportSource.Rows into) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
        }
        List<String> missing = new ArrayList<>();
        for (String needed : List.of("start", "end", "kind")) {
            if (!columns.containsKey(needed)) {
                missing.add(needed);
            }
        }
        if (!missing.isEmpty()) {
            into.problem(new LineProblem(line, "the header has no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column" : " columns")
                    + " (it needs start, end and kind; activity and note are optional)"));
            return null;
        }
        return columns;
    }

    /** Hands the row, or what is wrong with it, to {@code into}; false when {@code into} wants no more. */
    private static boolean readRow(CSVRecord record, int line, Map<String, Integer> columns, ZoneId zone,
                                   ImportSource.Rows into) {
        List<String> reasons = new ArrayList<>();
        Instant start = time(cell(record, columns, "start"), "start", zone, reasons);
        Instant end = time(cell(record, columns, "end"), "end", zone, reasons);
        String kindText = cell(record, columns, "kind");
        WorkKind kind = null;
        if (kindText.isEmpty()) {
            reasons.add("kind is empty (use " + WorkKind.choices() + ")");
        } else {
            kind = WorkKind.fromText(kindText).orElse(null);
            if (kind == null) {
                reasons.add("kind \"" + shown(kindText) + "\" is not one of " + WorkKind.choices());
            }
        }
        if (!reasons.isEmpty()) {
            return into.problem(new LineProblem(line, String.join("; ", reasons)));
        }
        String activity = SpreadsheetSafety.unprotect(cell(record, columns, "activity"));
        String note = SpreadsheetSafety.unprotect(cell(record, columns, "note"));
        Block block;
        try {
            block = Block.create(start, end, zone, kind, activity, note);
        } catch (InputRefusedException e) {
            return into.problem(new LineProblem(line, e.getMessage()));
        }
        return into.row(new ImportRow(line, block));
    }

    private static Instant time(String text, String column, ZoneId zone, List<String> reasons) {
        if (text.isEmpty()) {
            reasons.add(column + " is empty");
            return null;
        }
        try {
            return OffsetDateTime.parse(text, WITH_OFFSET).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return WallClock.instant(LocalDateTime.parse(text, LOCAL), zone);
            } catch (InputRefusedException skipped) {
                reasons.add(column + " " + shown(text) + ": " + skipped.getMessage());
                return null;
            } catch (DateTimeException notLocal) { // not a date and time, or one beyond what java.time can place
                reasons.add(column + " \"" + shown(text) + "\" is not a date and time like 2026-05-11T09:30");
                return null;
            }
        }
    }

    /** A cell as a message quotes it: at most 40 characters, so a huge cell cannot make a huge message. */
    private static String shown(String cell) {
        if (cell.length() <= 40) {
            return cell;
        }
        int cut = Character.isHighSurrogate(cell.charAt(38)) ? 38 : 39; // never half a character
        return cell.substring(0, cut) + "…";
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    /** The record's first physical line: the parser reports its last, and a quoted cell may hold line breaks. */
    private static int firstLineOf(CSVRecord record, long lastLine) {
        int breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '\n') {
                    breaks++;
                }
            }
        }
        return (int) Math.max(1, lastLine - breaks);
    }
}
