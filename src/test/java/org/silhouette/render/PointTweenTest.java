package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointTweenTest {

    @Test
    void movesFromOldToNewWithinTheDuration() {
        float[] fromX = {0, 10};
        float[] fromY = {0, Float.NaN};
        float[] toX = {4, 20};
        float[] toY = {8, 5};
        float[] x = new float[2];
        float[] y = new float[2];
        PointTween t = new PointTween(fromX, fromY, toX, toY, 400_000_000L);
        assertFalse(t.step(1_000_000_000L, x, y));
        assertArrayEquals(new float[] {0, 10}, x);
        assertEquals(5, y[1], "a point with no old place starts at its new one");
        assertFalse(t.step(1_200_000_000L, x, y));
        assertEquals(2, x[0], 1e-6, "ease-in-out is exactly halfway at half time");
        assertEquals(4, y[0], 1e-6);
        assertTrue(t.step(1_400_000_000L, x, y));
        assertArrayEquals(toX, x);
        assertArrayEquals(toY, y);
    }

    @Test
    void easeByHand() {
        assertEquals(0, PointTween.ease(0), 1e-12);
        assertEquals(4 * 0.001, PointTween.ease(0.1), 1e-12);
        assertEquals(1 - 0.008 / 2, PointTween.ease(0.9), 1e-12);
        assertEquals(1, PointTween.ease(1), 1e-12);
    }

    @Test
    void theDefaultIsUnderHalfASecond() {
        assertTrue(PointTween.DEFAULT_NANOS <= 500_000_000L);
    }

    @Test
    void coordinatesWithoutAPartnerAreRefusedBeforeAnythingMoves() {
        float[] three = {0, 1, 2};
        float[] two = {0, 1};
        assertEquals("x has 3 values but y has 2", assertThrows(
                IllegalArgumentException.class, () -> new PointMotion().moveTo(three, two, false)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new MapPoints().setPositions(three, two));
    }
}
