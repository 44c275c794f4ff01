package org.silhouette.metrics;

import org.silhouette.core.FloatMatrix;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Lloyd's assignment step with Hamerly's (2010) bounds: each row keeps an upper bound on the distance to its
 * centroid and a lower bound on the distance to any other, and is only measured again when the bounds stop
 * proving that its centroid is the nearest. Late iterations then touch few rows. Bounds are widened by a
 * relative 1e-12 so that rounding cannot make them claim more than is true. Rows are independent, so the
 * result does not depend on the number of threads.
 */
final class HamerlyBounds {
    private static final double SLACK = 1e-12;
    private static final int CHUNK = 256;

    private final FloatMatrix x;
    private final int[] assignment;
    private final double[] upper;
    private final double[] lower;

    /** Assigns every row to its nearest centroid (lowest index on a tie), measuring all distances. */
    HamerlyBounds(FloatMatrix x, DistancePanels panels, double[][] centroids) {
        this.x = x;
        int n = x.rows();
        assignment = new int[n];
        upper = new double[n];
        lower = new double[n];
        double[][] dist = new double[centroids.length][n];
        panels.squaredToAll(centroids, centroids.length, dist);
        for (int j = 0; j < n; j++) {
            int row = j;
            assignNearest(row, centroids.length, c -> dist[c][row], Math::sqrt);
        }
    }

    int[] assignment() {
        return assignment;
    }

    /** Follows the centroids' move from {@code before} to {@code after}; returns how many rows changed cluster. */
    int reassign(double[][] before, double[][] after) {
        int k = after.length;
        double[] moved = new double[k];
        int fastest = 0;
        for (int c = 0; c < k; c++) {
            moved[c] = Math.sqrt(LabelledRows.squaredDistance(before[c], after[c]));
            if (moved[c] > moved[fastest]) {
                fastest = c;
            }
        }
        double runnerUp = 0;
        for (int c = 0; c < k; c++) {
            if (c != fastest) {
                runnerUp = Math.max(runnerUp, moved[c]);
            }
        }
        double[] halfGap = new double[k]; // half the distance to the nearest other centroid
        for (int c = 0; c < k; c++) {
            double gap = Double.POSITIVE_INFINITY;
            for (int e = 0; e < k; e++) {
                if (e != c) {
                    gap = Math.min(gap, Math.sqrt(LabelledRows.squaredDistance(after[c], after[e])));
                }
            }
            halfGap[c] = gap / 2 * (1 - SLACK);
        }
        int fastestCluster = fastest;
        double fastestMove = moved[fastest];
        double secondMove = runnerUp;
        int n = assignment.length;
        int chunks = (n + CHUNK - 1) / CHUNK;
        int[] changed = new int[chunks];
        IntStream.range(0, chunks).parallel().forEach(t -> {
            int count = 0;
            for (int i = t * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                int a = assignment[i];
                double u = (upper[i] + moved[a]) * (1 + SLACK);
                double l = (lower[i] - (a == fastestCluster ? secondMove : fastestMove)) * (1 - SLACK);
                double bound = Math.max(halfGap[a], l);
                if (u > bound) {
                    u = distance(i, after[a]) * (1 + SLACK);
                    if (u > bound) {
                        count += remeasure(i, after) ? 1 : 0;
                        continue;
                    }
                }
                upper[i] = u;
                lower[i] = l;
            }
            changed[t] = count;
        });
        int total = 0;
        for (int c : changed) {
            total += c;
        }
        return total;
    }

    /** Sum over rows of the squared distance to their centroid, in row order. */
    double inertia(double[][] centroids) {
        double sum = 0;
        for (int i = 0; i < assignment.length; i++) {
            sum += LabelledRows.squaredDistance(x.data(), i * x.cols(), centroids[assignment[i]]);
        }
        return sum;
    }

    /** Measures every centroid for row i; returns whether its cluster changed. */
    private boolean remeasure(int i, double[][] centroids) {
        return assignNearest(i, centroids.length, c -> distance(i, centroids[c]), d -> d);
    }

    /**
     * Assigns row i to the centroid with the smallest {@code measure} (lowest index on a tie) and sets its bounds
     * from the nearest and second-nearest, turned into distances by {@code toDistance}; returns whether the
     * row's cluster changed.
     */
    private boolean assignNearest(int i, int k, IntToDoubleFunction measure, DoubleUnaryOperator toDistance) {
        int best = 0;
        double first = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double v = measure.applyAsDouble(c);
            if (v < first) {
                second = first;
                first = v;
                best = c;
            } else if (v < second) {
                second = v;
            }
        }
        boolean changed = best != assignment[i];
        assignment[i] = best;
        upper[i] = toDistance.applyAsDouble(first) * (1 + SLACK);
        lower[i] = toDistance.applyAsDouble(second) * (1 - SLACK);
        return changed;
    }

    private double distance(int i, double[] centroid) {
        return LabelledRows.distance(x.data(), i * x.cols(), centroid);
    }
}
