package org.silhouette.metrics;

import org.silhouette.core.FloatMatrix;


/**
 * Leave-one-out k-nearest-neighbour classification: each row gets the class most common among its k nearest
 * other rows (Euclidean; equal distances take the lower row first; a tied vote goes to the smallest class id,
 * as numpy.argmax of the vote counts does), and the score is the share of rows whose class that is. On a 2-D
 * map it says how well classes hold together where a user would look. Exact, O(n²), rows in parallel.
 */
public final class KnnAccuracy {
    private KnnAccuracy() {
    }

    /** @param labels a class id >= 0 per row */
    public static double compute(FloatMatrix x, int[] labels, int k) {
        int n = x.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " rows");
        }
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be in [1, n), got " + k + " for " + n + " rows");
        }
        int classes = 0;
        for (int c : labels) {
            if (c < 0) {
                throw new IllegalArgumentException("every row needs a class id >= 0, got " + c);
            }
            classes = Math.max(classes, c + 1);
        }
        int votesSize = classes;
        DistancePanels panels = new DistancePanels(x);
        long hits = NeighbourScan.sumOverBlocks(n, (first, count) -> {
            double[][] rows = NeighbourScan.squaredRows(x, panels, first, count);
            Neighbours scratch = new Neighbours(k);
            int[] votes = new int[votesSize];
            long sum = 0;
            for (int b = 0; b < count; b++) {
                int i = first + b;
                java.util.Arrays.fill(votes, 0);
                for (int j : scratch.nearest(i, rows[b], k)) {
                    votes[labels[j]]++;
                }
                int best = 0;
                for (int c = 1; c < votes.length; c++) {
                    best = votes[c] > votes[best] ? c : best;
                }
                sum += best == labels[i] ? 1 : 0;
            }
            return sum;
        });
        return (double) hits / n;
    }
}
