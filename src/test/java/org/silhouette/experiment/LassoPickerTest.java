package org.silhouette.experiment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LassoPickerTest {

    /** The separable blur equals the direct 2-D Gaussian sum, zero outside the raster, edges included. */
    @Test
    void blurIsTheTwoDimensionalGaussianSum() {
        int g = 7;
        double sigma = 1.2;
        int r = (int) Math.ceil(3 * sigma);
        double[] v = new double[g * g];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble();
        }
        double[] blurred = LassoPicker.blur(v, g, sigma);
        for (int y = 0; y < g; y++) {
            for (int x = 0; x < g; x++) {
                double s = 0;
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && xx < g && yy >= 0 && yy < g) {
                            s += Math.exp(-0.5 * (dx * dx + dy * dy) / (sigma * sigma)) * v[yy * g + xx];
                        }
                    }
                }
                assertEquals(s, blurred[y * g + x], 1e-12, "cell " + x + "," + y);
            }
        }
    }

    @Test
    void aroundIsTheThreeByThreeBlockClippedToTheRaster() {
        assertArrayEquals(new int[] {0, 1, 4, 5}, LassoPicker.around(0, 4));
        assertArrayEquals(new int[] {0, 1, 2, 4, 5, 6, 8, 9, 10}, LassoPicker.around(5, 4));
        assertArrayEquals(new int[] {10, 11, 14, 15}, LassoPicker.around(15, 4));
    }
}
