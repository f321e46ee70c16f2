package io.socialmaturity.report;

import io.socialmaturity.platform.spreadsheet.Xlsx;
import io.socialmaturity.report.ExportTables.ExportTable;

/** The two files of a table export: CSV and XLSX, with the same columns and values (one sheet in the XLSX). */
enum ExportFormat {
    CSV("csv", ReportController.CSV),
    XLSX("xlsx", Xlsx.CONTENT_TYPE);

    final String extension;
    final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    byte[] write(ExportTable table, String sheet) {
        return this == CSV
                ? CsvExports.write(table)
                : Xlsx.workbook().sheet(sheet, table.header(), table.rows()).toBytes();
    }
}
