package org.dwdiary.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.JSON;
import org.dwdiary.domain.InputRefusedException;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member file as a representative receives it ({@link MemberExport} describes the format), read and
 * checked: its size, UTF-8, JSON, format, checksum, and every field's presence, type and range, with the
 * figures agreeing with each other. Anything wrong refuses the whole file, naming it and the problem.
 *
 * @param name the file's name, used in every message about it
 */
public record MemberFile(Path path, String name, MemberExport export) {
    /** A year of weeks is about 20 KB; anything this big is not a member file. */
    public static final long MOST_BYTES = 4L * 1024 * 1024;
    /** Fifty years of weeks. */
    static final int MOST_WEEKS = 2610;
    /** A week has at most 7 × 24 hours, and one more when the clocks go back. */
    static final long WEEK_MINUTES = 7 * 24 * 60 + 60;
    private static final int MOST_BREACHES_A_WEEK = 1000;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern RULE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern CHECKSUM = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Set<String> TOP = Set.of("format", "memberId", "from", "to", "unpaidMinutes", "weeks", "checksum");
    private static final Set<String> KIND_CODES = java.util.Arrays.stream(WorkKind.values()).map(WorkKind::code)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> WEEK = Set.of("week", "minutes", "worked", "contracted", "overtime", "outsideHours",
            "directShare", "breaches");
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JSON READER = JSON.builder(FACTORY)
            .enable(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS, JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS, JSON.Feature.PRESERVE_FIELD_ORDERING)
            .build();

    public String memberId() {
        return export.memberId();
    }

