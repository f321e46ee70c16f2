package io.socialmaturity.platform.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the product's exports, with Apache Commons CSV: UTF-8 with a byte-order mark (so
 * spreadsheets detect the encoding), a header row, RFC 4180 quoting and CRLF line ends. Numbers use a dot and no
 * trailing zeros, dates and instants ISO-8601, {@code null} an empty cell, and text cells are neutralised against
 * formula injection ({@link SpreadsheetSafe}). The same rows given to {@link Xlsx} make the same table.
 */
public final class Csv {

    /** The content type of a CSV download. */
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    /** The header and rows as the bytes of a .csv file. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 128);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static Object cell(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof String s) {
            return SpreadsheetSafe.text(s);
        }
        return value;
    }
}
