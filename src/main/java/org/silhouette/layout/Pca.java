package org.silhouette.layout;

import org.silhouette.core.FloatMatrix;

/**
 * The projection onto the first two principal components, by Smile's PCA (covariance eigen-decomposition).
 * Degenerate input has a defined result: one feature gives (x, 0); fewer than two rows, or no variance at
 * all, gives the origin.
 */
public final class Pca {
    private Pca() {
    }

    public static FloatMatrix fit(FloatMatrix x) {
        int n = x.rows();
        if (n < 2 || !hasVariance(x)) {
            return FloatMatrix.zeros(n, 2);
        }
        if (x.cols() == 1) {
            float mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x.get(i, 0) / n;
            }
            FloatMatrix out = FloatMatrix.zeros(n, 2);
            for (int i = 0; i < n; i++) {
                out.set(i, 0, x.get(i, 0) - mean);
            }
            return out;
        }
        double[][] rows = x.toDoubleRows();
        double[][] y = smile.feature.extraction.PCA.fit(rows).getProjection(2).apply(rows);
        FloatMatrix out = FloatMatrix.of(y);
        return out.allFinite() ? out : FloatMatrix.zeros(n, 2);
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
