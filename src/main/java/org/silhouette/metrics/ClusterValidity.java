package org.silhouette.metrics;

import org.silhouette.core.FloatMatrix;

/**
 * Davies–Bouldin and Calinski–Harabasz indices of the labelled rows' classes, as sklearn 1.2 defines them
 * (including its degenerate cases), with Euclidean distances and class centroids.
 */
public final class ClusterValidity {
    /** numpy.allclose(v, 0)'s absolute tolerance, which sklearn's Davies–Bouldin uses. */
    private static final double ZERO = 1e-8;

    private ClusterValidity() {
    }

    /**
     * Mean over classes of max over other classes of (s_c + s_d) / |mu_c - mu_d|, where s_c is the mean distance
     * of class c's members to mu_c. Lower is better. Coincident centroids contribute 0; 0 when all s_c or all
     * centroid distances are zero.
     */
    public static double daviesBouldin(FloatMatrix x, int[] labels) {
        LabelledRows lr = LabelledRows.requireClusterable(x, labels);
        FloatMatrix v = lr.select(x);
        double[][] mu = lr.centroids(v);
        int k = mu.length;
        double[] spread = new double[k];
        for (int i = 0; i < lr.size(); i++) {
            spread[lr.classOf()[i]] += LabelledRows.distance(v.data(), i * v.cols(), mu[lr.classOf()[i]]);
        }
        boolean allSpreadZero = true;
        for (int c = 0; c < k; c++) {
            spread[c] /= lr.classSizes()[c];
            allSpreadZero &= Math.abs(spread[c]) <= ZERO;
        }
        double[][] between = new double[k][k];
        boolean allBetweenZero = true;
        for (int c = 0; c < k; c++) {
            for (int e = 0; e < k; e++) {
                between[c][e] = c == e ? 0.0 : Math.sqrt(LabelledRows.squaredDistance(mu[c], mu[e]));
                allBetweenZero &= between[c][e] <= ZERO;
            }
        }
        if (allSpreadZero || allBetweenZero) {
            return 0.0;
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double worst = 0;
            for (int e = 0; e < k; e++) {
                if (e != c && between[c][e] != 0) {
                    worst = Math.max(worst, (spread[c] + spread[e]) / between[c][e]);
                }
            }
            sum += worst;
        }
        return sum / k;
    }

    /**
     * [sum_c n_c |mu_c - mu|^2 / (K - 1)] / [sum_i |x_i - mu_c(i)|^2 / (n - K)]. Higher is better; 1 when every
     * class is a single point (no within-class dispersion), as in sklearn.
     */
    public static double calinskiHarabasz(FloatMatrix x, int[] labels) {
        LabelledRows lr = LabelledRows.requireClusterable(x, labels);
        FloatMatrix v = lr.select(x);
        int n = lr.size();
        int d = v.cols();
        int k = lr.classCount();
        double[][] mu = lr.centroids(v);
        double[] overall = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                overall[j] += v.data()[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            overall[j] /= n;
        }
        double between = 0;
        for (int c = 0; c < k; c++) {
            between += lr.classSizes()[c] * LabelledRows.squaredDistance(mu[c], overall);
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += LabelledRows.squaredDistance(v.data(), i * d, mu[lr.classOf()[i]]);
        }
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1.0));
    }
}
