package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverviewTest {

    @Test
    void theWholeMapFitsWithinTheMarginAndClicksMapBack() {
        float[] x = {0, 10, 5};
        float[] y = {0, 5, 2.5f};
        MapPoints points = TestMaps.points(x, y, 1);
        points.setColours(new int[] {0, 1, 1}, new int[] {0x112233, 0xAABBCC}, new int[] {0, 1, 2});
        Overview o = new Overview(24, 14, 2); // 20 x 10 inside the margin: 2 px per world unit, centred
        o.draw(points, x, y, 0x000000);
        assertEquals(2.0, o.frame().toScreenX(0), 1e-9);
        assertEquals(22.0, o.frame().toScreenX(10), 1e-9);
        assertEquals(2.0, o.frame().toScreenY(0), 1e-9);
        assertEquals(7.5, o.frame().toWorldX(o.frame().toScreenX(7.5)), 1e-9);
        int[] px = o.pixels();
        assertEquals(0xFF112233, px[2 * 24 + 2]);
        assertEquals(0xFFAABBCC, px[7 * 24 + 12], "the middle point");
        assertEquals(0xFF000000, px[0], "the background elsewhere");
        // the point at x = 10 lands on pixel 22, inside the raster
        assertEquals(0xFFAABBCC, px[12 * 24 + 22]);
    }

    @Test
    void theOutlineIsTheViewsPartCutJustPastTheEdgesAndNeverThinnerThanTwoPixels() {
        float[] x = {0, 10};
        float[] y = {0, 5};
        Overview o = new Overview(24, 14, 2); // 2 px per world unit, world 0 at pixel 2
        o.draw(TestMaps.points(x, y, 1), x, y, 0);
        Viewport view = new Viewport();
        view.setSize(100, 50);
        view.set(20, -40, -20); // shows world x 2..7, y 1..3.5
        assertArrayEquals(new double[] {6, 4, 10, 5}, o.outline(view), 1e-9);
        view.set(1, 50, 30); // shows world x -50..50: far past the edges
        assertArrayEquals(new double[] {-1, -1, 26, 16}, o.outline(view), 1e-9);
        view.set(1e6, 0, 0); // a tiny part: still visible
        assertArrayEquals(new double[] {2, 2, 2, 2}, o.outline(view), 1e-9);
    }
}
