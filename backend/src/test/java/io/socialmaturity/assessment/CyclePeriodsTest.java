package io.socialmaturity.assessment;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The next cycle's title: the title without its period, then the period the next cycle runs in. */
class CyclePeriodsTest {

    private static final Instant DEC_3_2026 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void quartersYearsAndMonths() {
        assertEquals("Social maturity · 2027-Q1", CyclePeriods.nextTitle("Social maturity", 3, DEC_3_2026));
        assertEquals("Social maturity · 2027-Q2", CyclePeriods.nextTitle("Social maturity", 6, DEC_3_2026));
        assertEquals("Social maturity · 2027", CyclePeriods.nextTitle("Social maturity", 12, DEC_3_2026));
        assertEquals("Social maturity · 2028", CyclePeriods.nextTitle("Social maturity", 24, DEC_3_2026));
        assertEquals("Social maturity · 2027-01", CyclePeriods.nextTitle("Social maturity", 1, DEC_3_2026));
        assertEquals("Social maturity · 2027-05", CyclePeriods.nextTitle("Social maturity", 5, DEC_3_2026));
    }

    @Test
    void thePreviousPeriodIsReplacedNotRepeated() {
        Instant march = Instant.parse("2027-03-31T23:59:00Z");
        assertEquals("Pulse · 2027-Q2", CyclePeriods.nextTitle("Pulse · 2027-Q1", 3, march));
        assertEquals("Pulse · 2028", CyclePeriods.nextTitle("Pulse · 2027", 12, march));
        assertEquals("Pulse · 2027-04", CyclePeriods.nextTitle("Pulse · 2027-03", 1, march));
        // a title that merely ends with a year is kept: only " · <period>" is a period
        assertEquals("Survey 2026 · 2027-Q2", CyclePeriods.nextTitle("Survey 2026", 3, march));
    }

    @Test
    void theTitleStaysWithinTwoHundredCharacters() {
        String title = CyclePeriods.nextTitle("x".repeat(200), 3, DEC_3_2026);
        assertEquals(200, title.length());
        assertTrue(title.endsWith(" · 2027-Q1"));
    }
}
