package io.socialmaturity.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported XLSX back with POI's full XSSF reader and compares it with the CSV of the same export, cell by
 * cell: same header, same rows; a CSV number is a number cell of the same value, true/false a boolean cell, an
 * ISO instant a date cell of the same instant (to the millisecond), a text the same text (the CSV's guard apostrophe
 * is the XLSX cell's quote prefix), an empty CSV cell an empty XLSX cell.
 */
public final class XlsxAssert {

    private XlsxAssert() {}

    /** The sheet's rows as read (header first). */
    public static XSSFSheet sheet(byte[] xlsx) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        assertEquals(1, workbook.getNumberOfSheets());
        return workbook.getSheetAt(0);
    }

    /** Asserts the XLSX equals the CSV; returns the number of numeric cells seen. */
    public static int sameAsCsv(byte[] xlsx, byte[] csv) throws IOException {
        List<CSVRecord> records = csv(csv);
        assertFalse(records.isEmpty(), "an export with rows");
        List<String> header = records.get(0).getParser().getHeaderNames();
        XSSFSheet sheet = sheet(xlsx);
        // the header row is frozen and bold
        assertNotNull(sheet.getPaneInformation(), "frozen pane");
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        Row head = sheet.getRow(0);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < head.getLastCellNum(); c++) {
            names.add(head.getCell(c).getStringCellValue());
            assertTrue(sheet.getWorkbook()
                    .getFontAt(head.getCell(c).getCellStyle().getFontIndex())
                    .getBold());
        }
        assertEquals(header, names, "same columns as the CSV");
        assertEquals(records.size(), sheet.getLastRowNum(), "same number of rows as the CSV");
        int numbers = 0;
        for (int r = 0; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            Row row = sheet.getRow(r + 1);
            for (int c = 0; c < header.size(); c++) {
                String expected = record.get(c);
                Cell cell = row == null ? null : row.getCell(c);
                String where = "row " + (r + 1) + " column " + header.get(c) + ": ";
                if (expected.isEmpty()) {
                    assertTrue(
                            cell == null
                                    || cell.getCellType() == CellType.BLANK
                                    || (cell.getCellType() == CellType.STRING
                                            && cell.getStringCellValue().isEmpty()),
                            where + "empty");
                    continue;
                }
                assertNotNull(cell, where + "missing, expected " + expected);
                switch (cell.getCellType()) {
                    case NUMERIC -> {
                        if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                            Instant instant = cell.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC);
                            if (expected.length() == 10) { // an ISO day (yyyy-mm-dd): a date cell of that day
                                assertEquals(
                                        LocalDate.parse(expected),
                                        cell.getLocalDateTimeCellValue().toLocalDate(),
                                        where + "date");
                            } else {
                                assertEquals(
                                        Instant.parse(expected).toEpochMilli(),
                                        instant.toEpochMilli(),
                                        1,
                                        where + "instant");
                            }
                        } else {
                            numbers++;
                            assertEquals(
                                    Double.parseDouble(expected), cell.getNumericCellValue(), 1e-9, where + "number");
                        }
                    }
                    case BOOLEAN -> assertEquals(expected, String.valueOf(cell.getBooleanCellValue()), where);
                    case STRING -> {
                        String text = cell.getStringCellValue();
                        if (cell.getCellStyle().getQuotePrefixed()) {
                            assertEquals(expected, "'" + text, where + "guarded text");
                        } else {
                            assertEquals(expected, text, where + "text");
                            assertFalse(isNumber(expected), where + "a number written as text: " + expected);
                        }
                    }
                    default -> fail(where + "unexpected cell type " + cell.getCellType());
                }
            }
        }
        return numbers;
    }

    /** The records of an exported CSV (after checking its BOM and RFC 4180 line ends), header names from its first row. */
    public static List<CSVRecord> csv(byte[] body) throws IOException {
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "UTF-8 BOM");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
