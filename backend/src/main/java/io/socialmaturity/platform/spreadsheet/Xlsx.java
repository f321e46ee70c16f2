package io.socialmaturity.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one XLSX writer of the product's exports (Apache POI, streaming SXSSF): one sheet per table, a bold header row
 * frozen at the top, typed cells, and the CSV exports' formula-injection guard.
 *
 * <p>Cells by Java type: {@link Number} → a number cell (so a spreadsheet sums it), {@link Boolean} → a boolean cell,
 * {@link LocalDate} → a date cell ({@code yyyy-mm-dd}), {@link Instant} / {@link LocalDateTime} → a date-time cell in
 * UTC ({@code yyyy-mm-dd hh:mm:ss}), {@code null} → an empty cell, anything else → its {@code toString()} as text. A
 * text cell is never a formula in XLSX, but a user who edits it could make it one; a text that
 * {@link SpreadsheetSafe#isRisky starts like a formula} is therefore written "quote-prefixed", XLSX's own form of the
 * CSV's leading apostrophe: the cell shows and holds exactly the text, and the spreadsheet treats it as text.
 *
 * <pre>{@code
 * byte[] file = Xlsx.workbook()
 *         .sheet("Results", List.of("dimension", "score"), List.of(List.of("Marketing", 62.5)))
 *         .toBytes();
 * }</pre>
 */
public final class Xlsx {

    /** The content type of an XLSX download. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private record SheetData(String name, List<String> headers, List<? extends List<?>> rows) {}

    private final List<SheetData> sheets = new ArrayList<>();

    private Xlsx() {}

    /** A new workbook; add at least one sheet. */
    public static Xlsx workbook() {
        return new Xlsx();
    }

    /**
     * Adds a sheet: its name (made safe for Excel: at most 31 characters, no {@code []*?/\:}), the header row and the
     * data rows, each a list of cell values as described on the class.
     */
    public Xlsx sheet(String name, List<String> headers, List<? extends List<?>> rows) {
        sheets.add(new SheetData(WorkbookUtil.createSafeSheetName(name), List.copyOf(headers), rows));
        return this;
    }

    /** The workbook as the bytes of an .xlsx file. */
    public byte[] toBytes() {
        if (sheets.isEmpty()) {
            throw new IllegalStateException("an XLSX workbook needs at least one sheet");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            for (SheetData data : sheets) {
                write(workbook.createSheet(data.name()), data, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing was written to a file we keep
            }
        }
    }

    private static void write(SXSSFSheet sheet, SheetData data, Styles styles) {
        int columns = data.headers().size();
        int[] widths = new int[columns];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(data.headers().get(c));
            cell.setCellStyle(styles.header);
            widths[c] = data.headers().get(c).length();
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<?> values : data.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    set(row.createCell(c), value, styles);
                    if (c < columns) {
                        widths[c] = Math.max(widths[c], displayLength(value));
                    }
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            // POI's width unit is 1/256 of a character; capped so that a long comment does not make a column huge.
            sheet.setColumnWidth(c, Math.min(Math.max(widths[c], 8) + 2, 60) * 256);
        }
    }

    private static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (SpreadsheetSafe.isRisky(text)) {
                cell.setCellStyle(styles.quoted);
            }
        }
    }

    private static int displayLength(Object value) {
        return value instanceof Instant || value instanceof LocalDateTime
                ? 19
                : String.valueOf(value).length();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(dateTimeFormat);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
