package org.silhouette.metrics;

import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tiny cases worked out by hand; the arithmetic is in each comment. */
class HandComputedMetricsTest {

    /**
     * 1-D, class 0 = {0, 4}, class 1 = {3, 9}; centroids 2 and 6.
     * Mean-distance b:  x=0: a=4, b=mean(3,9)=6 -> 1/3;  x=4: a=4, b=mean(1,5)=3 -> -1/4;
     *                   x=3: a=6, b=mean(3,1)=2 -> -2/3;  x=9: a=6, b=mean(9,5)=7 -> 1/7.
     * Centroid b:       x=0: b=|0-6|=6 -> 1/3;  x=4: b=|4-6|=2 -> -1/2;  x=3: b=|3-2|=1 -> -5/6;  x=9: b=7 -> 1/7.
     * Davies–Bouldin: s_0 = mean(2,2) = 2, s_1 = mean(3,3) = 3, |mu_0 - mu_1| = 4, both ratios 5/4 -> 1.25.
     * Calinski–Harabasz: mean 4; between 2*4 + 2*4 = 16; within 4+4+9+9 = 26; 16*(4-2) / (26*(2-1)) = 16/13.
     */
    @Test
    void silhouetteBothVariantsDaviesBouldinCalinskiHarabasz() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {4}, {3}, {9}});
        int[] y = {0, 0, 1, 1};
        SilhouetteScores mean = Silhouette.compute(x, y, Silhouette.Variant.MEAN_DISTANCE);
        assertArrayEquals(new double[] {1.0 / 3, -0.25, -2.0 / 3, 1.0 / 7}, mean.samples(), 1e-15);
        assertArrayEquals(new double[] {(1.0 / 3 - 0.25) / 2, (-2.0 / 3 + 1.0 / 7) / 2}, mean.classMeans(), 1e-15);
        SilhouetteScores centroid = Silhouette.compute(x, y, Silhouette.Variant.CENTROID);
        assertArrayEquals(new double[] {1.0 / 3, -0.5, -5.0 / 6, 1.0 / 7}, centroid.samples(), 1e-15);
        assertEquals((1.0 / 3 - 0.5 - 5.0 / 6 + 1.0 / 7) / 4, centroid.mean(), 1e-15);
        assertEquals(1.25, ClusterValidity.daviesBouldin(x, y), 1e-15);
        assertEquals(16.0 / 13, ClusterValidity.calinskiHarabasz(x, y), 1e-15);
    }

    /**
     * Singleton class 2 at x=20 gets s = 0; a point whose own class and nearest class sit on top of it
     * (a = b = 0) gets 0 too. Rows: class 0 = {0, 0}, class 1 = {0, 5}, class 2 = {20}.
     * x=0 (class 0): a = 0, b = min(mean(0,5), 20) = 2.5 -> 1.  Second row the same.
     * x=0 (class 1): a = 5, b = min(mean(0,0)=0, 20) = 0 -> (0-5)/5 = -1.  x=5: a = 5, b = mean(5,5) = 5 -> 0.
     */
    @Test
    void singletonsAndZeroDistances() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {0}, {0}, {5}, {20}});
        int[] y = {0, 0, 1, 1, 2};
        SilhouetteScores s = Silhouette.compute(x, y, Silhouette.Variant.MEAN_DISTANCE);
        assertArrayEquals(new double[] {1, 1, -1, 0, 0}, s.samples(), 1e-15);
        assertEquals(0.0, s.classMean(2), 0);
        // Both classes at one point: a = b = 0 for everyone.
        FloatMatrix same = FloatMatrix.of(new float[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}});
        SilhouetteScores z = Silhouette.compute(same, new int[] {0, 0, 1, 1}, Silhouette.Variant.CENTROID);
        assertArrayEquals(new double[] {0, 0, 0, 0}, z.samples(), 0);
    }

    /**
     * 1-D, class A = {0, 1, 5}, class B = {3, 10, 11}, so R = 2 for every query.
     * query 0:  nearest 1(A), 3(B)          -> P@1 1, r/R 1/2, AP (1/1)/2 = 1/2
     * query 1:  nearest 0(A), 3(B)          -> 1, 1/2, 1/2
     * query 5:  nearest 3(B), 1(A)          -> 0, 1/2, (1/2)/2 = 1/4
     * query 3:  nearest 1(A), 5(A) (tie 2)  -> 0, 0, 0
     * query 10: nearest 11(B), 5(A)         -> 1, 1/2, 1/2
     * query 11: nearest 10(B), 5(A)         -> 1, 1/2, 1/2
     * P@1 = 4/6, R-precision = 2.5/6, MAP@R = 2.25/6.
     */
    @Test
    void retrievalByHand() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {1}, {5}, {3}, {10}, {11}});
        int[] y = {0, 0, 0, 1, 1, 1};
        RetrievalScores r = Retrieval.compute(x, y);
        assertScores(r, 6, 4.0 / 6, 2.5 / 6, 2.25 / 6);
    }

    /**
     * Equal distances rank the lower row first; a singleton class is never a query.
     * x = {0, 2, 2, 7, 50}, labels A, A, B, B, A (R = 2 for A, 1 for B):
     * query 0 (A): rows 1(A) and 2(B) tie at 2 -> row 1 first: P@1 1, r/R 1/2, AP (1/1)/2 = 1/2
     * query 1 (A): row 2(B) at 0, row 0(A) at 2 -> 0, 1/2, (1/2)/2 = 1/4
     * query 2 (B): row 1(A) at 0 -> 0, 0, 0
     * query 3 (B): rows 1(A) and 2(B) tie at 5 -> row 1 first -> 0, 0, 0
     * query 4 (A): row 3(B) at 43, rows 1(A), 2(B) tie at 48 -> row 1 -> 0, 1/2, 1/4
     * P@1 = 1/5, R-precision = 1.5/5, MAP@R = 1/5. Breaking ties the other way would give 1/5, 2/5, 1.5/5.
     */
    @Test
    void tiesGoToTheLowerRow() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {2}, {2}, {7}, {50}});
        RetrievalScores r = Retrieval.compute(x, new int[] {0, 0, 1, 1, 0});
        assertScores(r, 5, 0.2, 0.3, 0.2);
    }

    /**
     * Same points, labels A, A, B, B, C: C (row 4) has no other member, so it is skipped as a query but still
     * ranked as a neighbour. Queries: 0 -> row 1 (A, tie won) 1; 1 -> row 2 (B) 0; 2 -> row 1 (A) 0;
     * 3 -> row 1 (A, tie) 0. P@1 = 1/4 over 4 queries.
     */
    @Test
    void loneQueriesAreSkipped() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {2}, {2}, {7}, {50}});
        RetrievalScores r = Retrieval.compute(x, new int[] {0, 0, 1, 1, 2});
        assertScores(r, 4, 0.25, 0.25, 0.25);
    }

    private static void assertScores(RetrievalScores r, int queries, double precisionAt1, double rPrecision,
            double mapAtR) {
        assertEquals(queries, r.queries());
        assertEquals(precisionAt1, r.precisionAt1(), 1e-15);
        assertEquals(rPrecision, r.rPrecision(), 1e-15);
        assertEquals(mapAtR, r.mapAtR(), 1e-15);
    }
}
