package org.silhouette.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fisher–Yates shuffles. Every full one draws {@code random.nextInt(i + 1)} for i from the last index down to
 * 1, so a seeded generator gives the same order on every run and machine; {@link #sample} runs the same swaps
 * from the front and stops once it has drawn what it needs.
 */
public final class Shuffle {

    private Shuffle() {
    }

    /** Shuffles {@code a} in place. */
    public static void inPlace(int[] a, RandomGenerator random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Shuffles {@code list} in place. */
    public static void inPlace(List<?> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /** 0 to {@code n} - 1 in random order. */
    public static int[] order(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        inPlace(order, random);
        return order;
    }

    /**
     * {@code k} of {@code pool}'s values drawn without replacement (all of them, in random order, when it holds
     * fewer): a partial shuffle from the front, which reorders {@code pool} in place.
     */
    public static int[] sample(int[] pool, int k, RandomGenerator random) {
        int n = Math.min(k, pool.length);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return Arrays.copyOf(pool, n);
    }
}
