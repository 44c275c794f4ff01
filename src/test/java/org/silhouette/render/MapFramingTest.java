package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which part of the map the viewport frames as the window resizes, the user zooms and points are shown. */
class MapFramingTest {

    private static final float[] UNIT = {0, 0, 1, 1};

    private static Viewport sized(double w, double h) {
        Viewport v = new Viewport();
        v.setSize(w, h);
        return v;
    }

    @Test
    void theWholeMapFitsWithItsMarginUntilTheUserMovesTheView() {
        Viewport v = sized(200, 100);
        MapFraming f = new MapFraming(v);
        f.fitAll(UNIT);
        assertFalse(f.touched());
        assertEquals(100 - 2 * MapFraming.FIT_MARGIN, v.scale(), 1e-9, "the shorter side fits");
        f.resized(400, 300, UNIT);
        assertEquals(300 - 2 * MapFraming.FIT_MARGIN, v.scale(), 1e-9, "a resize refits an untouched view");
        v.panBy(5, 0);
        assertTrue(f.touched());
        double scale = v.scale();
        f.resized(800, 600, UNIT);
        assertEquals(scale, v.scale(), 1e-9, "a view the user moved is left as it is");
    }

    @Test
    void nothingIsFittedBeforeTheViewHasASize() {
        Viewport v = new Viewport();
        MapFraming f = new MapFraming(v);
        f.fitAll(UNIT);
        f.limit(UNIT, 0.1, 160);
        assertEquals(1, v.scale());
        assertEquals(1, f.zoom());
    }

    @Test
    void zoomLimitsAreAnEighthAndEightTimesTheFitOrRoomForFullThumbnails() {
        Viewport v = sized(100, 100);
        MapFraming f = new MapFraming(v);
        f.limit(new float[] {0, 0, 10, 2}, 1, 160);
        assertEquals(10.0 / 8, v.minScale(), 1e-9);
        assertEquals(320, v.maxScale(), 1e-9, "thumbnails of 160 px need 2 × 160 / spacing");
        f.limit(new float[] {0, 0, 10, 2}, 100, 160);
        assertEquals(80, v.maxScale(), 1e-9, "eight times the fit when that is further");
        v.set(20, 0, 0);
        assertEquals(2, f.zoom(), 1e-9);
    }

    @Test
    void oneShownPointIsZoomedInOnUntilItStandsOut() {
        Viewport v = sized(100, 100);
        MapFraming f = new MapFraming(v);
        float[] x = {0, 10, 5};
        float[] y = {0, 10, 5};
        f.limit(new float[] {0, 0, 10, 10}, 1, 160);
        BitSet two = new BitSet();
        two.set(0, 2);
        f.show(two, x, y, 10, 6);
        assertEquals(8, v.scale(), 1e-9, "two points fit within the margin");
        assertEquals(50, v.toScreenX(5), 1e-9);
        BitSet one = new BitSet();
        one.set(2);
        f.show(one, x, y, 10, 6);
        assertEquals(6, f.zoom(), 1e-9);
        assertEquals(50, v.toScreenX(5), 1e-9, "centred on it");
    }

    @Test
    void arrowsPanByAnEighthOfTheLongerSideAndKeysZoomAboutTheCentre() {
        Viewport v = sized(160, 80);
        MapFraming f = new MapFraming(v);
        double x0 = v.offsetX();
        double y0 = v.offsetY();
        f.arrow(-1, 0);
        assertEquals(x0 + 20, v.offsetX(), 1e-9, "left shows what lies left: the map moves right");
        f.arrow(0, 1);
        assertEquals(y0 - 20, v.offsetY(), 1e-9);
        double worldAtCentre = v.toWorldX(80);
        f.zoomAboutCentre(2);
        assertEquals(2, v.scale(), 1e-9);
        assertEquals(worldAtCentre, v.toWorldX(80), 1e-9);
    }

    @Test
    void theBoxOfRowsSpansOnlyThoseRows() {
        BitSet rows = new BitSet();
        rows.set(1);
        rows.set(2);
        assertArrayEquals(new float[] {-1, 2, 4, 3}, MapFraming.boxOf(rows, new float[] {100, 4, -1},
                new float[] {100, 2, 3}));
    }
}
