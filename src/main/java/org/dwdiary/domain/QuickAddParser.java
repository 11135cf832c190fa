package org.dwdiary.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one-line quick add: {@code [DAY] TIME-RANGE ACTIVITY [@KIND] [, NOTE]}, for example
 * {@code yesterday 22:00-01:30 Assessment write-up @rec, deadline tomorrow}.
 * <ul>
 * <li>DAY (default today): {@code today}, {@code yesterday}, a weekday ({@code mon}, {@code monday}…:
 * the most recent one, today included), {@code 2026-05-11}, {@code 11/05} (this year),
 * {@code 11/05/2026} or {@code 11/05/26}.</li>
 * <li>TIME-RANGE: {@code START-END} (an end earlier than the start is on the next day; an en dash
 * works too), {@code START+DURATION} ({@code 90m}, {@code 1h30}, {@code 1.5h}, {@code 2h15m}: elapsed
 * time), {@code -DURATION} (the last minutes up to now), with spaces allowed around {@code -} and
 * {@code +}. A START is anything {@link ClockTime} reads, or {@code now}; {@code START-now} ends now
 * (and starts yesterday when START is later in the day than now). {@code now} alone starts a timer.</li>
 * <li>{@code @KIND} anywhere before the comma: {@code @direct}/{@code @d}, {@code @recording}/{@code @rec}/
 * {@code @r}, {@code @travel}/{@code @t}, {@code @meetings}/{@code @meeting}/{@code @m}.</li>
 * <li>Without {@code @KIND}: the activity's remembered kind, else the {@link KindRules}; else the line
 * is refused asking for the kind. The kind is never guessed.</li>
 * <li>Everything after the first comma is the note.</li>
 * </ul>
 * Every problem is an {@link InputRefusedException} whose message quotes the word at fault.
 */
