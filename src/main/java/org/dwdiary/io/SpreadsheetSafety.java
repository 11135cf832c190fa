package org.dwdiary.io;

/**
 * Keeps exported cells from being run as spreadsheet formulas: a cell that starts with = + - @, a tab
 * or a carriage return gets a leading apostrophe, which our own import takes off again.
 */
final class SpreadsheetSafety {
    private SpreadsheetSafety() {
    }

    static String protect(String value) {
        return value != null && needsApostrophe(value) ? "'" + value : value;
    }

    static String unprotect(String value) {
        return value != null && value.startsWith("'") && needsApostrophe(value.substring(1))
                ? value.substring(1)
                : value;
    }

    /** Also true for a value that already looks protected, so a round trip gives it back unchanged. */
    private static boolean needsApostrophe(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || (first == '\'' && needsApostrophe(value.substring(1)));
    }
}
