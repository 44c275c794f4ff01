package org.silhouette.metrics;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.SplittableRandom;

/**
 * Lloyd's k-means (with Hamerly's bounds to skip rows that cannot move) and greedy k-means++ seeding (each new centre is the best of 2 + ln k D^2-sampled
 * candidates, as sklearn does) and several restarts. Every random choice comes from the seed and all sums run in
 * row order, so a seed gives the same clustering on any number of threads.
 */
public final class KMeans {
    private KMeans() {
    }

    public static KMeansResult fit(FloatMatrix x, KMeansOptions options) {
        return fit(x, options, Progress.NONE, Cancellation.NEVER);
    }

    public static KMeansResult fit(FloatMatrix x, KMeansOptions options, Progress progress, Cancellation cancel) {
        if (x.rows() < options.k()) {
            throw new IllegalArgumentException("k-means needs at least k = " + options.k() + " rows, got " + x.rows());
        }
        if (!x.allFinite()) {
            throw new IllegalArgumentException("k-means input holds NaN or infinite values");
        }
        DistancePanels panels = new DistancePanels(x);
        double threshold = options.tolerance() * meanVariance(x);
        SplittableRandom root = new SplittableRandom(options.seed());
        KMeansResult best = null;
        for (int r = 0; r < options.restarts(); r++) {
            cancel.check();
            progress.update("k-means", r, options.restarts());
            KMeansResult result = lloyd(x, panels, seed(x, panels, options.k(), root.split()), options, threshold,
                    cancel);
            if (best == null || result.inertia() < best.inertia()) {
                best = result;
            }
        }
        progress.update("k-means", options.restarts(), options.restarts());
        return best;
    }

    private static KMeansResult lloyd(FloatMatrix x, DistancePanels panels, double[][] centroids,
                                      KMeansOptions options, double threshold, Cancellation cancel) {
        HamerlyBounds bounds = new HamerlyBounds(x, panels, centroids);
        int iterations = 1;
        while (iterations < options.maxIterations()) {
            cancel.check();
            double[][] updated = means(x, bounds.assignment(), centroids);
            double shift = 0;
            for (int c = 0; c < centroids.length; c++) {
                shift += LabelledRows.squaredDistance(updated[c], centroids[c]);
            }
            double[][] before = centroids;
            centroids = updated;
            iterations++;
            if (bounds.reassign(before, centroids) == 0 || shift <= threshold) {
                break; // nothing moved: the centroids are the means of this assignment
            }
        }
        return new KMeansResult(bounds.assignment().clone(), centroids, bounds.inertia(centroids), iterations);
    }

    /** Cluster means; an empty cluster takes the row farthest from its centroid that no other empty one took. */
    private static double[][] means(FloatMatrix x, int[] assignment, double[][] previous) {
        int k = previous.length;
        int d = x.cols();
        double[][] mu = new double[k][d];
        int[] sizes = new int[k];
        float[] v = x.data();
        for (int j = 0; j < assignment.length; j++) {
            double[] m = mu[assignment[j]];
            sizes[assignment[j]]++;
            for (int t = 0; t < d; t++) {
                m[t] += v[j * d + t];
            }
        }
        boolean[] taken = new boolean[assignment.length];
        double[] nearest = null;
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                for (int t = 0; t < d; t++) {
                    mu[c][t] /= sizes[c];
                }
            } else {
                if (nearest == null) {
                    nearest = new double[assignment.length];
                    for (int j = 0; j < nearest.length; j++) {
                        nearest[j] = LabelledRows.squaredDistance(v, j * d, previous[assignment[j]]);
                    }
                }
                int far = -1;
                for (int j = 0; j < nearest.length; j++) {
                    if (!taken[j] && (far < 0 || nearest[j] > nearest[far])) {
                        far = j;
                    }
                }
                taken[far] = true;
                mu[c] = row(x, far);
            }
        }
        return mu;
    }

    /** Greedy k-means++: each new centre is the best of several D^2-sampled candidates by resulting potential. */
    static double[][] seed(FloatMatrix x, DistancePanels panels, int k, SplittableRandom rng) {
        int n = x.rows();
        double[][] centres = new double[k][];
        centres[0] = row(x, rng.nextInt(n));
        double[][] first = new double[1][n];
        panels.squaredToAll(new double[][] {centres[0]}, 1, first);
        double[] closest = first[0];
        int trials = 2 + (int) Math.log(k);
        double[][] candidateDist = new double[trials][n];
        for (int c = 1; c < k; c++) {
            double potential = sum(closest);
            double[][] candidates = new double[trials][];
            for (int t = 0; t < trials; t++) {
                candidates[t] = row(x, sample(closest, potential, rng));
            }
            panels.squaredToAll(candidates, trials, candidateDist);
            int bestTrial = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = 0;
                for (int j = 0; j < n; j++) {
                    p += Math.min(closest[j], candidateDist[t][j]);
                }
                if (p < bestPotential) {
                    bestPotential = p;
                    bestTrial = t;
                }
            }
            centres[c] = candidates[bestTrial];
            for (int j = 0; j < n; j++) {
                closest[j] = Math.min(closest[j], candidateDist[bestTrial][j]);
            }
        }
        return centres;
    }

    /** A row drawn with probability proportional to its weight; uniform when every weight is zero. */
    private static int sample(double[] weight, double total, SplittableRandom rng) {
        if (!(total > 0)) {
            return rng.nextInt(weight.length);
        }
        double target = rng.nextDouble() * total;
        double cumulative = 0;
        int lastPositive = 0;
        for (int j = 0; j < weight.length; j++) {
            if (weight[j] > 0) {
                cumulative += weight[j];
                lastPositive = j;
                if (cumulative > target) {
                    return j;
                }
            }
        }
        return lastPositive; // rounding left the target just above the running sum
    }

    private static double meanVariance(FloatMatrix x) {
        int n = x.rows();
        int d = x.cols();
        double total = 0;
        for (int t = 0; t < d; t++) {
            double mean = 0;
            for (int j = 0; j < n; j++) {
                mean += x.data()[j * d + t];
            }
            mean /= n;
            double var = 0;
            for (int j = 0; j < n; j++) {
                double dev = x.data()[j * d + t] - mean;
                var += dev * dev;
            }
            total += var / n;
        }
        return d == 0 ? 0 : total / d;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s;
    }

    private static double[] row(FloatMatrix x, int j) {
        double[] r = new double[x.cols()];
        for (int t = 0; t < r.length; t++) {
            r[t] = x.data()[j * x.cols() + t];
        }
        return r;
    }
}
