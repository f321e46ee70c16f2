package io.socialmaturity.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void writesTypedCellsUnderAFrozenBoldHeader() throws IOException {
        byte[] file = Xlsx.workbook()
                .sheet(
                        "Results",
                        List.of("dimension", "score", "met", "closed", "at", "note"),
                        List.of(
                                List.of(
                                        "Marketing",
                                        62.5,
                                        true,
                                        LocalDate.of(2026, 3, 31),
                                        Instant.parse("2026-03-31T10:15:30Z"),
                                        "fine"),
                                Arrays.asList("IT", -3, false, null, null, null)))
                .toBytes();

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheet("Results");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals("dimension", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(62.5, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(-3, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertTrue(sheet.getRow(1).getCell(2).getBooleanCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(3)));
            assertEquals(
                    LocalDate.of(2026, 3, 31),
                    sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(
                    "2026-03-31T10:15:30",
                    sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toString());
            assertNull(sheet.getRow(2).getCell(3));
        }
    }

    @Test
    void writesATextThatLooksLikeAFormulaQuotePrefixedAndExact() throws IOException {
        byte[] file = Xlsx.workbook()
                .sheet("Answers", List.of("comment"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("plain")))
                .toBytes();

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheetAt(0);
            var risky = sheet.getRow(1).getCell(0);
            assertEquals(CellType.STRING, risky.getCellType());
            assertEquals("=HYPERLINK(\"x\")", risky.getStringCellValue());
            assertTrue(risky.getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void makesSheetNamesSafeAndRefusesAnEmptyWorkbook() throws IOException {
        byte[] file = Xlsx.workbook()
                .sheet("Results: a very long name that Excel would refuse", List.of("a"), List.of())
                .toBytes();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertTrue(read.getSheetName(0).length() <= 31);
            assertFalse(read.getSheetName(0).contains(":"));
        }
        assertThrows(IllegalStateException.class, () -> Xlsx.workbook().toBytes());
    }
}
