package org.dwdiary.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dwdiary.domain.Block;
import org.dwdiary.domain.ImportBatch;
import org.dwdiary.domain.ImportRow;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.LineProblem;
import org.dwdiary.domain.WallClock;
import org.dwdiary.domain.WorkKind;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
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
 * Nothing is refused here silently: every bad line becomes a {@link LineProblem}.
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
     * Reads a CSV file (UTF-8). A missing file, or one that is not UTF-8 text, is refused naming it.
     */
    public static ImportBatch read(java.nio.file.Path file, ZoneId zone) throws IOException {
        try (Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString(), zone);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputRefusedException("there is no file " + file);
        } catch (CharacterCodingException e) {
            throw new InputRefusedException(file + " is not UTF-8 text; save it as \"CSV UTF-8\" and try again");
        }
    }

    public static ImportBatch read(Reader in, String source, ZoneId zone) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(in)) {
            Map<String, Integer> columns = null;
            long lastLineRead = 0; // the last line of the last whole record
            try {
                for (CSVRecord record : parser) {
                    lastLineRead = parser.getCurrentLineNumber();
                    int line = firstLineOf(record, lastLineRead);
                    if (columns == null) {
                        columns = header(record, line, problems);
                        if (columns == null) {
                            break;
                        }
                        continue;
                    }
                    if (isBlank(record)) {
                        continue; // spreadsheets often end a file with rows of empty cells
                    }
                    readRow(record, line, columns, zone, rows, problems);
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException notText) {
                    throw notText; // not UTF-8: the caller says so, rather than blaming a line
                }
                // commons-csv reports a malformed record (an unclosed quote) this way, once it has read
                // on to the end of the file: name the line where the bad record starts.
                problems.add(new LineProblem((int) lastLineRead + 1,
                        "the file is not valid CSV from here (a quote that is never closed?): "
                                + e.getCause().getMessage()));
            }
            if (columns == null && problems.isEmpty()) {
                problems.add(new LineProblem(1, "the file is empty; it needs a header row: start,end,kind,activity,note"));
            }
        }
        return new ImportBatch(source, rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, int line, List<LineProblem> problems) {
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
            problems.add(new LineProblem(line, "the header has no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column" : " columns")
                    + " (it needs start, end and kind; activity and note are optional)"));
            return null;
        }
        return columns;
    }

    private static void readRow(CSVRecord record, int line, Map<String, Integer> columns, ZoneId zone,
                                List<ImportRow> rows, List<LineProblem> problems) {
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
                reasons.add("kind \"" + kindText + "\" is not one of " + WorkKind.choices());
            }
        }
        if (!reasons.isEmpty()) {
            problems.add(new LineProblem(line, String.join("; ", reasons)));
            return;
        }
        String activity = SpreadsheetSafety.unprotect(cell(record, columns, "activity"));
        String note = SpreadsheetSafety.unprotect(cell(record, columns, "note"));
        try {
            rows.add(new ImportRow(line, Block.create(start, end, zone, kind, activity, note)));
        } catch (InputRefusedException e) {
            problems.add(new LineProblem(line, e.getMessage()));
        }
    }

    private static Instant time(String text, String column, ZoneId zone, List<String> reasons) {
        if (text.isEmpty()) {
            reasons.add(column + " is empty");
            return null;
        }
        try {
            return OffsetDateTime.parse(text, WITH_OFFSET).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return WallClock.instant(LocalDateTime.parse(text, LOCAL), zone);
            } catch (InputRefusedException skipped) {
                reasons.add(column + " " + text + ": " + skipped.getMessage());
                return null;
            } catch (DateTimeParseException notLocal) {
                reasons.add(column + " \"" + text + "\" is not a date and time like 2026-05-11T09:30");
                return null;
            }
        }
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
