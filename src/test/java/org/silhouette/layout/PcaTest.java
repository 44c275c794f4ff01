package org.silhouette.layout;

import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our PCA against Smile's own (the implementation it replaced), component by component up to sign. */
class PcaTest {

    /** Gaussian rows with a distinct variance on every axis, turned by a fixed random rotation. */
    private static FloatMatrix rotatedGaussian(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] turn = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                turn[a][b] = random.nextGaussian();
            }
        }
        float[] x = new float[n * d];
        double[] z = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                z[a] = random.nextGaussian() * 8.0 / (1 + a) + (a == 0 ? 3 : 0);
            }
            for (int b = 0; b < d; b++) {
                double v = 0;
                for (int a = 0; a < d; a++) {
                    v += z[a] * turn[a][b];
                }
                x[i * d + b] = (float) v;
            }
        }
        return new FloatMatrix(n, d, x);
    }

    private static double[][] smileScores(FloatMatrix x, int k) {
        double[][] rows = x.toDoubleRows();
        return smile.feature.extraction.PCA.fit(rows).getProjection(k).apply(rows);
    }

    private static double correlation(FloatMatrix ours, double[][] theirs, int c) {
        int n = ours.rows();
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += ours.get(i, c) / n;
            mb += theirs[i][c] / n;
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            double a = ours.get(i, c) - ma;
            double b = theirs[i][c] - mb;
            ab += a * b;
            aa += a * a;
            bb += b * b;
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void everyRowFittedGivesSmilesScoresUpToSign() {
        FloatMatrix x = rotatedGaussian(600, 12, 1);
        FloatMatrix ours = Pca.reduce(x, 5);
        double[][] theirs = smileScores(x, 5);
        for (int c = 0; c < 5; c++) {
            double sign = Math.signum(ours.get(0, c) * theirs[0][c]);
            for (int i = 0; i < x.rows(); i++) {
                assertEquals(theirs[i][c], sign * ours.get(i, c), 1e-3 * (1 + Math.abs(theirs[i][c])),
                        "row " + i + " component " + c);
            }
        }
    }

    @Test
    void axesFittedOnASampleOfManyRowsAgreeWithTheExactOnes() {
        // the sample's sampling error turns the 4th axis by about 0.05 rad here (correlation 0.9989); a wrong
        // axis or a mix-up of rows and columns falls far below the bound
        int n = 3 * Pca.FIT_ROWS + 7;
        FloatMatrix x = rotatedGaussian(n, 24, 2);
        FloatMatrix ours = Pca.reduce(x, 4);
        double[][] theirs = smileScores(x, 4);
        for (int c = 0; c < 4; c++) {
            double r = Math.abs(correlation(ours, theirs, c));
            assertTrue(r > 0.995, "component " + c + " correlates " + r + " with the exact one");
        }
    }

    @Test
    void askingForMoreComponentsThanColumnsPadsWithZeros() {
        FloatMatrix x = rotatedGaussian(50, 3, 3);
        FloatMatrix y = Pca.reduce(x, 5);
        assertEquals(5, y.cols());
        for (int i = 0; i < x.rows(); i++) {
            assertEquals(0f, y.get(i, 3));
            assertEquals(0f, y.get(i, 4));
        }
    }
}
