package org.silhouette.metrics;

import org.silhouette.core.FloatMatrix;


/**
 * How well a map keeps each point's neighbours (Venna &amp; Kaski 2001), as sklearn.manifold.trustworthiness
 * computes it: T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum over i of sum over j in U(i) of (r(i, j) - k), where U(i)
 * holds i's k nearest neighbours in the map that are not among its k nearest in the input, and r(i, j) is j's
 * rank among i's neighbours in the input (1 = nearest). 1 means no point gained a stranger as a neighbour.
 * Euclidean distances on both sides; a point is never its own neighbour; equal distances rank the lower row
 * first. Exact, O(n²) distances, rows in parallel.
 */
public final class Trustworthiness {
    private Trustworthiness() {
    }

    /**
     * @param input the rows before the map [n, d]
     * @param map the same rows in the map [n, m]
     * @param k neighbours, below n / 2 as sklearn requires
     */
    public static double compute(FloatMatrix input, FloatMatrix map, int k) {
        int n = input.rows();
        if (map.rows() != n) {
            throw new IllegalArgumentException("the map has " + map.rows() + " rows for " + n + " input rows");
        }
        if (k < 1 || k >= n / 2.0) {
            throw new IllegalArgumentException("k must be in [1, n/2), got " + k + " for " + n + " rows");
        }
        DistancePanels high = new DistancePanels(input);
        DistancePanels low = new DistancePanels(map);
        long penalty = NeighbourScan.sumOverBlocks(n, (first, count) -> {
            double[][] inInput = NeighbourScan.squaredRows(input, high, first, count);
            double[][] inMap = NeighbourScan.squaredRows(map, low, first, count);
            Neighbours scratch = new Neighbours(k);
            long sum = 0;
            for (int b = 0; b < count; b++) {
                sum += rowPenalty(first + b, inInput[b], inMap[b], k, scratch);
            }
            return sum;
        });
        return 1 - 2.0 / ((double) n * k * (2.0 * n - 3.0 * k - 1)) * penalty;
    }

    /** Sum over i's k nearest in the map of max(0, rank in the input - k). */
    private static long rowPenalty(int i, double[] inInput, double[] inMap, int k, Neighbours s) {
        int[] nearInMap = s.nearest(i, inMap, k).clone();
        int[] nearInInput = s.nearest(i, inInput, k);
        int last = nearInInput[k - 1];
        long sum = 0;
        for (int j : nearInMap) {
            if (before(inInput, j, last)) {
                continue; // j is among i's k nearest in the input too
            }
            // rank = 1 + rows other than i before j by (distance, row)
            double dj = inInput[j];
            int rank = 1 + countBelow(inInput, inInput.length, dj) + countEqual(inInput, j, dj);
            rank -= inInput[i] < dj || i < j && inInput[i] == dj ? 1 : 0;
            sum += rank - k;
        }
        return sum;
    }

    /** How many of d[0..end) are below v: a counting loop without branches. */
    private static int countBelow(double[] d, int end, double v) {
        int c = 0;
        for (int l = 0; l < end; l++) {
            c += d[l] < v ? 1 : 0;
        }
        return c;
    }

    /** How many of d[0..end) equal v. */
    private static int countEqual(double[] d, int end, double v) {
        int c = 0;
        for (int l = 0; l < end; l++) {
            c += d[l] == v ? 1 : 0;
        }
        return c;
    }

    /** Whether row a ranks before or at row b by (distance, row). */
    private static boolean before(double[] d, int a, int b) {
        return d[a] < d[b] || d[a] == d[b] && a <= b;
    }
}
