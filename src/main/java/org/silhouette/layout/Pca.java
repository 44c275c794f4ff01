package org.silhouette.layout;

import org.silhouette.core.FloatMatrix;
import smile.math.matrix.Matrix;

/**
 * Projections onto the leading principal components: the covariance matrix by BLAS on at most
 * {@value #FIT_ROWS} rows, its eigenvectors by LAPACK, and the rows projected a block at a time. Smile's
 * PCA, used before, took seconds on 10,000 × 1,280 features and grew with the rows (docs/BENCHMARKS.md).
 * Degenerate input has a defined result: one feature gives (x, 0); fewer than two rows, or no variance at
 * all, gives the origin.
 */
public final class Pca {
    /** Rows the axes are fitted on at most (see {@link #scores}). */
    static final int FIT_ROWS = 5_000;
    /** Rows projected at a time. */
    private static final int BLOCK = 4_096;

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
        int kept = Math.min(k, Math.min(x.cols(), n));
        FloatMatrix scores = scores(x, kept);
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

    /**
     * Scores on the leading {@code k} axes of the centred data, [n, k]. The axes come from at most
     * {@value #FIT_ROWS} evenly spaced rows: the covariance costs rows × d², 16 GFLOP at 10,000 × 1,280 and
     * ten times that at 100,000, while the leading axes of a few thousand rows already agree with the full
     * data's; below that every row is used and the result is exact. The rows are then projected a block at
     * a time, so no double copy of the whole matrix is ever held.
     */
    private static FloatMatrix scores(FloatMatrix x, int k) {
        int n = x.rows();
        int d = x.cols();
        float[] data = x.data();
        double[] mean = x.columnMeans();
        int step = (n + FIT_ROWS - 1) / FIT_ROWS;
        int[] sample = java.util.stream.IntStream.iterate(0, i -> i < n, i -> i + step).toArray();
        Matrix axes = leadingAxes(centredColumns(data, d, mean, sample).aat(), k);
        float[] out = new float[n * k];
        for (int from = 0; from < n; from += BLOCK) {
            int[] block = java.util.stream.IntStream.range(from, Math.min(n, from + BLOCK)).toArray();
            Matrix s = axes.tm(centredColumns(data, d, mean, block));
            for (int r = 0; r < block.length; r++) {
                for (int c = 0; c < k; c++) {
                    out[(from + r) * k + c] = (float) s.get(c, r);
                }
            }
        }
        return new FloatMatrix(n, k, out);
    }

    /**
     * The centred rows as the columns of a [d, rows] matrix: Smile's matrices are column-major, so each
     * row is copied whole and in order.
     */
    private static Matrix centredColumns(float[] data, int d, double[] mean, int[] rows) {
        Matrix m = new Matrix(d, rows.length);
        for (int r = 0; r < rows.length; r++) {
            int base = rows[r] * d;
            for (int j = 0; j < d; j++) {
                m.set(j, r, data[base + j] - mean[j]);
            }
        }
        return m;
    }

    /** The eigenvectors of the symmetric {@code cov} with the {@code k} largest eigenvalues, largest first. */
    private static Matrix leadingAxes(Matrix cov, int k) {
        int d = cov.nrow();
        Matrix.EVD sorted = cov.eigen(false, true, true).sort();
        Matrix axes = new Matrix(d, k);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                axes.set(j, c, sorted.Vr.get(j, c));
            }
        }
        return axes;
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
