package org.silhouette.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChecksTest {

    @Test
    void aValueInRangePassesThroughAndOneOutsideIsNamed() {
        assertEquals(3, Checks.atLeast(3, 1, "restarts"));
        assertEquals("restarts must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Checks.atLeast(0, 1, "restarts")).getMessage());
        assertEquals("maxPixels must be at least 1, got -5",
                assertThrows(IllegalArgumentException.class, () -> Checks.atLeast(-5L, 1, "maxPixels")).getMessage());
        assertEquals(0.0, Checks.nonNegative(0.0, "tolerance"));
        assertEquals("tolerance must be >= 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(-0.1, "tolerance")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(Double.NaN, "tolerance"));
        assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(Double.POSITIVE_INFINITY, "tolerance"));
    }
}
