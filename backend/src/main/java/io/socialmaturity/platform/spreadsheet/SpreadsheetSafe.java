package io.socialmaturity.platform.spreadsheet;

import io.micronaut.core.annotation.Nullable;

/**
 * Keeps a text cell of an export from being run as a formula when the file is opened in a spreadsheet (CSV
 * injection, OWASP): a text starting with {@code = + - @}, a tab or a carriage return is "risky". In a CSV it gets a
 * leading apostrophe ({@link #text}), which spreadsheets show as text; in an XLSX ({@link Xlsx}) the cell is written
 * quote-prefixed, which keeps the text exact. Only text cells go through here (names, comments, titles); numbers are
 * written by the export itself and stay numbers, negative ones included.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /** The text for a CSV cell: a risky text gets a leading apostrophe, any other is unchanged. */
    @Nullable
    public static String text(@Nullable String value) {
        return isRisky(value) ? "'" + value : value;
    }

    /** Whether a spreadsheet could take this text for a formula (it starts with = + - @, a tab or a CR). */
    public static boolean isRisky(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
