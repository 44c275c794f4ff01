package org.silhouette.layout;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.testing.Blobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UmapTest {
    /** Five well-separated blobs of 80 points in 10-D. */
    private static final Blobs BLOBS = Blobs.make(5, 80, 10, 12, 1, 3);
    private static final UmapOptions FAST = UmapOptions.builder().epochs(150).seed(5).build();

    @Test
    void curveMatchesScipyCurveFit() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fixtures/layout/umap_ab.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            UmapCurve c = UmapCurve.fit(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            assertEquals(Double.parseDouble(f[2]), c.a(), 1e-4 * Double.parseDouble(f[2]), line);
            assertEquals(Double.parseDouble(f[3]), c.b(), 1e-4 * Double.parseDouble(f[3]), line);
        }
    }

    @Test
    void knnMatchesAPlainDoubleSearchWhateverTheThreadCount() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 1500;
        int d = 7;
        float[] data = new float[n * d];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) r.nextDouble();
        }
        FloatMatrix x = new FloatMatrix(n, d, data);
        Knn one = Knn.exact(x, 6, 1, Cancellation.NEVER);
        Knn two = Knn.exact(x, 6, 2, Cancellation.NEVER);
        assertArrayEquals(one.indices(), two.indices());
        for (int i = 0; i < n; i += 37) {
            double[] dist = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += Math.pow(x.get(i, c) - x.get(j, c), 2);
                }
                dist[j] = j == i ? Double.POSITIVE_INFINITY : Math.sqrt(s);
            }
            double[] sorted = dist.clone();
            java.util.Arrays.sort(sorted);
            for (int p = 0; p < 6; p++) {
                assertEquals(sorted[p], one.distances()[i * 6 + p], 1e-5, "row " + i + " rank " + p);
                assertEquals(sorted[p], dist[one.indices()[i * 6 + p]], 1e-5);
            }
        }
    }

    @Test
    void fuzzySetHitsItsTargetAndIsTheFuzzyUnion() {
        Knn knn = Knn.exact(BLOBS.x(), 14, 2, Cancellation.NEVER);
        float[] directed = FuzzyGraph.memberships(knn);
        double target = Math.log(15) / Math.log(2);
        for (int i = 0; i < knn.n(); i++) {
            double sum = 0;
            for (int p = 0; p < 14; p++) {
                sum += directed[i * 14 + p];
            }
            assertEquals(target, sum, 1e-3, "row " + i + ": memberships sum to log2(k)");
            assertEquals(1f, directed[i * 14], "the nearest neighbour has membership 1");
        }
        FuzzyGraph g = FuzzyGraph.build(knn);
        java.util.Map<Long, Float> w = new java.util.HashMap<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            assertTrue(g.weight()[e] > 0 && g.weight()[e] <= 1, "membership in (0, 1]");
            w.put((long) g.head()[e] << 32 | g.tail()[e], g.weight()[e]);
        }
        w.forEach((key, v) -> assertEquals(v, w.get((key & 0xffffffffL) << 32 | key >>> 32), "symmetric"));
        int checked = 0;
        for (int i = 0; i < knn.n(); i++) {
            for (int p = 0; p < 14; p++) {
                int j = knn.indices()[i * 14 + p];
                double a = directed[i * 14 + p];
                double b = 0;
                for (int q = 0; q < 14; q++) {
                    if (knn.indices()[j * 14 + q] == i) {
                        b = directed[j * 14 + q];
                    }
                }
                assertEquals(a + b - a * b, w.get((long) i << 32 | j), 1e-6, "fuzzy union of " + i + " and " + j);
                checked++;
            }
        }
        assertEquals(knn.n() * 14, checked);
    }

    /**
     * The SGD walks edges in the graph's order; umap-learn's order (grouped by head, tails ascending) gave a
     * higher trustworthiness than each pair's two directions back to back (docs/LAYOUT.md).
     */
    @Test
    void edgesAreGroupedByHeadWithTailsAscendingAndEachHasItsReverse() {
        FuzzyGraph g = FuzzyGraph.build(Knn.exact(BLOBS.x(), 14, 2, Cancellation.NEVER));
        for (int e = 1; e < g.edgeCount(); e++) {
            boolean ordered = g.head()[e - 1] < g.head()[e]
                    || g.head()[e - 1] == g.head()[e] && g.tail()[e - 1] < g.tail()[e];
            assertTrue(ordered, "edge " + e + " follows " + (e - 1) + " in (head, tail) order");
        }
        int[] back = g.reverse();
        for (int e = 0; e < g.edgeCount(); e++) {
            assertEquals(g.head()[e], g.tail()[back[e]]);
            assertEquals(g.tail()[e], g.head()[back[e]]);
            assertEquals(g.weight()[e], g.weight()[back[e]]);
        }
    }

    @Test
    void placesEveryPointAndKeepsSeparatedBlobsApart() {
        Umap.Result r = Umap.fit(BLOBS.x(), FAST, Progress.NONE, Cancellation.NEVER);
        FloatMatrix y = r.coordinates();
        assertEquals(BLOBS.x().rows(), y.rows());
        assertTrue(y.allFinite(), "every point placed");
        assertTrue(LayoutQuality.neighbourPurity(y, BLOBS.labels(), 10) > 0.98);
        assertTrue(Blobs.spreadRatio(y, BLOBS.labels()) < 0.25, "blobs stay compact and apart: "
                + Blobs.spreadRatio(y, BLOBS.labels()));
        assertEquals(150, r.epochs());
        assertEquals(1.577, r.curve().a(), 1e-3);
    }

    @Test
    void freshMapsRunUmapLearnsEpochCountWhileTheLayoutSpaceKeepsItsOwn() {
        UmapOptions o = UmapOptions.defaults();
        assertEquals(500, o.epochsFor(10_000));
        assertEquals(200, o.epochsFor(10_001));
        assertEquals(500, o.spaceEpochsFor(5_000));
        assertEquals(200, o.spaceEpochsFor(5_001));
        assertEquals(77, o.toBuilder().epochs(77).build().epochsFor(20_000));
        assertEquals(77, o.toBuilder().epochs(77).build().spaceEpochsFor(20_000));
    }

    @Test
    void aSeedFixesTheLayout() {
        FloatMatrix a = Umap.fit(BLOBS.x(), FAST, Progress.NONE, Cancellation.NEVER).coordinates();
        FloatMatrix b = Umap.fit(BLOBS.x(), FAST.toBuilder().threads(1).build(), Progress.NONE, Cancellation.NEVER).coordinates();
        FloatMatrix c = Umap.fit(BLOBS.x(), FAST.toBuilder().seed(6).build(), Progress.NONE, Cancellation.NEVER).coordinates();
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    /** From {@link Umap#HALVES_FROM} points the SGD runs on two halves: the same map on one thread or two. */
    @Test
    void theTwoHalvedSgdGivesOneMapWhateverTheThreadsAndKeepsBlobsApart() {
        Blobs big = Blobs.make(4, Umap.HALVES_FROM / 4 + 50, 8, 12, 1, 7);
        UmapOptions o = UmapOptions.builder().epochs(60).seed(3).build();
        FloatMatrix two = Umap.fit(big.x(), o, Progress.NONE, Cancellation.NEVER).coordinates();
        FloatMatrix one = Umap.fit(big.x(), o.toBuilder().threads(1).build(), Progress.NONE, Cancellation.NEVER)
                .coordinates();
        assertEquals(two, one);
        assertTrue(two.allFinite());
        assertTrue(LayoutQuality.neighbourPurity(two, big.labels(), 10) > 0.98);
        assertTrue(Blobs.spreadRatio(two, big.labels()) < 0.25, "spread " + Blobs.spreadRatio(two, big.labels()));
    }

    @Test
    void warmStartOnUnchangedDataMovesPointsOnlyALittle() {
        FloatMatrix first = Umap.fit(BLOBS.x(), FAST, Progress.NONE, Cancellation.NEVER).coordinates();
        Umap.Result again = Umap.fit(BLOBS.x(), FAST.toBuilder().seed(9).build(), first, Progress.NONE, Cancellation.NEVER);
        assertTrue(again.warmStarted());
        assertEquals(FAST.warmEpochs(), again.epochs());
        double shift = LayoutQuality.relativeMedianShift(first, again.coordinates());
        assertTrue(shift < 0.1, "median move " + shift + " of the map's RMS radius");
        assertTrue(LayoutQuality.neighbourPurity(again.coordinates(), BLOBS.labels(), 10) > 0.98);
        // A fresh run with another seed lands elsewhere: the warm start is what keeps the map still.
        FloatMatrix fresh = Umap.fit(BLOBS.x(), FAST.toBuilder().seed(9).build(), Progress.NONE, Cancellation.NEVER).coordinates();
        assertTrue(LayoutQuality.relativeMedianShift(first, fresh) > 2 * shift);
    }

    @Test
    void warmStartKeepsTheCallersFrameAndPlacesNewPoints() {
        FloatMatrix first = Umap.fit(BLOBS.x(), FAST, Progress.NONE, Cancellation.NEVER).coordinates();
        // The caller's map is in another unit (x1000, shifted) and lacks every 10th point.
        FloatMatrix previous = FloatMatrix.zeros(first.rows(), 2);
        for (int i = 0; i < first.rows(); i++) {
            boolean isNew = i % 10 == 0;
            previous.set(i, 0, isNew ? Float.NaN : first.get(i, 0) * 1000 + 5000);
            previous.set(i, 1, isNew ? Float.NaN : first.get(i, 1) * 1000 - 300);
        }
        FloatMatrix y = Umap.fit(BLOBS.x(), FAST, previous, Progress.NONE, Cancellation.NEVER).coordinates();
        assertTrue(y.allFinite());
        FloatMatrix back = FloatMatrix.zeros(y.rows(), 2);
        for (int i = 0; i < y.rows(); i++) {
            back.set(i, 0, (y.get(i, 0) - 5000) / 1000);
            back.set(i, 1, (y.get(i, 1) + 300) / 1000);
        }
        assertTrue(LayoutQuality.relativeMedianShift(first, back) < 0.1, "stays in the caller's frame");
        assertTrue(LayoutQuality.neighbourPurity(y, BLOBS.labels(), 10) > 0.98, "new points land in their blob");
    }

    @Test
    void tinyAndDegenerateInputsStillGetCoordinates() {
        assertEquals(0, Umap.fit(FloatMatrix.zeros(0, 3), FAST, Progress.NONE, Cancellation.NEVER).coordinates().rows());
        FloatMatrix one = Umap.fit(FloatMatrix.zeros(1, 3), FAST, Progress.NONE, Cancellation.NEVER).coordinates();
        assertEquals(FloatMatrix.zeros(1, 2), one);
        for (int n : new int[] {2, 3, 10}) {
            FloatMatrix x = Blobs.make(2, n / 2 + n % 2, 4, 3, 1, n).x().selectRows(java.util.stream.IntStream.range(0, n).toArray());
            FloatMatrix y = Umap.fit(x, FAST, Progress.NONE, Cancellation.NEVER).coordinates();
            assertEquals(n, y.rows());
            assertTrue(y.allFinite(), "n=" + n);
        }
        float[] same = new float[50 * 4];
        java.util.Arrays.fill(same, 2.5f);
        FloatMatrix y = Umap.fit(new FloatMatrix(50, 4, same), FAST, Progress.NONE, Cancellation.NEVER).coordinates();
        assertEquals(50, y.rows());
        assertTrue(y.allFinite(), "identical points are placed too");
    }

    @Test
    void cancelStopsTheOptimiser() {
        CancelFlag flag = new CancelFlag();
        Progress p = (stage, done, total) -> {
            if (stage.equals("UMAP") && done == 3) {
                flag.cancel();
            }
        };
        assertThrows(CancelledException.class, () -> Umap.fit(BLOBS.x(), FAST, p, flag));
    }
}
