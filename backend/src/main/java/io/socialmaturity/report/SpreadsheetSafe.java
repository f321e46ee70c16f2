package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;

/**
 * Keeps a text cell of a CSV export from being run as a formula when the file is opened in a spreadsheet
 * (CSV injection, OWASP): a text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, which spreadsheets show as text. Only text cells go through here (names, comments, titles);
 * numbers are written by the export itself and stay numbers, negative ones included.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    @Nullable
    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
