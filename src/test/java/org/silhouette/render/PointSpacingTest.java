package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointSpacingTest {

    @Test
    void regularGridSpacingIsTheGridStep() {
        float[][] g = TestMaps.grid(120, 0.5f);
        assertEquals(0.5f, PointSpacing.estimate(g[0], g[1], g[0].length), 1e-6);
    }

    @Test
    void duplicatesAreSkippedAndTinyInputsAreSafe() {
        float[] x = {0, 0, 3, 3};
        float[] y = {0, 0, 4, 4};
        assertEquals(5f, PointSpacing.estimate(x, y, 4), 1e-6);
        assertEquals(1f, PointSpacing.estimate(new float[] {2}, new float[] {2}, 1));
        assertEquals(1f, PointSpacing.estimate(new float[] {2, 2}, new float[] {2, 2}, 2));
    }

    @Test
    void matchesBruteForceMedianOnRandomPoints() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        int n = 800;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextGaussian() * (i % 2 == 0 ? 1 : 5);
            y[i] = (float) r.nextGaussian();
        }
        double[] nn = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    best = Math.min(best, Math.hypot(x[j] - x[i], y[j] - y[i]));
                }
            }
            nn[i] = best;
        }
        java.util.Arrays.sort(nn);
        assertEquals(nn[n / 2], PointSpacing.estimate(x, y, n), 1e-6);
    }
}
