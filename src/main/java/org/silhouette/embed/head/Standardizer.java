package org.silhouette.embed.head;

import org.silhouette.core.FloatMatrix;

/**
 * Per-feature standardisation (x - mean) / scale, fitted on the training features and stored with the
 * model. A feature with zero (or non-finite) spread gets scale 1, so it becomes a constant 0 rather
 * than a division by zero.
 */
public record Standardizer(float[] mean, float[] scale) {

    public Standardizer {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " values but scale has " + scale.length);
        }
        for (int j = 0; j < mean.length; j++) {
            if (!Float.isFinite(mean[j]) || !Float.isFinite(scale[j]) || !(scale[j] > 0)) {
                throw new IllegalArgumentException("standardisation of feature " + j + " is not finite and positive");
            }
        }
    }

    public static Standardizer identity(int dim) {
        float[] scale = new float[dim];
        java.util.Arrays.fill(scale, 1f);
        return new Standardizer(new float[dim], scale);
    }

    /** Mean and population standard deviation of every column, accumulated in double. */
    public static Standardizer fit(FloatMatrix x) {
        int n = x.rows();
        int d = x.cols();
        if (n == 0) {
            return identity(d);
        }
        double[] sum = new double[d];
        float[] data = x.data();
        for (int i = 0; i < n; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                sum[j] += data[off + j];
            }
        }
        float[] mean = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sum[j] / n);
        }
        double[] sq = new double[d];
        for (int i = 0; i < n; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                double c = data[off + j] - (double) mean[j];
                sq[j] += c * c;
            }
        }
        float[] scale = new float[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(sq[j] / n);
            // Relative threshold: float noise on a constant column must not blow up to unit variance.
            double tol = 1e-6 * Math.max(1.0, Math.abs(mean[j]));
            scale[j] = sd > tol && Double.isFinite(sd) && (float) sd > 0f ? (float) sd : 1f;
        }
        return new Standardizer(mean, scale);
    }

    public int dim() {
        return mean.length;
    }

    /** Standardised copies of the given rows of {@code x}, packed row-major into {@code out} from offset 0. */
    public void applyRows(FloatMatrix x, int[] rows, float[] out) {
        int d = x.cols();
        float[] data = x.data();
        for (int r = 0; r < rows.length; r++) {
            int src = rows[r] * d;
            int dst = r * d;
            for (int j = 0; j < d; j++) {
                out[dst + j] = (data[src + j] - mean[j]) / scale[j];
            }
        }
    }

    /** Standardised copy of rows [from, to) of {@code x}. */
    public float[] applyRange(FloatMatrix x, int from, int to) {
        int d = x.cols();
        float[] data = x.data();
        float[] out = new float[(to - from) * d];
        for (int i = from; i < to; i++) {
            int src = i * d;
            int dst = (i - from) * d;
            for (int j = 0; j < d; j++) {
                out[dst + j] = (data[src + j] - mean[j]) / scale[j];
            }
        }
        return out;
    }

    /** True when every column was constant in the data this was fitted on. */
    public boolean allConstant(FloatMatrix x) {
        int d = x.cols();
        float[] data = x.data();
        for (int i = 1; i < x.rows(); i++) {
            for (int j = 0; j < d; j++) {
                if (data[i * d + j] != data[j]) {
                    return false;
                }
            }
        }
        return true;
    }
}
