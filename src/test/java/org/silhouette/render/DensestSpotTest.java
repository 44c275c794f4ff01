package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DensestSpotTest {

    @Test
    void theBusiestCellWinsAndItsNearestPointsComeFirst() {
        // a spread of single points over [0, 24] and a crowd of five around (18.5, 6.5)
        float[] x = {0, 24, 0, 24, 12, 18.4f, 18.6f, 18.5f, 18.45f, 18.5f};
        float[] y = {0, 24, 24, 0, 12, 6.4f, 6.6f, 6.5f, 6.55f, 6.62f};
        float[] spot = DensestSpot.of(x, y);
        assertEquals(18.5f, spot[0], 1e-4);
        assertEquals(6.5f, spot[1], 1e-4);
        assertArrayEquals(new int[] {7, 8, 9}, DensestSpot.nearest(x, y, spot, 3));
    }

    @Test
    void pointsThatSpanNoAreaHaveTheOrigin() {
        assertArrayEquals(new float[] {0, 0}, DensestSpot.of(new float[0], new float[0]));
        assertArrayEquals(new float[] {0, 0}, DensestSpot.of(new float[] {1, 1}, new float[] {2, 3}));
    }
}
