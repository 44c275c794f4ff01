package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Small tiles grow by whole factors with crisp pixels; large or nearly large enough ones stay as they are. */
class ArgbTileTest {

    private static final int A = 0xFF000001;
    private static final int B = 0xFF000002;

    @Test
    void aSmallTileRepeatsEachPixelByTheLargestWholeFactor() {
        ArgbTile tile = new ArgbTile(2, 1, new int[] {A, B}, null);
        ArgbTile big = tile.enlarged(7, 48); // 7 / 2 px: factor 3
        assertEquals(6, big.width());
        assertEquals(3, big.height());
        assertArrayEquals(new int[] {A, A, A, B, B, B}, java.util.Arrays.copyOfRange(big.argb(), 12, 18));
    }

    @Test
    void aTileTooLargeForAFactorOfTwoOrPhotoLikeStaysItself() {
        ArgbTile tile = new ArgbTile(2, 1, new int[] {A, B}, null);
        assertSame(tile, tile.enlarged(3, 48), "a factor of 1.5 rounds down to 1");
        assertSame(tile, tile.enlarged(100, 2), "from 2 px on, smooth scaling looks better");
    }
}
