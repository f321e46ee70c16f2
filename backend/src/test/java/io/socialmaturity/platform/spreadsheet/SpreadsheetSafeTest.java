package io.socialmaturity.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+1",
                "-1",
                "@SUM(A1)",
                "=HYPERLINK(\"https://evil.example\")",
                "\t=1",
                "\r=1",
                "-2+3",
                "=cmd|' /C calc'!A0"
            })
    void textThatWouldStartAFormulaGetsALeadingApostrophe(String value) {
        assertEquals("'" + value, SpreadsheetSafe.text(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"We use a listening tool", "a=b", "'quoted", "1-2", "È già fatto", " =1 after a space"})
    void otherTextIsUnchanged(String value) {
        assertEquals(value, SpreadsheetSafe.text(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void emptyAndNullStayAsTheyAre(String value) {
        assertEquals(value, SpreadsheetSafe.text(value));
        assertNull(SpreadsheetSafe.text(null));
    }
}
