package org.silhouette.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.silhouette.core.FloatMatrix;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trustworthiness and leave-one-out k-NN accuracy against sklearn 1.2 (fixture and generator:
 * src/test/python/make_trustworthiness_fixture.py): a principal-axes map, the same with noise, a random map, a
 * 2-D input mapped to itself, and overlapping 32-D blobs, at k = 5 and 10.
 */
class TrustworthinessTest {
    /** sklearn ranks by Gram-trick distances; on continuous data the ranks agree, so only rounding is left. */
    private static final double TOL = 1e-12;

    @TestFactory
    Stream<DynamicTest> matchesSklearn() {
        return Fixtures.perDataset("trustworthiness.json", set -> {
            FloatMatrix map = Fixtures.matrix(set.node().get("map"));
            JsonNode e = set.expected();
            for (int k : new int[] {5, 10}) {
                String where = set.name() + ", k=" + k;
                assertEquals(e.get("trustworthiness_" + k).asDouble(), Trustworthiness.compute(set.x(), map, k), TOL,
                        where);
                assertEquals(e.get("knn_accuracy_" + k).asDouble(), KnnAccuracy.compute(map, set.labels(), k), TOL,
                        where);
            }
        });
    }

    @Test
    void refusesWhatSklearnRefuses() {
        FloatMatrix x = new FloatMatrix(10, 1, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThrows(IllegalArgumentException.class, () -> Trustworthiness.compute(x, x, 5));
        assertThrows(IllegalArgumentException.class, () -> Trustworthiness.compute(x, FloatMatrix.zeros(9, 1), 2));
        assertThrows(IllegalArgumentException.class, () -> KnnAccuracy.compute(x, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, -1}, 2));
    }

    /** A line mapped to itself reversed keeps every neighbourhood; shuffled it loses them. */
    @Test
    void handWorkedLine() {
        float[] line = new float[20];
        float[] reversed = new float[20];
        for (int i = 0; i < 20; i++) {
            line[i] = i * i * 0.1f + i; // no two gaps equal, so no ties
            reversed[i] = -line[i];
        }
        FloatMatrix x = new FloatMatrix(20, 1, line);
        assertEquals(1.0, Trustworthiness.compute(x, new FloatMatrix(20, 1, reversed), 3), 0);
        // Swapping the two ends gives both strangers as neighbours: the same sum as a naive count with full sorts.
        float[] swapped = line.clone();
        swapped[0] = line[19] + 1;
        swapped[19] = line[0] - 1;
        double t = Trustworthiness.compute(x, new FloatMatrix(20, 1, swapped), 3);
        assertTrue(t < 1);
        assertEquals(1 - 2.0 / (20 * 3 * (40 - 9 - 1)) * penaltyOfSwappedEnds(line, swapped, 3), t, 1e-12);
    }

    /** The same sum, written out naively with full sorts. */
    private static long penaltyOfSwappedEnds(float[] input, float[] map, int k) {
        int n = input.length;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            Integer[] byInput = order(input, i);
            Integer[] byMap = order(map, i);
            for (int p = 0; p < k; p++) {
                int j = byMap[p];
                int rank = java.util.Arrays.asList(byInput).indexOf(j) + 1;
                sum += Math.max(0, rank - k);
            }
        }
        return sum;
    }

    private static Integer[] order(float[] v, int i) {
        return java.util.stream.IntStream.range(0, v.length).filter(j -> j != i).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer j) -> Math.abs(v[j] - v[i])).thenComparing(j -> j))
                .toArray(Integer[]::new);
    }
}
