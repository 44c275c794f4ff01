package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolygonsTest {

    // An L shape: the square (0,0)-(4,4) without its top-right quarter (2,2)-(4,4)... y down.
    private static final double[] LX = {0, 4, 4, 2, 2, 0};
    private static final double[] LY = {0, 0, 2, 2, 4, 4};

    @Test
    void concaveShapeByHand() {
        assertTrue(Polygons.contains(LX, LY, 6, 1, 1));
        assertTrue(Polygons.contains(LX, LY, 6, 3, 1));
        assertTrue(Polygons.contains(LX, LY, 6, 1, 3));
        assertFalse(Polygons.contains(LX, LY, 6, 3, 3), "the notch is outside");
        assertFalse(Polygons.contains(LX, LY, 6, 5, 1));
        assertFalse(Polygons.contains(LX, LY, 6, -0.1, 1));
    }

    @Test
    void selfIntersectingBowTieFollowsEvenOdd() {
        // Bow tie: (0,0) -> (4,4) -> (4,0) -> (0,4): two triangles meeting at (2,2).
        double[] px = {0, 4, 4, 0};
        double[] py = {0, 4, 0, 4};
        assertTrue(Polygons.contains(px, py, 4, 3.5, 2), "right triangle");
        assertTrue(Polygons.contains(px, py, 4, 0.5, 2), "left triangle");
        assertFalse(Polygons.contains(px, py, 4, 2, 0.5), "top wedge is outside");
        assertFalse(Polygons.contains(px, py, 4, 2, 3.5), "bottom wedge is outside");
    }

    @Test
    void insideSelectsFromArraysAndIgnoresNaN() {
        float[] x = {1, 3, 1, 3, 5, Float.NaN, 1.9f};
        float[] y = {1, 1, 3, 3, 1, 1, 3.9f};
        BitSet hits = Polygons.inside(x, y, x.length, LX, LY, 6);
        BitSet expected = new BitSet();
        expected.set(0);
        expected.set(1);
        expected.set(2);
        expected.set(6);
        assertEquals(expected, hits);
    }

    @Test
    void onlyTheFirstNPointsAndNeedsThreeVertices() {
        float[] x = {1, 1};
        float[] y = {1, 1};
        assertEquals(1, Polygons.inside(x, y, 1, LX, LY, 6).cardinality());
        assertTrue(Polygons.inside(x, y, 2, LX, LY, 2).isEmpty());
    }

    @Test
    void boxTakesCornersInAnyOrderAndIsClosed() {
        float[] x = {0, 1, 2, 3};
        float[] y = {0, 1, 2, 3};
        BitSet hits = Polygons.insideBox(x, y, 4, 2, 2, 1, 1);
        assertEquals("{1, 2}", hits.toString());
    }

    @Test
    void nearestWithinDistance() {
        float[] x = {0, 10, 10.5f};
        float[] y = {0, 0, 0};
        assertEquals(1, Polygons.nearest(x, y, 3, 9.9, 0.1, 1));
        assertEquals(-1, Polygons.nearest(x, y, 3, 5, 5, 1));
        assertEquals(0, Polygons.nearest(x, y, 3, 0.5, 0, 1));
    }
}
