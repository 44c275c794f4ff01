package org.silhouette.layout;

import org.silhouette.core.FloatMatrix;

/**
 * Projections onto the leading principal components, by Smile's PCA (covariance eigen-decomposition).
 * Degenerate input has a defined result: one feature gives (x, 0); fewer than two rows, or no variance at
 * all, gives the origin.
 */
public final class Pca {
    private Pca() {
    }

    /** The 2-D map: scores on the first two components. */
    public static FloatMatrix fit(FloatMatrix x) {
        return reduce(x, 2);
    }

    /**
     * Scores on the first {@code k} components, [n, k]. Columns beyond the data's rank stay zero, so the
     * shape is always as asked.
     */
    public static FloatMatrix reduce(FloatMatrix x, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("PCA needs at least one component, got " + k);
        }
        int n = x.rows();
        if (n < 2 || !hasVariance(x)) {
            return FloatMatrix.zeros(n, k);
        }
        if (x.cols() == 1) {
            float mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x.get(i, 0) / n;
            }
            FloatMatrix out = FloatMatrix.zeros(n, k);
            for (int i = 0; i < n; i++) {
                out.set(i, 0, x.get(i, 0) - mean);
            }
            return out;
        }
        double[][] rows = x.toDoubleRows();
        int kept = Math.min(k, Math.min(x.cols(), n));
        double[][] y = smile.feature.extraction.PCA.fit(rows).getProjection(kept).apply(rows);
        FloatMatrix scores = FloatMatrix.of(y);
        if (!scores.allFinite()) {
            return FloatMatrix.zeros(n, k);
        }
        if (kept == k) {
            return scores;
        }
        FloatMatrix out = FloatMatrix.zeros(n, k);
        for (int i = 0; i < n; i++) {
            System.arraycopy(scores.data(), i * kept, out.data(), i * k, kept);
        }
        return out;
    }

    private static boolean hasVariance(FloatMatrix x) {
        float[] d = x.data();
        for (int i = x.cols(); i < d.length; i++) {
            if (d[i] != d[i % x.cols()]) {
                return true;
            }
        }
        return false;
    }
}
