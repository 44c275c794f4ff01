package org.silhouette.session;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The chance of being right as a non-decreasing step function of a score, fitted to right/wrong outcomes by
 * pooled adjacent violators: {@code value[b]} holds from {@code from[b]} up, and the first step also below it.
 * PAV rather than a parametric curve (Platt) because suggestion scores pile up at 1 and their relation to
 * accuracy is anything but logistic. Each pooled step is smoothed by {@code prior} pseudo-outcomes at the
 * overall rate, (right + prior · rate) / (count + prior): a step of three images that were all right is not
 * certainty.
 */
record MonotoneSteps(double[] from, double[] value) {

    double at(double score) {
        int b = 0;
        while (b + 1 < from.length && from[b + 1] <= score) {
            b++;
        }
        return value[b];
    }

    /** @param score one per outcome; at least one outcome */
    static MonotoneSteps fit(double[] score, boolean[] right, double prior) {
        int n = score.length;
        if (n == 0 || right.length != n) {
            throw new IllegalArgumentException(n + " scores for " + right.length + " outcomes");
        }
        int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> score[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] from = new double[n];
        double[] hits = new double[n];
        double[] count = new double[n];
        double rate = 0;
        int blocks = 0;
        for (int i : order) {
            rate += right[i] ? 1.0 / n : 0;
            from[blocks] = score[i];
            hits[blocks] = right[i] ? 1 : 0;
            count[blocks] = 1;
            blocks++;
            // merge while the newest block is no more accurate than the one before, or starts at the same score
            while (blocks > 1 && (hits[blocks - 1] * count[blocks - 2] <= hits[blocks - 2] * count[blocks - 1]
                    || from[blocks - 1] == from[blocks - 2])) {
                hits[blocks - 2] += hits[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] value = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            value[b] = (hits[b] + prior * rate) / (count[b] + prior);
        }
        return new MonotoneSteps(Arrays.copyOf(from, blocks), value);
    }
}
