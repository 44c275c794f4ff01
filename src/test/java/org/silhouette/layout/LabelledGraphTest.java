package org.silhouette.layout;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.testing.Blobs;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LabelledGraphTest {
    private static final Blobs BLOBS = Blobs.make(3, 40, 6, 2, 1, 11);

    /** Recomputes the label-aware weights pair by pair from a map keyed by (head, tail), whatever the edge order. */
    @Test
    void everyPairIsScaledByItsHeadsStrongestEdgeAndJoinedWithItsReverse() {
        FuzzyGraph g = FuzzyGraph.build(Knn.exact(BLOBS.x(), 9, 1, Cancellation.NEVER));
        int[] labels = BLOBS.labels().clone();
        for (int i = 0; i < labels.length; i += 4) {
            labels[i] = -1; // a quarter unlabelled
        }
        FuzzyGraph out = LabelledGraph.of(g, labels);
        assertArrayEquals(g.head(), out.head());
        assertArrayEquals(g.tail(), out.tail());

        Map<Long, Double> scaled = new HashMap<>();
        double[] strongest = new double[g.n()];
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = labels[g.head()[e]];
            int b = labels[g.tail()[e]];
            double factor = a < 0 || b < 0 ? LabelledGraph.UNKNOWN : a == b ? 1 : LabelledGraph.FAR;
            double w = (float) (g.weight()[e] * factor);
            scaled.put(key(g.head()[e], g.tail()[e]), w);
            strongest[g.head()[e]] = Math.max(strongest[g.head()[e]], w);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int i = g.head()[e];
            int j = g.tail()[e];
            double ij = scaled.get(key(i, j)) / strongest[i];
            double ji = scaled.get(key(j, i)) / strongest[j];
            assertEquals(ij + ji - ij * ji, out.weight()[e], 1e-6, "pair " + i + ", " + j);
        }
    }

    @Test
    void noLabelsLeaveTheGraphAsItIs() {
        FuzzyGraph g = FuzzyGraph.build(Knn.exact(BLOBS.x(), 9, 1, Cancellation.NEVER));
        int[] none = new int[g.n()];
        java.util.Arrays.fill(none, -1);
        assertSame(g, LabelledGraph.of(g, none));
    }

    private static long key(int i, int j) {
        return (long) i << 32 | j;
    }
}
