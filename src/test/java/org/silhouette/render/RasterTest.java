package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RasterTest {

    @Test
    void blendByHand() {
        // 50% (a=128) of pure red over pure blue: red = (255*129)>>8 = 128, blue = (255*128)>>8 = 127.
        int out = Raster.blend(0xFF0000FF, 0xFFFF0000, 128);
        assertEquals(0xFF80007F, out);
        assertEquals(0xFFFF0000, Raster.blend(0xFF0000FF, 0xFFFF0000, 255));
        assertEquals(0xFF0000FF, Raster.blend(0xFF0000FF, 0xFFFF0000, 0));
    }

    @Test
    void dotCoversItsCentreAndClipsAtEdges() {
        Raster r = new Raster(10, 10);
        r.clear(0x000000);
        r.setDotRadius(2);
        r.dot(5, 5, 0x00FF00);
        r.dot(0, 0, 0xFF0000); // clipped, must not throw
        r.dot(-3, 20, 0xFF0000);
        assertEquals(0xFF00FF00, r.pixel(5, 5));
        assertEquals(0xFF00FF00, r.pixel(6, 5));
        // two pixels out the rim covers half: coverage r + 0.5 - d = 0.5 -> a = 128 -> green (255*129)>>8 = 128
        assertEquals(0xFF008000, r.pixel(7, 5));
        assertEquals(0xFF000000, r.pixel(5, 9));
        assertEquals(0xFFFF0000, r.pixel(0, 0));
    }

    @Test
    void tileIsFramedAndScaledNearest() {
        ArgbTile tile = tile(4, 4, i -> (i % 4) < 2 ? 0xFFFFFFFF : 0xFF000000); // left half white, right half black
        Raster r = new Raster(30, 30);
        r.clear(0x123456);
        r.tile(5, 5, 12, 0xFF0000, tile); // frame 1 px (size < 16), inner 10 px
        assertEquals(0xFFFF0000, r.pixel(5, 5));
        assertEquals(0xFFFF0000, r.pixel(16, 16));
        assertEquals(0xFFFFFFFF, r.pixel(6, 6));
        assertEquals(0xFF000000, r.pixel(15, 15));
        assertEquals(0xFF123456, r.pixel(17, 17));
    }

    @Test
    void tileClipsAtTheEdgesLikeAnUnclippedOne() {
        ArgbTile tile = tile(8, 8, i -> 0xFF000000 | (i * 4));
        Raster whole = new Raster(40, 40);
        whole.tile(10, 10, 20, 0xFF0000, tile);
        Raster clipped = new Raster(40, 40);
        clipped.tile(-5, -7, 20, 0xFF0000, tile); // same tile moved by (-15, -17)
        for (int y = 0; y < 13; y++) {
            for (int x = 0; x < 15; x++) {
                assertEquals(whole.pixel(x + 15, y + 17), clipped.pixel(x, y), "pixel " + x + "," + y);
            }
        }
        Raster far = new Raster(10, 10);
        far.tile(50, 50, 20, 0xFF0000, tile); // entirely outside: nothing, no exception
        far.tile(-30, 2, 20, 0xFF0000, tile);
        assertEquals(0, far.pixel(0, 5));
    }

    @Test
    void wideTileIsLetterboxedInsideItsFrame() {
        ArgbTile tile = tile(4, 2, i -> 0xFFFFFFFF);
        Raster r = new Raster(20, 20);
        r.clear(0x000000);
        r.tile(0, 0, 12, 0x00FF00, tile); // frame 1, inner 10: image 10 x 5 centred, rows 1+2..1+6
        assertEquals(0xFF00FF00, r.pixel(0, 0));
        assertEquals(0xFF101114, r.pixel(5, 1), "letterbox above the image");
        assertEquals(0xFFFFFFFF, r.pixel(5, 5));
        assertEquals(0xFF101114, r.pixel(5, 10), "letterbox below the image");
        assertEquals(0xFF00FF00, r.pixel(11, 5));
    }

    @Test
    void halfTileAveragesBlocks() {
        int[] px = {0xFF000000, 0xFF0000FF, 0xFF000000, 0xFF000000,
                    0xFF0000FF, 0xFF0000FF, 0xFF000000, 0xFF000000};
        int[] half = ArgbTile.boxHalve(4, 2, px);
        assertEquals(2, half.length);
        assertEquals(0xFF0000BF, half[0], "(0+255+255+255+2)/4 = 191");
        assertEquals(0xFF000000, half[1]);
    }

    @Test
    void transparentTilesFlattenOntoTheBackdrop() {
        ArgbTile t = ArgbTile.of(1, 1, new int[] {0x00FFFFFF}, 0x102030);
        assertEquals(0xFF102030, t.argb()[0]);
    }

    /** An opaque tile whose pixel {@code i} (row-major) is {@code argb(i)}. */
    private static ArgbTile tile(int width, int height, IntUnaryOperator argb) {
        return ArgbTile.of(width, height, IntStream.range(0, width * height).map(argb).toArray(), 0);
    }
}
