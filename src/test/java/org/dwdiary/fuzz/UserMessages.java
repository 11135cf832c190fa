package org.dwdiary.fuzz;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What a refusal's message must be: words for the user, not a Java exception's text. */
public final class UserMessages {
    /** Pieces of text that only an exception that escaped its handling would put in a message. */
    private static final List<String> JAVA_TEXT = List.of("Exception", "java.", "javax.", "For input string",
            "could not be parsed", "out of bounds for length", "EOF reached", "encapsulated token", "startline", "Expected [", "Index ", "\tat ", "Cannot invoke \"",
            "net.fortuna", "org.apache", "org.sqlite", "SQLITE_", "is null", "(null)");

    private UserMessages() {
    }

    /** Fails unless {@code message} is a non-blank message with no Java exception text in it. */
    public static void assertForUser(String message, Object input) {
        assertNotNull(message, () -> "a refusal without a message, for " + shown(input));
        assertFalse(message.isBlank(), () -> "a blank refusal, for " + shown(input));
        for (String text : JAVA_TEXT) {
            assertFalse(message.contains(text), () -> "the refusal has Java's words (\"" + text + "\") in it: "
                    + message + "\nfor " + shown(input));
        }
    }

    /** The input as it can be read in a report: control characters and lone surrogates escaped, long text cut. */
    public static String shown(Object input) {
        String text = String.valueOf(input);
        String cut = text.length() > 2_000 ? text.substring(0, 2_000) : text;
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < cut.length()
                    && Character.isLowSurrogate(cut.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(cut.charAt(i - 1)));
            if (Character.isISOControl(c) || lone || c == '\u2028' || c == '\u2029') {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return text.length() > cut.length() ? shown + "… (" + text.length() + " characters)" : shown.toString();
    }
}
