package org.silhouette.layout;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelledException;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.testing.Blobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NnDescentTest {
    /** Ten Gaussian blobs of 300 points, isotropic noise in every dimension. */
    private static final FloatMatrix BLOBS_16 = Blobs.make(10, 300, 16, 6, 1, 11).x();
    private static final FloatMatrix BLOBS_128 = Blobs.make(10, 300, 128, 12, 1, 12).x();

    /** Measured 0.9989 (2026-12-07, with the projection-tree start). */
    @Test
    void recallOnClusteredDataIn16Dimensions() {
        Knn approx = NnDescent.search(BLOBS_16, 14, 1, 2, Cancellation.NEVER);
        double recall = recall(approx, Knn.exact(BLOBS_16, 14, 2, Cancellation.NEVER));
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    /**
     * Measured 0.9925 (2026-12-07, with the projection-tree start). Isotropic noise in 128 dimensions is
     * NN-descent's hard case: at 50,000 rows its recall falls well below this (docs/BENCHMARKS.md); 300-point
     * blobs are still easy.
     */
    @Test
    void recallOnClusteredDataIn128Dimensions() {
        Knn approx = NnDescent.search(BLOBS_128, 14, 1, 2, Cancellation.NEVER);
        double recall = recall(approx, Knn.exact(BLOBS_128, 14, 2, Cancellation.NEVER));
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test
    void sameResultForTheSameSeedWhateverTheThreadCount() {
        Knn one = NnDescent.search(BLOBS_16, 10, 7, 1, Cancellation.NEVER);
        Knn two = NnDescent.search(BLOBS_16, 10, 7, 2, Cancellation.NEVER);
        Knn three = NnDescent.search(BLOBS_16, 10, 7, 3, Cancellation.NEVER);
        assertArrayEquals(one.indices(), two.indices());
        assertArrayEquals(one.distances(), two.distances());
        assertArrayEquals(one.indices(), three.indices());
    }

    @Test
    void listsExcludeTheOwnRowHoldNoDuplicatesAndAscend() {
        Knn knn = NnDescent.search(BLOBS_16, 14, 3, 2, Cancellation.NEVER);
        for (int i = 0; i < knn.n(); i++) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int p = 0; p < knn.k(); p++) {
                int j = knn.indices()[i * knn.k() + p];
                assertNotEquals(i, j, "row " + i + " is its own neighbour");
                assertTrue(seen.add(j), "row " + i + " lists " + j + " twice");
                double actual = Math.sqrt(squared(BLOBS_16, i, j));
                assertEquals(actual, knn.distances()[i * knn.k() + p], 1e-4 * (1 + actual));
                if (p > 0) {
                    assertTrue(knn.distances()[i * knn.k() + p - 1] <= knn.distances()[i * knn.k() + p]);
                }
            }
        }
    }

    @Test
    void stopsWhenCancelled() {
        assertThrows(CancelledException.class, () -> NnDescent.search(BLOBS_16, 5, 1, 1, () -> true));
    }

    @Test
    void dispatcherIsExactUpToTheThreshold() {
        Knn viaDispatcher = Knn.of(BLOBS_16, 14, 2, Cancellation.NEVER);
        Knn exact = Knn.exact(BLOBS_16, 14, 2, Cancellation.NEVER);
        assertTrue(BLOBS_16.rows() <= Knn.EXACT_UP_TO);
        assertArrayEquals(exact.indices(), viaDispatcher.indices());
        assertArrayEquals(exact.distances(), viaDispatcher.distances());
    }

    @Test
    void everyTreeCutsTheRowsIntoLeavesNoLargerThanAsked() {
        int n = BLOBS_16.rows();
        int[] seen = new int[n];
        int[] leaves = {0};
        ProjectionForest.leaves(BLOBS_16.data(), n, 16, 3, 20, 5, Cancellation.NEVER, (rows, a, b) -> {
            assertTrue(b - a >= 1 && b - a <= 20, "leaf of " + (b - a));
            for (int i = a; i < b; i++) {
                seen[rows[i]]++;
            }
            leaves[0]++;
        });
        for (int i = 0; i < n; i++) {
            assertEquals(3, seen[i], "row " + i);
        }
        assertTrue(leaves[0] >= 3 * n / 20, leaves[0] + " leaves");
    }

    /** Share of the exact k neighbours the approximate lists found. */
    static double recall(Knn approx, Knn exact) {
        long hits = 0;
        int k = exact.k();
        for (int i = 0; i < exact.n(); i++) {
            for (int p = 0; p < k; p++) {
                int want = exact.indices()[i * k + p];
                for (int q = 0; q < k; q++) {
                    if (approx.indices()[i * k + q] == want) {
                        hits++;
                        break;
                    }
                }
            }
        }
        return (double) hits / ((long) exact.n() * k);
    }

    private static double squared(FloatMatrix x, int i, int j) {
        double s = 0;
        for (int c = 0; c < x.cols(); c++) {
            double t = x.get(i, c) - x.get(j, c);
            s += t * t;
        }
        return s;
    }
}
