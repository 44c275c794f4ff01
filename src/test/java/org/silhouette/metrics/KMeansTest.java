package org.silhouette.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KMeansTest {

    /** Well-separated blobs: the optimum is unique, so we must find sklearn's clustering and its inertia. */
    @Test
    void recoversSeparatedBlobsLikeSklearn() {
        JsonNode c = Fixtures.read("kmeans.json").get("cases").get(0);
        FloatMatrix x = Fixtures.matrix(c.get("x"));
        int[] truth = Fixtures.ints(c.get("labels"));
        KMeansResult r = KMeans.fit(x, KMeansOptions.of(c.get("k").asInt(), 3));
        assertEquals(1.0, c.get("sklearn_ari").asDouble());
        assertEquals(1.0, PartitionAgreement.ari(truth, r.assignments()), 0);
        double inertia = c.get("sklearn_inertia").asDouble();
        assertEquals(inertia, r.inertia(), 1e-9 * inertia);
    }

    /** Points 0, 1, 10, 11 with k = 2: centroids 0.5 and 10.5, every point 0.5 away, inertia 4 * 0.25 = 1. */
    @Test
    void handComputedOneDimensionalCase() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {10}, {1}, {11}});
        KMeansResult r = KMeans.fit(x, KMeansOptions.of(2, 0));
        assertEquals(1.0, r.inertia(), 1e-12);
        assertEquals(r.assignments()[0], r.assignments()[2]);
        assertEquals(r.assignments()[1], r.assignments()[3]);
        assertNotEquals(r.assignments()[0], r.assignments()[1]);
        assertEquals(0.5, r.centroids()[r.assignments()[0]][0], 1e-12);
        assertEquals(10.5, r.centroids()[r.assignments()[1]][0], 1e-12);
    }

    @Test
    void sameSeedSameResultOnAnyNumberOfThreads() throws Exception {
        FloatMatrix x = noisyBlobs(900, 12, 7, 4.0, 11);
        KMeansOptions o = KMeansOptions.of(7, 42);
        KMeansResult a = KMeans.fit(x, o);
        KMeansResult b = KMeans.fit(x, o);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            KMeansResult c = single.submit(() -> KMeans.fit(x, o)).get();
            assertArrayEquals(a.assignments(), c.assignments());
            assertEquals(a.inertia(), c.inertia(), 0);
        } finally {
            single.shutdown();
        }
        assertArrayEquals(a.assignments(), b.assignments());
        assertEquals(a.inertia(), b.inertia(), 0);
        assertArrayEquals(a.centroids(), b.centroids());
    }

    /**
     * On overlapping data, with tolerance 0 the result must be a Lloyd fixed point: every row sits with its
     * nearest centroid (checked by brute force, so the pruning bounds cannot hide a wrong skip) and every
     * centroid is the mean of its rows.
     */
    @Test
    void convergedResultIsALloydFixedPoint() {
        FloatMatrix x = noisyBlobs(800, 20, 8, 9.0, 13);
        KMeansResult r = KMeans.fit(x, new KMeansOptions(8, 2, 1000, 0.0, 4));
        double[][] mu = r.centroids();
        double[][] sums = new double[8][20];
        int[] sizes = new int[8];
        double inertia = 0;
        for (int i = 0; i < x.rows(); i++) {
            double[] d = new double[8];
            for (int c = 0; c < 8; c++) {
                for (int k = 0; k < 20; k++) {
                    double t = x.get(i, k) - mu[c][k];
                    d[c] += t * t;
                }
            }
            int a = r.assignments()[i];
            for (int c = 0; c < 8; c++) {
                assertTrue(d[a] <= d[c] * (1 + 1e-12), "row " + i + " is closer to " + c + " than to " + a);
            }
            inertia += d[a];
            sizes[a]++;
            for (int k = 0; k < 20; k++) {
                sums[a][k] += x.get(i, k);
            }
        }
        for (int c = 0; c < 8; c++) {
            for (int k = 0; k < 20; k++) {
                assertEquals(sums[c][k] / sizes[c], mu[c][k], 1e-9);
            }
        }
        assertEquals(inertia, r.inertia(), 1e-9 * inertia);
        assertTrue(r.iterations() > 3, "too easy a case: " + r.iterations() + " iterations");
    }

    @Test
    void moreRestartsNeverEndWorse() {
        FloatMatrix x = noisyBlobs(600, 5, 9, 5.0, 12);
        double one = KMeans.fit(x, new KMeansOptions(9, 1, 300, 1e-4, 5)).inertia();
        double five = KMeans.fit(x, new KMeansOptions(9, 5, 300, 1e-4, 5)).inertia();
        assertTrue(five <= one, five + " > " + one); // the first start is shared, the best of five wins
    }

    @Test
    void identicalPointsDoNotBreakIt() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}, {1, 2}});
        KMeansResult r = KMeans.fit(x, KMeansOptions.of(3, 1));
        assertEquals(0.0, r.inertia(), 0);
        for (int a : r.assignments()) {
            assertTrue(a >= 0 && a < 3);
        }
    }

    @Test
    void rejectsFewerRowsThanClusters() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {1}});
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, KMeansOptions.of(3, 0)));
        assertThrows(IllegalArgumentException.class, () -> KMeansOptions.of(0, 0));
    }

    static FloatMatrix noisyBlobs(int n, int d, int k, double spread, long seed) {
        Random rng = new Random(seed);
        double[][] centres = new double[k][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = rng.nextGaussian() * 10;
            }
        }
        float[][] rows = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = (float) (centres[i % k][j] + rng.nextGaussian() * spread);
            }
        }
        return FloatMatrix.of(rows);
    }
}
