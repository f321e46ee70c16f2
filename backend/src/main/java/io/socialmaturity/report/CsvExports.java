package io.socialmaturity.report;

import io.socialmaturity.platform.spreadsheet.SpreadsheetSafe;
import io.socialmaturity.report.ExportTables.ExportTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV writer of the exports' tables ({@link ExportTables}), with Apache Commons CSV: UTF-8 with a byte-order mark
 * (so spreadsheets detect the encoding), a header row, RFC 4180 quoting and CRLF line ends. Numbers use a dot and no
 * trailing zeros, instants ISO-8601, and text cells are neutralised against formula injection
 * ({@link SpreadsheetSafe}).
 */
final class CsvExports {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExports() {}

    static byte[] write(ExportTable table) {
        StringBuilder out = new StringBuilder(256 + table.rows().size() * 128);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(table.header().toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : table.rows()) {
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
        if (value instanceof String s) {
            return SpreadsheetSafe.text(s);
        }
        return value;
    }
}