public final class QuickAddParser {
    private static final String KINDS = "@direct, @recording, @travel or @meetings";
    private static final String RANGE_EXAMPLE = "a time range like 9:30-10:30";
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+)(?:m|min|mins)"                               // 90m
                    + "|(\\d+)(?:\\.(\\d{1,2}))?(?:h|hr|hrs)"    // 1h, 1.5h
                    + "|(\\d+)h(\\d{1,2})(?:m|min|mins)?");      // 1h30, 2h15m
    private static final long LONGEST_MINUTES = Block.LONGEST.toMinutes();
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, WorkKind> KIND_TAGS = Map.ofEntries(
            Map.entry("direct", WorkKind.DIRECT), Map.entry("d", WorkKind.DIRECT),
            Map.entry("recording", WorkKind.RECORDING), Map.entry("rec", WorkKind.RECORDING), Map.entry("r", WorkKind.RECORDING),
            Map.entry("travel", WorkKind.TRAVEL), Map.entry("t", WorkKind.TRAVEL),
            Map.entry("meetings", WorkKind.MEETINGS), Map.entry("meeting", WorkKind.MEETINGS), Map.entry("m", WorkKind.MEETINGS));

    /** The syntax with examples, for Help in the window and `dwdiary add --help` (a constant: it goes in annotations). */
    public static final String SYNTAX = """
            Quick add:  [DAY] TIME-RANGE ACTIVITY [@KIND] [, NOTE]

            DAY         today (if left out), yesterday, mon ... sun (the latest one),
                        2026-05-11, 11/05, 11/05/2026
            TIME        9  9:30  09:30  9.30  0930  9am  2pm  2:15pm  14:00  now
            TIME-RANGE  9-10:30      an end before the start is the next day: 22:00-01:30
                        9:30+90m  9:30+1h30  9:30+1.5h      a start and a length
                        -45m         the last 45 minutes, up to now
            @KIND       @direct @d, @recording @rec @r, @travel @t, @meetings @meeting @m
                        Without it: the kind the activity had last time, else a keyword
                        (Settings), else you are asked. Never a guess.
            , NOTE      everything after the first comma (no names or case numbers)

            now ACTIVITY  starts a timer (in the window also Ctrl+Enter); stop it with
                        Ctrl+Shift+S, or `dwdiary stop`

            Examples:
              9-10:30 Home visit
              yesterday 14:00+1h30 Court statement @rec, for Friday's hearing
              -45m Case notes
              mon 22:00-01:30 Assessment write-up
              now Travel to visit
            """;

    private final KindRules rules;
    private final Function<String, Optional<Activity>> known;

    /**
     * @param rememberedKind the kind an activity was last logged as, asked with the activity as the block
     *                       will keep it (trimmed, one space between words, case as typed)
     */
    public QuickAddParser(KindRules rules, Function<String, Optional<WorkKind>> rememberedKind) {
        this(activity -> {
            Optional<WorkKind> kind = rememberedKind.apply(activity);
            return kind == null ? Optional.empty() : kind.map(k -> new Activity(activity, k));
        }, rules);
        Objects.requireNonNull(rememberedKind, "rememberedKind");
    }

    /**
     * @param known the activity the diary knows by this name (in any case), with its spelling and the kind
     *              it was last logged as: a line typed as "home visit" adds "Home visit"
     */
    public static QuickAddParser withKnownActivities(KindRules rules, Function<String, Optional<Activity>> known) {
        return new QuickAddParser(known, rules);
    }

    // Function first: the public constructor's Function<String, Optional<WorkKind>> has the same erasure.
    private QuickAddParser(Function<String, Optional<Activity>> known, KindRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.known = Objects.requireNonNull(known, "known");
    }

    /**
     * Parses one line typed at {@code now}, whose zone is the diary's zone.
     *
     * @throws InputRefusedException whose message names the bad word; never any other exception for any line
     */
    public QuickAdd parse(String line, ZonedDateTime now) {
        Objects.requireNonNull(now, "now");
        int comma = line == null ? -1 : line.indexOf(',');
        String head = comma < 0 ? line : line.substring(0, comma);
        String note = comma < 0 ? null : line.substring(comma + 1).strip();
        // The parser's own notion of space (a no-break space too), so a head of spaces is "empty", never quoted as ""
        if (head == null || head.chars().allMatch(c -> isSpace((char) c))) {
            throw refused("type a time range and an activity, e.g. 9-10:30 Home visit");
        }
        Cursor cursor = new Cursor(head);
        cursor.skipSpaces();
        String dayWord = cursor.peekWord();
        Optional<LocalDate> day = day(dayWord, now.toLocalDate());
        if (day.isPresent()) {
            cursor.skip(dayWord.length());
            cursor.skipSpaces();
            if (cursor.atEnd() || cursor.peek() == '@') {
                throw refused("\"" + dayWord + "\" needs a time range after it, e.g. " + dayWord + " 9-10:30 Home visit");
            }
        } else {
            dayWord = null;
        }
        Times times = times(cursor, dayWord, day.orElse(now.toLocalDate()), now);
        String rest = cursor.rest();
        if (!rest.isEmpty() && !isSpace(rest.charAt(0)) && rest.charAt(0) != '@') {
            throw refused("\"" + times.text + words(rest).get(0) + "\" is not a time range: write it like 9:30-10:30, "
                    + "9:30+1h or -45m");
        }

        Tagged tagged = tagged(rest);
        ZoneId zone = now.getZone();
        Instant end = times.end != null ? times.end : times.start.plus(1, ChronoUnit.MINUTES);
        // Block's own rules (a length, at most 24 hours, a short activity, a note that fits) before the kind;
        // the kind here is a stand-in, for Block's messages never name it
        Block checked = Block.create(times.start, end, zone, WorkKind.DIRECT, String.join(" ", tagged.words), note);
        Optional<Activity> knownActivity = checked.activity() == null ? Optional.empty() : known.apply(checked.activity());
        if (knownActivity == null) {
            knownActivity = Optional.empty();
        }
        String activity = knownActivity.map(Activity::name).orElse(checked.activity());
        Kind kind = kind(tagged.kind, activity, knownActivity);
        return new QuickAdd(checked.start(), times.end == null ? null : checked.end(), zone, kind.kind, kind.source,
                activity, checked.note());
    }

    /** The words after the time range, parted into the activity's words and the kind an {@code @word} gives. */
    private static Tagged tagged(String rest) {
        List<String> words = new ArrayList<>();
        WorkKind kind = null;
        String tag = null;
        for (String word : words(rest)) {
            if (word.charAt(0) != '@') {
                words.add(word);
                continue;
            }
            WorkKind named = KIND_TAGS.get(word.substring(1).toLowerCase(Locale.ROOT));
            if (named == null) {
                throw refused("\"" + word + "\" is not a kind: use " + KINDS);
            }
            if (kind != null && kind != named) {
                throw refused("\"" + tag + "\" and \"" + word + "\" are two kinds: a block has one, so keep one of them");
            }
            kind = named;
            tag = word;
        }
        return new Tagged(words, kind);
    }

    /** The kind the line said, else the activity's remembered kind, else the keywords' kind; never a guess. */
    private Kind kind(WorkKind tagged, String activity, Optional<Activity> knownActivity) {
        if (tagged != null) {
            return new Kind(tagged, KindSource.EXPLICIT);
        }
        if (activity == null) {
            throw refused("say what this block was: add an activity or " + KINDS);
        }
        if (knownActivity.isPresent()) {
            return new Kind(knownActivity.get().kind(), KindSource.REMEMBERED);
        }
        return rules.classify(activity)
                .map(kind -> new Kind(kind, KindSource.KEYWORD))
                .orElseThrow(() -> refused("say which kind \"" + activity + "\" is: add " + KINDS));
    }

    /** The day a line starts with, empty when the first word is no day. */
    private static Optional<LocalDate> day(String word, LocalDate today) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("today")) {
            return Optional.of(today);
        }
        if (lower.equals("yesterday")) {
            return Optional.of(today.minusDays(1));
        }
        DayOfWeek weekday = WEEKDAYS.get(lower);
        if (weekday != null) {
            return Optional.of(today.with(TemporalAdjusters.previousOrSame(weekday)));
        }
        Matcher iso = ISO_DATE.matcher(word);
        Matcher uk = UK_DATE.matcher(word);
        try {
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            if (uk.matches()) {
                String yearText = uk.group(3);
                int year = yearText == null ? today.getYear()
                        : yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
                return Optional.of(LocalDate.of(year, Integer.parseInt(uk.group(2)), Integer.parseInt(uk.group(1))));
            }
        } catch (DateTimeException notADate) {
            throw notADate(word);
        }
        if (word.indexOf('/') >= 0 && !word.isEmpty() && isDigit(word.charAt(0))) {
            throw notADate(word);
        }
        return Optional.empty();
    }

    /** The words of the text, split at white space. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static InputRefusedException notADate(String word) {
        return refused("\"" + word + "\" is not a date: write it like 11/05, 11/05/2026 or 2026-05-11");
    }

    /** Reads the time range at the cursor and turns it into instants. */
    private static Times times(Cursor cursor, String dayWord, LocalDate day, ZonedDateTime now) {
        int from = cursor.position();
        Instant nowMinute = now.toInstant().truncatedTo(ChronoUnit.MINUTES);
        ZoneId zone = now.getZone();
        if (isDash(cursor.peek())) {
            char dash = cursor.peek();
            cursor.skip(1);
            cursor.skipSpaces();
            String word = cursor.readLength();
            if (word.isEmpty()) { // the dash as typed: "–" is not the "-" the user would look for
                throw refused("\"" + dash + "\" needs a length after it, like -45m for the last 45 minutes");
            }
            long minutes = minutes(word);
            if (dayWord != null) {
                throw refused("\"" + dayWord + "\" cannot go with \"-" + word + "\": -" + word
                        + " counts back from now, so leave out the day");
            }
            return new Times(nowMinute.minus(minutes, ChronoUnit.MINUTES), nowMinute, cursor.textFrom(from));
        }
        Time start = time(cursor, dayWord == null
                ? "is not a day or a time: start with " + RANGE_EXAMPLE
                : "is not a time: after the day, write " + RANGE_EXAMPLE);
        int afterStart = cursor.position();
        cursor.skipSpaces();
        char sign = cursor.peek();
        if (!isDash(sign) && sign != '+') {
            cursor.moveTo(afterStart);
            if (!start.isNow()) {
                throw refused("\"" + start.text + "\" has no end: write a range like " + start.text + "-10:30 or "
                        + start.text + "+1h");
            }
            refuseDayWithNow(dayWord);
            return new Times(nowMinute, null, "now"); // a timer
        }
        cursor.skip(1);
        cursor.skipSpaces();
        if (sign == '+') {
            String word = cursor.readLength();
            if (word.isEmpty()) {
                throw refused("\"" + cursor.textFrom(from).strip() + "\" needs a length after +, like 9:30+1h");
            }
            long minutes = minutes(word);
            if (start.isNow()) {
                refuseDayWithNow(dayWord);
            }
            Instant startInstant = start.isNow() ? nowMinute : WallClock.instant(day.atTime(start.time), zone);
            return new Times(startInstant, startInstant.plus(minutes, ChronoUnit.MINUTES), cursor.textFrom(from));
        }
        if (cursor.atEnd()) {
            throw refused("\"" + cursor.textFrom(from).strip() + "\" has no end time: write a range like 9:30-10:30");
        }
        Time end = time(cursor, "is not an end time: write " + RANGE_EXAMPLE);
        String text = cursor.textFrom(from);
        if (start.isNow() || end.isNow()) {
            refuseDayWithNow(dayWord);
        }
        LocalDate today = now.toLocalDate();
        LocalTime nowTime = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        if (start.isNow() && end.isNow()) {
            return new Times(nowMinute, nowMinute, text); // refused by Block: no length
        }
        if (end.isNow()) {
            // read as START-(the time now): a start later in the day than now was yesterday, like 22:00-01:30
            LocalDate startDay = start.time.isAfter(nowTime) ? today.minusDays(1) : today;
            return new Times(WallClock.instant(startDay.atTime(start.time), zone), nowMinute, text);
        }
        if (start.isNow()) {
            LocalDate endDay = end.time.isBefore(nowTime) ? today.plusDays(1) : today;
            return new Times(nowMinute, WallClock.instant(endDay.atTime(end.time), zone), text);
        }
        Instant[] span = WallClock.span(day, start.time, end.time, zone);
        return new Times(span[0], span[1], text);
    }

    private static void refuseDayWithNow(String dayWord) {
        if (dayWord != null) {
            throw refused("\"" + dayWord + "\" cannot go with \"now\": now is always today, so leave out the day");
        }
    }

    /** A start or an end: {@code now} or a clock time, "9 am" with its space included. */
    private static Time time(Cursor cursor, String notATime) {
        String word = cursor.readTimeWord();
        if (word.equalsIgnoreCase("now")) {
            return new Time(word, null);
        }
        if (word.isEmpty() || !isDigit(word.charAt(0))) {
            String shown = word.isEmpty() ? cursor.peekWord() : word;
            throw refused("\"" + shown + "\" " + notATime);
        }
        if (word.chars().allMatch(c -> isDigit((char) c) || c == ':' || c == '.')) {
            word += cursor.readHalfOfDay(); // "9 am"
        }
        return new Time(word, ClockTime.parse(word)); // refuses with "\"9:70\" is not a time of day…"
    }

    /** Minutes in a length: 45m, 90min, 1h, 1.5h, 1h30, 2h15m. */
    private static long minutes(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && lower.chars().allMatch(c -> isDigit((char) c))) {
            throw refused("\"" + word + "\" has no unit: add m or h, like " + word + "m");
        }
        Matcher matcher = DURATION.matcher(lower);
        if (!matcher.matches()) {
            throw refused("\"" + word + "\" is not a length of time: write it like 45m, 1h30 or 1.5h");
        }
        long minutes;
        if (matcher.group(1) != null) {
            minutes = number(matcher.group(1));
        } else if (matcher.group(2) != null) {
            String fraction = matcher.group(3) == null ? "0" : matcher.group(3);
            long scale = fraction.length() == 1 ? 10 : 100;
            long fractionMinutes = Integer.parseInt(fraction) * 60L;
            if (fractionMinutes % scale != 0) {
                throw refused("\"" + word + "\" is not a whole number of minutes: write it like 1h20 or 80m");
            }
            minutes = saturatedAdd(saturatedTimes60(number(matcher.group(2))), fractionMinutes / scale);
        } else {
            long extra = Integer.parseInt(matcher.group(5));
            if (extra > 59) {
                throw refused("\"" + word + "\" has " + extra + " minutes after the hours: write it like 1h30 or 90m");
            }
            minutes = saturatedAdd(saturatedTimes60(number(matcher.group(4))), extra);
        }
        if (minutes > LONGEST_MINUTES) {
            throw refused("\"" + word + "\" is longer than a block can be: at most 24 hours");
        }
        return minutes;
    }

    /** Digits as a number; a number too large to matter as minutes becomes Long.MAX_VALUE. */
    private static long number(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.length() - first > 12 ? Long.MAX_VALUE : Long.parseLong(digits.substring(first));
    }

    private static long saturatedTimes60(long value) {
        return value > Long.MAX_VALUE / 60 ? Long.MAX_VALUE : value * 60;
    }

    private static long saturatedAdd(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    private static InputRefusedException refused(String message) {
        return new InputRefusedException(message);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A start or end as typed; {@code time} is null for {@code now}. */
    private record Time(String text, LocalTime time) {
        boolean isNow() {
            return time == null;
        }
    }

    /** The activity's words and the kind an {@code @word} named, or null. */
    private record Tagged(List<String> words, WorkKind kind) {
    }

    private record Kind(WorkKind kind, KindSource source) {
    }

    /** The range's instants (end null for a timer) and the range as typed. */
    private record Times(Instant start, Instant end, String text) {
    }

    /** A position in the part of the line before the comma. */
    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text) {
            this.text = text;
        }

        int position() {
            return position;
        }

        void moveTo(int newPosition) {
            position = newPosition;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        /** The character here, or 0 at the end. */
        char peek() {
            return atEnd() ? 0 : text.charAt(position);
        }

        void skip(int count) {
            position = Math.min(text.length(), position + count);
        }

        void skipSpaces() {
            while (!atEnd() && isSpace(text.charAt(position))) {
                position++;
            }
        }

        /** The characters from here up to the next space, without moving. */
        String peekWord() {
            int end = position;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            return text.substring(position, end);
        }

        /** A length's characters: up to a space or an {@code @}. */
        String readLength() {
            int start = position;
            while (!atEnd() && !isSpace(peek()) && peek() != '@') {
                position++;
            }
            return text.substring(start, position);
        }

        /** A time's characters: up to a space, a dash, a plus or an {@code @}. */
        String readTimeWord() {
            int start = position;
            while (!atEnd() && !isSpace(peek()) && !isDash(peek()) && peek() != '+' && peek() != '@') {
                position++;
            }
            return text.substring(start, position);
        }

        /** " am" or " pm" after a time typed with a space before it, or "" (and no move) when there is none. */
        String readHalfOfDay() {
            int start = position;
            int at = position;
            while (at < text.length() && isSpace(text.charAt(at))) {
                at++;
            }
            if (at == start || at + 2 > text.length()) {
                return "";
            }
            String half = text.substring(at, at + 2).toLowerCase(Locale.ROOT);
            boolean ends = at + 2 == text.length() || isSpace(text.charAt(at + 2)) || isDash(text.charAt(at + 2))
                    || text.charAt(at + 2) == '+' || text.charAt(at + 2) == '@';
            if ((half.equals("am") || half.equals("pm")) && ends) {
                position = at + 2;
                return text.substring(start, position);
            }
            return "";
        }

        String rest() {
            return text.substring(position);
        }

        String textFrom(int start) {
            return text.substring(start, position);
        }
    }
}
