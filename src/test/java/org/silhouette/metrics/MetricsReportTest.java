package org.silhouette.metrics;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsReportTest {

    @Test
    void sameNumbersOnOneThreadAsOnMany() throws Exception {
        FloatMatrix x = KMeansTest.noisyBlobs(700, 10, 6, 6.0, 21);
        int[] y = cyclic(700, 6);
        MetricsReport many = MetricsReport.compute(x, y, 9);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            assertEquals(many, single.submit(() -> MetricsReport.compute(x, y, 9)).get());
        } finally {
            single.shutdown();
        }
        assertEquals(many, MetricsReport.compute(x, y, 9));
    }

    @Test
    void separatedClassesScorePerfectly() {
        FloatMatrix x = KMeansTest.noisyBlobs(300, 4, 5, 0.05, 2);
        MetricsReport r = MetricsReport.compute(x, cyclic(300, 5), 1);
        assertEquals(1.0, r.precisionAt1(), 0);
        assertEquals(1.0, r.rPrecision(), 0);
        assertEquals(1.0, r.mapAtR(), 0);
        assertEquals(1.0, r.nmi(), 1e-12);
        assertEquals(1.0, r.ami(), 1e-12);
        assertEquals(1.0, r.ari(), 0);
        assertTrue(r.silhouette() > 0.95 && r.silhouetteCentroid() > 0.95, r.toString());
        assertTrue(r.daviesBouldin() < 0.05, r.toString());
    }

    /** Unlabelled rows, whatever they hold (even NaN), change nothing: metrics use the labelled rows only. */
    @Test
    void unlabelledRowsAreIgnored() {
        FloatMatrix x = KMeansTest.noisyBlobs(200, 3, 4, 3.0, 5);
        int[] y = cyclic(200, 4);
        float[][] rows = new float[260][];
        int[] withUnlabelled = new int[260];
        Arrays.fill(withUnlabelled, -1);
        for (int i = 0, src = 0; i < 260; i++) {
            if (i < 240 && i % 4 == 1) { // 60 unlabelled rows among 200 labelled ones
                rows[i] = new float[] {i == 5 ? Float.NaN : 1000f, -3f, i};
            } else {
                rows[i] = x.row(src);
                withUnlabelled[i] = y[src++] * 10 + 3; // non-contiguous ids, same partition
            }
        }
        assertEquals(MetricsReport.compute(x, y, 4), MetricsReport.compute(FloatMatrix.of(rows), withUnlabelled, 4));
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        FloatMatrix x = KMeansTest.noisyBlobs(300, 4, 3, 2.0, 6);
        int[] y = cyclic(300, 3);
        AtomicLong lastDistanceRows = new AtomicLong();
        MetricsReport.compute(x, y, 0, (stage, done, total) -> {
            if (stage.equals("Pairwise distances")) {
                assertEquals(300, total);
                lastDistanceRows.accumulateAndGet(done, Math::max);
            }
        }, Cancellation.NEVER);
        assertEquals(300, lastDistanceRows.get());
        CancelFlag flag = new CancelFlag();
        flag.cancel();
        assertThrows(CancelledException.class, () -> MetricsReport.compute(x, y, 0, Progress.NONE, flag));
    }

    @Test
    void fewerThanTwoClassesIsAUserError() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {1}, {2}});
        UserError e = assertThrows(UserError.class, () -> MetricsReport.compute(x, new int[] {5, 5, -1}, 0));
        assertTrue(e.getMessage().contains("at least 2 classes"), e.getMessage());
        assertThrows(UserError.class, () -> MetricsReport.compute(x, new int[] {-1, -1, -1}, 0));
    }

    @Test
    void everyRowItsOwnClassIsAUserError() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {1}, {2}});
        UserError e = assertThrows(UserError.class, () -> MetricsReport.compute(x, new int[] {0, 1, 2}, 0));
        assertTrue(e.getMessage().contains("2 or more members"), e.getMessage());
    }

    @Test
    void nonFiniteLabelledValueIsAUserError() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {1}, {Float.POSITIVE_INFINITY}, {3}});
        UserError e = assertThrows(UserError.class, () -> MetricsReport.compute(x, new int[] {0, 0, 1, 1}, 0));
        assertTrue(e.getMessage().contains("Row 2"), e.getMessage());
    }

    @Test
    void keysAreTheCliContract() {
        FloatMatrix x = KMeansTest.noisyBlobs(40, 2, 2, 1.0, 8);
        assertEquals(List.of("silhouette", "silhouette_centroid", "davies_bouldin", "calinski_harabasz",
                        "precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "ari"),
                List.copyOf(MetricsReport.compute(x, cyclic(40, 2), 0).asMap().keySet()));
    }

    static int[] cyclic(int n, int k) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
        }
        return y;
    }
}
