package org.dwdiary.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Keyword → kind rules, used when an activity has no remembered kind: "Home visits" is direct work
 * because of "visit". Written as text the user can edit:
 * {@code direct: visit, contact, session; recording: notes, report; travel: drive; meetings: team}.
 *
 * <p>Matching ignores case. A keyword matches a whole word of the activity, or the word with a plural
 * or -ing ending ("visit" matches "Home visits", "email" matches "Emails", but "bus" does not match
 * "Business"); a keyword with a hyphen or a space ("write-up") matches that sequence. Words are separated by anything that is not a letter or
 * a digit, so "Post-visit notes" holds "visit" and "notes". Where one keyword lies inside a longer
 * one that also matches at that place, the longer, more specific one counts alone ("training" is
 * meetings even though it starts with the travel keyword "train"). Matches of two different kinds
 * are never settled by guessing: {@link #classify} refuses and asks for {@code @kind}.
 */
public final class KindRules {
    /** What may follow a keyword inside a word: nothing, a plural, or -ing. */
    private static final java.util.Set<String> WORD_ENDINGS = java.util.Set.of("", "s", "es", "ing");
    private static final KindRules DEFAULTS = parse("direct: visit, contact, session; "
            + "recording: notes, recording, report, write-up, statement, email, admin; "
            + "travel: travel, drive, train, bus; "
            + "meetings: meeting, conference, supervision, panel, strategy, team, training");
    private static final String EXAMPLE = "direct: visit, session; travel: drive";

    private final Map<WorkKind, List<String>> keywords;

    private KindRules(Map<WorkKind, List<String>> keywords) {
        this.keywords = keywords;
    }

    /**
     * The built-in rules, the words of DOMAIN.md: visit, contact, session → direct; notes, recording,
     * report, write-up, statement, email, admin → recording; travel, drive, train, bus → travel;
     * meeting, conference, supervision, panel, strategy, team, training → meetings.
     */
    public static KindRules defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the text form: sections separated by {@code ;}, each a kind (code or display name, any
     * case), a colon and keywords separated by commas. Kinds may come in any order, be missing, have no
     * keywords or come twice (their keywords are joined); blank text gives rules without keywords.
     * Keywords are kept in lower case with single spaces; a repeated keyword counts once.
     *
     * @throws InputRefusedException naming the bad part: a section without a colon or a kind, an
     *                               unknown kind, an empty keyword, a keyword with other characters than
     *                               letters, digits, hyphens, spaces and apostrophes, or one keyword
     *                               given to two kinds
     */
    public static KindRules parse(String text) {
        Map<WorkKind, Set<String>> found = new EnumMap<>(WorkKind.class);
        Map<String, WorkKind> owners = new LinkedHashMap<>();
        for (String section : (text == null ? "" : text).split(";", -1)) {
            if (section.isBlank()) {
                continue; // "direct: visit;" — a separator too many harms nothing
            }
            String shown = section.strip();
            int colon = section.indexOf(':');
            if (colon < 0) {
                throw new InputRefusedException("\"" + shown + "\" has no colon: write a kind, a colon and its keywords, like "
                        + EXAMPLE);
            }
            String kindText = section.substring(0, colon).strip();
            if (kindText.isEmpty()) {
                throw new InputRefusedException("\"" + shown + "\" has no kind before the colon: write it like " + EXAMPLE);
            }
            WorkKind kind = WorkKind.fromText(kindText).orElseThrow(() -> new InputRefusedException(
                    "\"" + kindText + "\" is not a kind: use " + WorkKind.choices()));
            Set<String> ofKind = found.computeIfAbsent(kind, k -> new LinkedHashSet<>());
            String list = section.substring(colon + 1);
            if (list.isBlank()) {
                continue; // a kind with no keywords
            }
            for (String item : list.split(",", -1)) {
                String keyword = lowerCase(collapseSpaces(item));
                if (keyword.isEmpty()) {
                    throw new InputRefusedException("\"" + shown + "\" has an empty keyword: remove the extra comma");
                }
                if (!isKeyword(keyword)) {
                    throw new InputRefusedException("\"" + item.strip() + "\" is not a keyword: use letters and digits, "
                            + "with hyphens or spaces between words");
                }
                WorkKind owner = owners.putIfAbsent(keyword, kind);
                if (owner != null && owner != kind) {
                    throw new InputRefusedException("\"" + keyword + "\" is given to both " + owner.code() + " and "
                            + kind.code() + ": a keyword can point to one kind only");
                }
                ofKind.add(keyword);
            }
        }
        Map<WorkKind, List<String>> keywords = new EnumMap<>(WorkKind.class);
        for (WorkKind kind : WorkKind.values()) {
            keywords.put(kind, List.copyOf(found.getOrDefault(kind, Set.of())));
        }
        return new KindRules(Collections.unmodifiableMap(keywords));
    }

    /** The text form, kinds in {@link WorkKind} order, kinds without keywords left out; {@code parse(format())} gives these rules. */
    public String format() {
        StringJoiner sections = new StringJoiner("; ");
        keywords.forEach((kind, words) -> {
            if (!words.isEmpty()) {
                sections.add(kind.code() + ": " + String.join(", ", words));
            }
        });
        return sections.toString();
    }

    /** Every kind with its keywords in the order given (an empty list for a kind without any); unmodifiable. */
    public Map<WorkKind, List<String>> keywords() {
        return keywords;
    }

    /**
     * The kind an activity's words point to; empty when no keyword matches (or there is no activity).
     *
     * @throws InputRefusedException when keywords of two different kinds match ("Travel to visit"),
     *                               naming the words and asking for {@code @kind}
     */
    public Optional<WorkKind> classify(String activity) {
        String text = collapseSpaces(activity == null ? "" : activity);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String lower = lowerCase(text);
        List<Match> matches = new ArrayList<>();
        keywords.forEach((kind, words) -> {
            for (String keyword : words) {
                for (int at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
                    int end = at + keyword.length();
                    int wordEnd = end;
                    while (wordEnd < lower.length() && Character.isLetterOrDigit(lower.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    // Whole words, with a plural or -ing: "visits", "visiting"; not "bus" in "Business".
                    boolean startsWord = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                    if (startsWord && WORD_ENDINGS.contains(lower.substring(end, wordEnd))) {
                        matches.add(new Match(at, end, kind)); // the keyword's own span, so "train" lies inside "training"
                    }
                }
            }
        });
        // the first word that speaks for each kind, in the order the words come
        Map<WorkKind, Match> kinds = new LinkedHashMap<>();
        matches.stream()
                .filter(match -> matches.stream().noneMatch(match::liesInside))
                .sorted((a, b) -> Integer.compare(a.start, b.start))
                .forEach(match -> kinds.putIfAbsent(match.kind, match));
        if (kinds.size() > 1) {
            throw ambiguous(text, kinds);
        }
        return kinds.keySet().stream().findFirst();
    }

    private static InputRefusedException ambiguous(String text, Map<WorkKind, Match> kinds) {
        List<String> readings = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        kinds.forEach((kind, match) -> {
            readings.add(kind.code() + " (\"" + match.word(text) + "\")");
            tags.add("@" + kind.code());
        });
        return new InputRefusedException("\"" + text + "\" could be " + orList(readings) + ": add " + orList(tags)
                + " to say which");
    }

    private static String orList(List<String> items) {
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** Letters and digits, with hyphens, spaces or apostrophes inside. */
    private static boolean isKeyword(String keyword) {
        if (!Character.isLetterOrDigit(keyword.charAt(0))
                || !Character.isLetterOrDigit(keyword.charAt(keyword.length() - 1))) {
            return false;
        }
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != ' ' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** Trimmed, with each run of white space made one space (as {@link Block} keeps an activity). */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lower case one char at a time, so positions in the result are positions in the text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KindRules rules && keywords.equals(rules.keywords);
    }

    @Override
    public int hashCode() {
        return keywords.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }

    private record Match(int start, int end, WorkKind kind) {
        /** Inside a longer match, which then speaks for these characters alone. */
        boolean liesInside(Match other) {
            return other.start <= start && end <= other.end && other.end - other.start > end - start;
        }

        /** The whole word (or words) of the activity the keyword matched, as typed. */
        String word(String text) {
            int wordEnd = end;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            return text.substring(start, wordEnd);
        }
    }
}
