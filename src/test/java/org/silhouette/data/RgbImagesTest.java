package org.silhouette.data;

import org.silhouette.harness.stress.SyntheticImages;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RgbImagesTest {

    /** A 3×2 image whose pixel values are 1..6 in reading order. */
    private static BufferedImage grid() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int v = 1;
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                img.setRGB(x, y, v++);
            }
        }
        return img;
    }

    private static int[][] read(BufferedImage img) {
        int[][] out = new int[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                out[y][x] = img.getRGB(x, y) & 0xFFFFFF;
            }
        }
        return out;
    }

    @Test
    void allEightExifOrientationsByHand() {
        // stored:  1 2 3 / 4 5 6. Each expected grid is what a viewer shows (EXIF 2.32, tag 0x0112).
        int[][][] expected = {
                {{1, 2, 3}, {4, 5, 6}},       // 1 upright
                {{3, 2, 1}, {6, 5, 4}},       // 2 mirrored horizontally
                {{6, 5, 4}, {3, 2, 1}},       // 3 rotated 180°
                {{4, 5, 6}, {1, 2, 3}},       // 4 mirrored vertically
                {{1, 4}, {2, 5}, {3, 6}},     // 5 transposed
                {{4, 1}, {5, 2}, {6, 3}},     // 6 needs 90° clockwise
                {{6, 3}, {5, 2}, {4, 1}},     // 7 transverse
                {{3, 6}, {2, 5}, {1, 4}},     // 8 needs 90° counter-clockwise
        };
        for (int o = 1; o <= 8; o++) {
            int[][] got = read(RgbImages.orient(grid(), o));
            assertEquals(expected[o - 1].length, got.length, "orientation " + o);
            for (int y = 0; y < got.length; y++) {
                assertArrayEquals(expected[o - 1][y], got[y], "orientation " + o + " row " + y);
            }
        }
    }

    @Test
    void compositingAndScaling() {
        assertEquals(0xFFFFFF, RgbImages.composite(0xFF0000, 0, false, 0xFFFFFF));
        assertEquals(0xFF0000, RgbImages.composite(0xFF0000, 255, false, 0xFFFFFF));
        assertEquals(0x80_00_00, RgbImages.composite(0xFF0000, 128, false, 0x000000)); // (255*128+127)/255 = 128
        assertEquals(0xFF7F7F, RgbImages.composite(0x800000, 128, true, 0xFFFFFF)); // premultiplied: 128 + 255*127/255
        assertEquals(128, RgbImages.scale(0x8080, 0xFFFF));
        assertEquals(255, RgbImages.scale(1, 1));
    }

    @Test
    void exifParserReadsBothByteOrdersAndIgnoresJunk() throws Exception {
        byte[] jpeg = SyntheticImages.jpegBytes(SyntheticImages.quadrant(8, 8, 0, 0), 0.9f);
        for (int o = 1; o <= 8; o++) {
            assertEquals(o, ExifOrientation.ofJpeg(SyntheticImages.spliceAfterSoi(jpeg, SyntheticImages.exifOrientationSegment(o, true))));
            assertEquals(o, ExifOrientation.ofJpeg(SyntheticImages.spliceAfterSoi(jpeg, SyntheticImages.exifOrientationSegment(o, false))));
        }
        assertEquals(1, ExifOrientation.ofJpeg(jpeg));
        assertEquals(1, ExifOrientation.ofJpeg(SyntheticImages.spliceAfterSoi(jpeg, SyntheticImages.exifOrientationSegment(9, true))));
        byte[] cut = SyntheticImages.spliceAfterSoi(jpeg, SyntheticImages.exifOrientationSegment(6, true));
        assertEquals(1, ExifOrientation.ofJpeg(java.util.Arrays.copyOf(cut, 20)), "a cut-off segment is ignored");
        assertEquals(1, ExifOrientation.ofJpeg(new byte[] {1, 2, 3}));
    }
}
