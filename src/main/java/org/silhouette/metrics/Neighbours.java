package org.silhouette.metrics;

import java.util.Arrays;

/**
 * Finds a row's k nearest other rows from its distances; scratch space for one thread. Public so that the
 * harness's exact reference scans rank neighbours the same way as the metrics do.
 */
public final class Neighbours {
    private final double[] best;
    private final int[] ids;

    public Neighbours(int k) {
        best = new double[k];
        ids = new int[k];
    }

    /**
     * Row i's k nearest other rows, nearest first, equal distances by row; the array is reused by the next call.
     * One scan with a sorted short list: rows come in ascending order and only a strictly smaller distance
     * enters, so equal distances keep the lower row first.
     */
    public int[] nearest(int i, double[] distances, int k) {
        if (k != best.length) {
            throw new IllegalArgumentException("this scratch finds " + best.length + " neighbours, not " + k);
        }
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        Arrays.fill(ids, -1);
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < distances.length; j++) {
            double v = distances[j];
            if (v < worst && j != i) {
                int p = k - 1;
                while (p > 0 && best[p - 1] > v) {
                    best[p] = best[p - 1];
                    ids[p] = ids[p - 1];
                    p--;
                }
                best[p] = v;
                ids[p] = j;
                worst = best[k - 1];
            }
        }
        return ids;
    }
}
