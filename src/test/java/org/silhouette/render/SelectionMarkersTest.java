package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionMarkersTest {

    private static MapPoints points(float[] x, float[] y) {
        MapPoints p = new MapPoints();
        p.setPositions(x, y);
        p.setSpacing(1);
        return p;
    }

    private static Viewport view(double size) {
        Viewport v = new Viewport();
        v.setSize(size, size);
        v.set(1, 0, 0);
        return v;
    }

    @Test
    void neighboursShareAMarkerAndPointsOffScreenOrUnselectedHaveNone() {
        MapPoints p = points(new float[] {10, 11, 50, 500, 30}, new float[] {10, 10, 50, 500, 30});
        BitSet selected = new BitSet();
        selected.set(0, 4); // not the point at (30, 30)
        SelectionMarkers m = new SelectionMarkers();
        m.place(p, view(100), selected, RenderSettings.DEFAULT, false);
        assertEquals(2, m.count(), "(10, 10) and (11, 10) in one cell, (500, 500) off screen");
        // a dot of radius 1.6 gets a square 1.5 px beyond it, on whole pixels
        assertArrayEquals(new double[] {7, 7, 13, 13, 47, 47, 53, 53}, Arrays.copyOf(m.boxes(), 8));
    }

    @Test
    void aHugeSelectionIsThinnedToAtMostTheLimit() {
        int side = 200;
        float[] x = new float[side * side];
        float[] y = new float[side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = 8 * (i % side);
            y[i] = 8 * (i / side);
        }
        BitSet all = new BitSet();
        all.set(0, x.length);
        SelectionMarkers m = new SelectionMarkers();
        m.place(points(x, y), view(1600), all, RenderSettings.DEFAULT, false);
        assertTrue(m.count() <= SelectionMarkers.MAX_MARKERS && m.count() > SelectionMarkers.MAX_MARKERS / 2,
                "markers: " + m.count());
    }
}
