package org.silhouette.session;

import org.silhouette.core.FloatMatrix;

/**
 * The space a refreshed map is laid out in: the head's embedding beside the backbone's own view. Each block
 * is scaled to a mean squared row norm of one, so the weight alone says how much each one decides who
 * is whose neighbour.
 */
final class LayoutSpace {
    private LayoutSpace() {
    }

    /** [head | weight · anchor], each block scaled to unit mean squared row norm first. */
    static FloatMatrix blend(FloatMatrix head, FloatMatrix anchor, double weight) {
        if (head.rows() != anchor.rows()) {
            throw new IllegalArgumentException("head has " + head.rows() + " rows, anchor " + anchor.rows());
        }
        int n = head.rows();
        int a = head.cols();
        int b = anchor.cols();
        double sh = 1 / rootMeanSquaredNorm(head);
        double sa = weight / rootMeanSquaredNorm(anchor);
        float[] out = new float[n * (a + b)];
        for (int i = 0; i < n; i++) {
            int o = i * (a + b);
            for (int j = 0; j < a; j++) {
                out[o + j] = (float) (head.get(i, j) * sh);
            }
            for (int j = 0; j < b; j++) {
                out[o + a + j] = (float) (anchor.get(i, j) * sa);
            }
        }
        return new FloatMatrix(n, a + b, out);
    }

    private static double rootMeanSquaredNorm(FloatMatrix x) {
        double s = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                double v = x.get(i, j);
                s += v * v;
            }
        }
        double r = Math.sqrt(s / Math.max(1, x.rows()));
        return r > 0 ? r : 1;
    }
}
