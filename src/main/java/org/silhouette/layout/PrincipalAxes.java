package org.silhouette.layout;

import org.silhouette.core.FloatMatrix;

import java.util.SplittableRandom;

/**
 * The projection onto the top two principal axes, by block power iteration on the centred data (the
 * covariance matrix is never formed, so it stays cheap for wide features). Used to initialise UMAP and for the
 * quick preview while a folder's features arrive; the {@code pca} layout method uses Smile's exact PCA instead.
 */
public final class PrincipalAxes {
    private static final int MAX_ITER = 100;

    private PrincipalAxes() {
    }

    /** [n, 2] scores; a column is all zero when the data has fewer than two directions of variance. */
    static double[] project2(FloatMatrix x, long seed) {
        Axes axes = Axes.fit(x, MAX_ITER, seed);
        return axes.project(x);
    }

    /**
     * A quick look at features still arriving: the top two axes of at most {@code sampleRows} evenly spaced rows,
     * after at most {@code iterations} power steps, with every row projected onto them. Rough axes are enough
     * for a first glimpse of the folder; the real map replaces it.
     *
     * @return [n, 2] scores
     */
    public static FloatMatrix preview(FloatMatrix x, int sampleRows, int iterations, long seed) {
        return preview(x, java.util.stream.IntStream.range(0, x.rows()).toArray(), sampleRows, iterations, seed);
    }

    /**
     * As above, for the given rows of {@code x} only, which is read in place: only the sample is copied, so a
     * preview of a large matrix still arriving costs no second copy of it.
     *
     * @return [rows.length, 2] scores, in the order of {@code rows}
     */
    public static FloatMatrix preview(FloatMatrix x, int[] rows, int sampleRows, int iterations, long seed) {
        int n = rows.length;
        int d = x.cols();
        int step = Math.max(1, (n + sampleRows - 1) / Math.max(1, sampleRows));
        int m = (n + step - 1) / step;
        float[] sample = new float[m * d];
        for (int k = 0; k < m; k++) {
            System.arraycopy(x.data(), rows[k * step] * d, sample, k * d, d);
        }
        double[] z = Axes.fit(new FloatMatrix(m, d, sample), iterations, seed).project(x, rows);
        float[] out = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) z[i];
        }
        return new FloatMatrix(n, 2, out);
    }

    /** The mean and the top two unit axes of the centred data. */
    private record Axes(double[] mean, double[][] v) {
        static Axes fit(FloatMatrix x, int maxIter, long seed) {
            int n = x.rows();
            int d = x.cols();
            float[] data = x.data();
            double[] mean = x.columnMeans();
            SplittableRandom r = new SplittableRandom(seed);
            double[][] v = new double[2][d];
            for (double[] col : v) {
                for (int j = 0; j < d; j++) {
                    col[j] = r.nextDouble() - 0.5;
                }
            }
            orthonormalise(v);
            double[][] z = new double[2][n];
            for (int iter = 0; iter < maxIter; iter++) {
                scores(data, n, d, mean, v, z);
                double[][] next = new double[2][d];
                for (int i = 0; i < n; i++) {
                    int off = i * d;
                    for (int j = 0; j < d; j++) {
                        double c = data[off + j] - mean[j];
                        next[0][j] += c * z[0][i];
                        next[1][j] += c * z[1][i];
                    }
                }
                orthonormalise(next);
                double change = Math.abs(Math.abs(dot(next[0], v[0])) - 1) + Math.abs(Math.abs(dot(next[1], v[1])) - 1);
                v = next;
                if (change < 1e-10) {
                    break;
                }
            }
            return new Axes(mean, v);
        }

        /** [n, 2] scores of the rows of {@code x}, interleaved. */
        double[] project(FloatMatrix x) {
            int n = x.rows();
            double[][] z = new double[2][n];
            scores(x.data(), n, x.cols(), mean, v, z);
            double[] out = new double[2 * n];
            for (int i = 0; i < n; i++) {
                out[2 * i] = z[0][i];
                out[2 * i + 1] = z[1][i];
            }
            return out;
        }

        /** [rows.length, 2] scores of the given rows of {@code x}, read in place, interleaved. */
        double[] project(FloatMatrix x, int[] rows) {
            double[][] z = new double[2][1];
            double[] out = new double[2 * rows.length];
            for (int i = 0; i < rows.length; i++) {
                score(x.data(), rows[i] * x.cols(), x.cols(), mean, v, z, 0);
                out[2 * i] = z[0][0];
                out[2 * i + 1] = z[1][0];
            }
            return out;
        }
    }

    private static void scores(float[] data, int n, int d, double[] mean, double[][] v, double[][] z) {
        for (int i = 0; i < n; i++) {
            score(data, i * d, d, mean, v, z, i);
        }
    }

    /** The two scores of the row whose d values start at {@code off}, into z[0][i] and z[1][i]. */
    private static void score(float[] data, int off, int d, double[] mean, double[][] v, double[][] z, int i) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < d; j++) {
            double c = data[off + j] - mean[j];
            a += c * v[0][j];
            b += c * v[1][j];
        }
        z[0][i] = a;
        z[1][i] = b;
    }

    /** Gram–Schmidt; a column that collapses to zero stays zero. */
    private static void orthonormalise(double[][] v) {
        normalise(v[0]);
        double p = dot(v[0], v[1]);
        for (int j = 0; j < v[1].length; j++) {
            v[1][j] -= p * v[0][j];
        }
        normalise(v[1]);
    }

    private static void normalise(double[] a) {
        double norm = Math.sqrt(dot(a, a));
        for (int j = 0; j < a.length; j++) {
            a[j] = norm > 1e-300 ? a[j] / norm : 0;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
