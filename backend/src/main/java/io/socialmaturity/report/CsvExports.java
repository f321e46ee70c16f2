package io.socialmaturity.report;

import io.socialmaturity.platform.spreadsheet.Csv;
import io.socialmaturity.report.ExportTables.ExportTable;

/** The CSV of an export table ({@link ExportTables}): the product's one CSV writer, {@link Csv}. */
final class CsvExports {

    private CsvExports() {}

    static byte[] write(ExportTable table) {
        return Csv.write(table.header(), table.rows());
    }
}
