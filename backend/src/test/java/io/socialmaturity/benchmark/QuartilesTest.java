package io.socialmaturity.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Quartiles against values computed by hand (type 7: h = (n-1)p, linear between neighbours). */
class QuartilesTest {

    @Test
    void sixValuesInterpolate() {
        // h(0.25) = 1.25 -> 20 + 0.25*(35-20) = 23.75; h(0.5) = 2.5 -> 37.5; h(0.75) = 3.75 -> 40 + 0.75*50 = 77.5
        assertEquals(new Quartiles(23.75, 37.5, 77.5), Quartiles.of(new double[] {10, 20, 35, 40, 90, 95}));
    }

    @Test
    void fiveValuesHitRanks() {
        assertEquals(new Quartiles(35, 35, 70), Quartiles.of(new double[] {0, 35, 35, 70, 100}));
    }

    @Test
    void twoDecimalScoresStayExact() {
        // h = 0.75 -> 12.34 + 0.75*(56.78-12.34) = 45.67; h = 1.5 -> 56.78; h = 2.25 -> 56.78 + 0.25*(99.99-56.78) =
        // 67.5825
        assertEquals(new Quartiles(45.67, 56.78, 67.5825), Quartiles.of(new double[] {12.34, 56.78, 56.78, 99.99}));
    }

    @Test
    void oneValueIsEverything() {
        assertEquals(new Quartiles(42, 42, 42), Quartiles.of(new double[] {42}));
        assertThrows(IllegalArgumentException.class, () -> Quartiles.of(new double[0]));
    }
}