    /** Reads and checks the file; refused (naming it) if it is not a sound member file. */
    public static MemberFile read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw refused(name, "it is a folder, not a member file");
            }
            if (Files.size(path) > MOST_BYTES) {
                throw refused(name, "it is " + Files.size(path) / (1024 * 1024) + " MB; a member file is far smaller (at most 4 MB)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MOST_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw refused(name, "there is no such file");
        } catch (IOException e) {
            throw refused(name, "it cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > MOST_BYTES) {
            throw refused(name, "it is over 4 MB; a member file is far smaller");
        }
        return new MemberFile(path, name, parse(name, bytes));
    }

    /** One file as read: its figures, or the refusal naming it and why. */
    public record Outcome(Path path, MemberFile file, String refusal) {
    }

    /** Reads and checks many files, on every core (files are independent), in the order given. */
    public static List<Outcome> readAll(List<Path> paths) {
        return paths.parallelStream().map(path -> {
            try {
                return new Outcome(path, read(path), null);
            } catch (InputRefusedException e) {
                return new Outcome(path, null, e.getMessage());
            }
        }).toList();
    }

    /** Checks a member file's bytes; {@code name} is used in the messages. */
    public static MemberExport parse(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(name, "it is not UTF-8 text, so not a member file");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Object> json = object(name, text);
        Object format = json.get("format");
        if (!MemberExport.FORMAT.equals(format)) {
            if (format instanceof String other && other.startsWith("dwdiary-member/")) {
                throw refused(name, "it is in the format " + other + ", which this version cannot read (it reads "
                        + MemberExport.FORMAT + ")");
            }
            throw refused(name, "it is not a member file (no \"format\": \"" + MemberExport.FORMAT + "\")");
        }
        Object checksum = json.get("checksum");
        if (!(checksum instanceof String stated) || !CHECKSUM.matcher(stated).matches()) {
            throw refused(name, "it has no checksum (\"checksum\": \"sha256:…\"), so an edit cannot be ruled out");
        }
        Map<String, Object> body = new LinkedHashMap<>(json);
        body.remove("checksum");
        if (!MemberExport.checksum(MemberExport.compact(body)).equals(stated)) {
            throw refused(name, "the checksum does not match; the file was edited or damaged");
        }
        return fields(new Fields(name, ""), json);
    }

    private static Map<String, Object> object(String name, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refused(name, "it is not a JSON object, so not a member file");
            }
            Map<String, Object> json = READER.mapFrom(parser);
            if (parser.nextToken() != null) {
                throw refused(name, "there is more after the JSON object; the file was edited or damaged");
            }
            return json;
        } catch (IOException e) {
            throw refused(name, "it is not valid JSON (" + why(e) + ")");
        }
    }

    /** The parser's complaint without its source dump: "line 3, column 7: Unexpected end-of-input". */
    private static String why(IOException e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        message = message == null ? "" : message.lines().findFirst().orElse("");
        int marker = message.indexOf(" (start marker");
        message = marker < 0 ? message : message.substring(0, marker);
        JsonLocation location = e instanceof JsonProcessingException json ? json.getLocation() : null;
        String where = location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        return where + shorten(message);
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    static InputRefusedException refused(String name, String reason) {
        return new InputRefusedException(name + ": " + reason);
    }

    /**
     * Typed access to one JSON object, refusing with the file's name and the field's path. The path is
     * worded only for a refusal ({@code where}: "", "weeks[2026-W02].", …), as files are read by the hundred.
     */
    private record Fields(String name, java.util.function.Supplier<String> where) {
        Fields(String name, String where) {
            this(name, () -> where);
        }

        InputRefusedException problem(String field, String what) {
            return refused(name, "\"" + where.get() + field + "\" " + what);
        }

        Object present(Map<String, Object> json, String field) {
            if (!json.containsKey(field)) {
                throw problem(field, "is missing");
            }
            return json.get(field);
        }

        long minutes(Map<String, Object> json, String field, long most) {
            return whole(json, field, most, "a whole number of minutes");
        }

        long whole(Map<String, Object> json, String field, long most, String what) {
            Object value = present(json, field);
            if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
                throw problem(field, "is not " + what + ": " + shorten(String.valueOf(value)));
            }
            // A BigInteger is beyond any long, so out of range either way.
            long number = value instanceof BigInteger ? -1 : ((Number) value).longValue();
            if (number < 0 || number > most) {
                throw problem(field, "is " + shorten(value.toString()) + ", outside 0 to " + most);
            }
            return number;
        }

        String text(Map<String, Object> json, String field) {
            Object value = present(json, field);
            if (!(value instanceof String string)) {
                throw problem(field, "is not text");
            }
            return string;
        }

        LocalDate day(Map<String, Object> json, String field) {
            String text = text(json, field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw problem(field, "is not a date (YYYY-MM-DD): " + shorten(text));
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(Map<String, Object> json, String field) {
            Object value = present(json, field);
            if (!(value instanceof Map<?, ?>)) {
                throw problem(field, "is not an object");
            }
            return (Map<String, Object>) value;
        }

        void only(Map<String, Object> json, Set<String> known) {
            for (String key : json.keySet()) {
                if (!known.contains(key)) {
                    throw refused(name, "it holds \"" + where.get() + shorten(key) + "\", which a member file does not have");
                }
            }
        }
    }

    private static MemberExport fields(Fields top, Map<String, Object> json) {
        top.only(json, TOP);
        String memberId = top.text(json, "memberId");
        if (!UUID_TEXT.matcher(memberId).matches()) {
            throw top.problem("memberId", "is not a member id (a UUID): " + shorten(memberId));
        }
        LocalDate from = top.day(json, "from");
        LocalDate to = top.day(json, "to");
        if (from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw top.problem("from", "is " + from + ", not a Monday");
        }
        if (to.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw top.problem("to", "is " + to + ", not a Sunday");
        }
        if (to.isBefore(from)) {
            throw top.problem("to", "is before \"from\"");
        }
        Object list = top.present(json, "weeks");
        if (!(list instanceof List<?> items)) {
            throw top.problem("weeks", "is not a list");
        }
        WeekId first = WeekId.of(from);
        WeekId last = WeekId.of(to);
        long expected = java.time.temporal.ChronoUnit.WEEKS.between(from, to.plusDays(1));
        if (expected > MOST_WEEKS) {
            throw top.problem("to", "is " + expected + " weeks after \"from\"; a member file holds at most " + MOST_WEEKS);
        }
        if (items.size() != expected) {
            throw top.problem("weeks", "has " + items.size() + " weeks, but " + first + " to " + last + " is " + expected);
        }
        List<MemberExport.Week> weeks = new ArrayList<>();
        long overtime = 0;
        for (int i = 0; i < items.size(); i++) {
            WeekId week = first.plusWeeks(i);
            if (!(items.get(i) instanceof Map<?, ?>)) {
                throw refused(top.name(), "week " + (i + 1) + " of \"weeks\" is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) items.get(i);
            MemberExport.Week read = week(new Fields(top.name(), () -> "weeks[" + week + "]."), item, week);
            overtime += read.overtime();
            weeks.add(read);
        }
        long unpaid = top.minutes(json, "unpaidMinutes", overtime);
        return new MemberExport(memberId, first, last, weeks, unpaid);
    }

    private static MemberExport.Week week(Fields fields, Map<String, Object> json, WeekId expected) {
        fields.only(json, WEEK);
        String text = fields.text(json, "week");
        if (!text.equals(label(expected))) {
            throw fields.problem("week", "is " + shorten(text) + "; the weeks must run in order from \"from\" (expected "
                    + expected + ")");
        }
        Map<String, Object> kinds = fields.object(json, "minutes");
        Fields kindFields = new Fields(fields.name(), () -> fields.where().get() + "minutes.");
        kindFields.only(kinds, KIND_CODES);
        Map<WorkKind, Long> minutes = new EnumMap<>(WorkKind.class);
        long sum = 0;
        for (WorkKind kind : WorkKind.values()) {
            long value = kindFields.minutes(kinds, kind.code(), WEEK_MINUTES);
            minutes.put(kind, value);
            sum += value;
        }
        long worked = fields.minutes(json, "worked", WEEK_MINUTES);
        if (worked != sum) {
            throw fields.problem("worked", "is " + worked + ", not the sum of the minutes of each kind (" + sum + ")");
        }
        long contracted = fields.minutes(json, "contracted", WEEK_MINUTES);
        long overtime = fields.minutes(json, "overtime", WEEK_MINUTES);
        if (overtime != Math.max(0, worked - contracted)) {
            throw fields.problem("overtime", "is " + overtime + ", not worked beyond contracted (" + Math.max(0, worked - contracted) + ")");
        }
        long outside = fields.minutes(json, "outsideHours", worked);
        Object share = fields.present(json, "directShare");
        Double directShare;
        if (share == null) {
            if (worked > 0) {
                throw fields.problem("directShare", "is missing for a week with time logged");
            }
            directShare = null;
        } else {
            if (!(share instanceof Number number) || share instanceof Float || share instanceof Double) {
                throw fields.problem("directShare", "is not a number");
            }
            BigDecimal value = new BigDecimal(number.toString());
            if (worked == 0) {
                throw fields.problem("directShare", "is given for a week with nothing logged");
            }
            double exact = (double) minutes.get(WorkKind.DIRECT) / worked;
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || Math.abs(value.doubleValue() - exact) > 0.00006) {
                throw fields.problem("directShare", "is " + shorten(value.toPlainString()) + ", not direct ÷ worked ("
                        + MemberExport.roundShare(exact) + ")");
            }
            directShare = value.doubleValue();
        }
        Map<String, Object> counts = fields.object(json, "breaches");
        Fields breachFields = new Fields(fields.name(), () -> fields.where().get() + "breaches.");
        Map<String, Integer> breaches = new LinkedHashMap<>();
        for (String code : counts.keySet()) {
            if (!RULE_CODE.matcher(code).matches()) {
                throw breachFields.problem(shorten(code), "is not a rule code");
            }
            long count = breachFields.whole(counts, code, MOST_BREACHES_A_WEEK, "a count");
            if (count > 0) {
                breaches.put(code, (int) count);
            }
        }
        return new MemberExport.Week(expected, minutes, worked, contracted, overtime, outside, directShare, breaches);
    }

    /** "2026-W02", as {@link WeekId#toString()} but without a formatter: it is asked for every week of every file. */
    private static String label(WeekId week) {
        return week.year() + (week.week() < 10 ? "-W0" : "-W") + week.week();
    }
}
