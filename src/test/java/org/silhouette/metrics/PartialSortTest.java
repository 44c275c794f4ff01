package org.silhouette.metrics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PartialSortTest {

    /** Against a full sort by (key, id), with many exact ties, sorted input and every limit shape. */
    @Test
    void firstLimitEntriesMatchAFullSort() {
        Random rng = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(400);
            int limit = rng.nextInt(n + 1);
            double[] key = new double[n];
            int[] id = new int[n];
            for (int i = 0; i < n; i++) {
                key[i] = switch (trial % 3) {
                    case 0 -> rng.nextInt(5);   // heavy ties
                    case 1 -> i;                // already sorted
                    default -> rng.nextDouble();
                };
                id[i] = i;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double[] k0 = key.clone();
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> k0[i]).thenComparingInt(i -> i));
            PartialSort.smallestFirst(key, id, n, limit);
            int[] expected = Arrays.stream(order).limit(limit).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, Arrays.copyOf(id, limit), "trial " + trial);
        }
    }
}
