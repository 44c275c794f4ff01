package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionMarkersTest {

    @Test
    void neighboursShareAMarkerAndPointsOffScreenOrUnselectedHaveNone() {
        MapPoints p = TestMaps.points(new float[] {10, 11, 50, 500, 30}, new float[] {10, 10, 50, 500, 30}, 1);
        BitSet selected = new BitSet();
        selected.set(0, 4); // not the point at (30, 30)
        SelectionMarkers m = new SelectionMarkers();
        m.place(p, TestMaps.identity(100, 100), selected, RenderSettings.DEFAULT, false);
        assertEquals(2, m.count(), "(10, 10) and (11, 10) in one cell, (500, 500) off screen");
        // a dot of radius 1.6 gets a square 1.5 px beyond it, on whole pixels
        assertArrayEquals(new double[] {7, 7, 13, 13, 47, 47, 53, 53}, Arrays.copyOf(m.boxes(), 8));
    }

    /**
     * Below the thumbnail zoom, a selected point that the frame drew as a thumbnail is framed whole, even
     * where a dot's marker would share its grid cell; the other selected points keep dot-sized markers.
     */
    @Test
    void aSelectedThumbnailAmongDotsIsFramedWhole() {
        MapPoints p = TestMaps.points(new float[] {40, 41, 80}, new float[] {40, 40, 20}, 1);
        BitSet selected = new BitSet();
        selected.set(0, 3);
        BitSet thumbnails = new BitSet();
        thumbnails.set(1);
        SelectionMarkers m = new SelectionMarkers();
        m.place(p, TestMaps.identity(100, 100), selected, RenderSettings.DEFAULT, false, thumbnails, 17);
        assertEquals(3, m.count(), "the thumbnail's frame, and one dot marker each for the other two");
        // 17 px thumbnail at (41, 40): half 8.5 + 0.5 beyond it; then the dots, radius 1.6 + 1.5
        assertArrayEquals(new double[] {32, 31, 50, 49, 37, 37, 43, 43, 77, 17, 83, 23}, Arrays.copyOf(m.boxes(), 12));

        m.place(p, TestMaps.identity(100, 100), selected, RenderSettings.DEFAULT, false);
        assertEquals(2, m.count(), "without the drawn thumbnails, (40, 40) and (41, 40) share a dot's cell");
    }

    @Test
    void aHugeSelectionIsThinnedToAtMostTheLimit() {
        float[][] g = TestMaps.grid(200, 8); // 40,000 points, each in a cell of its own at first
        BitSet all = new BitSet();
        all.set(0, g[0].length);
        SelectionMarkers m = new SelectionMarkers();
        m.place(TestMaps.points(g[0], g[1], 1), TestMaps.identity(1600, 1600), all, RenderSettings.DEFAULT, false);
        assertTrue(m.count() <= SelectionMarkers.MAX_MARKERS && m.count() > SelectionMarkers.MAX_MARKERS / 2,
                "markers: " + m.count());
    }
}
