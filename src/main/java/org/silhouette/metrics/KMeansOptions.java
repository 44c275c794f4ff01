package org.silhouette.metrics;

import org.silhouette.core.Checks;

/**
 * @param k clusters
 * @param restarts independent k-means++ starts; the lowest inertia wins (earliest on a tie)
 * @param maxIterations Lloyd iterations per start
 * @param tolerance stop when the centroids move, in total squared distance, by at most this fraction of the
 *     data's mean per-dimension variance (sklearn's rule), or when no assignment changes
 * @param seed seeds every random choice
 */
public record KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed) {

    public KMeansOptions {
        Checks.atLeast(k, 1, "k");
        Checks.atLeast(restarts, 1, "restarts");
        Checks.atLeast(maxIterations, 1, "maxIterations");
        Checks.nonNegative(tolerance, "tolerance");
    }

    /** Five k-means++ starts of at most 300 iterations with sklearn's tolerance 1e-4. */
    public static KMeansOptions of(int k, long seed) {
        return new KMeansOptions(k, 5, 300, 1e-4, seed);
    }
}
