package org.silhouette.layout;

import org.silhouette.core.FloatMatrix;

/** Cheap checks of a 2-D layout, for tests and benchmarks. */
public final class LayoutQuality {
    private LayoutQuality() {
    }

    /** Mean share of each labelled point's k nearest 2-D neighbours (exact) that carry its label. */
    public static double neighbourPurity(FloatMatrix y, int[] labels, int k) {
        Knn knn = Knn.exact(y, Math.min(k, y.rows() - 1), 2, org.silhouette.core.Cancellation.NEVER);
        double sum = 0;
        int m = 0;
        for (int i = 0; i < y.rows(); i++) {
            if (labels[i] < 0) {
                continue;
            }
            int same = 0;
            for (int p = 0; p < knn.k(); p++) {
                same += labels[knn.indices()[i * knn.k() + p]] == labels[i] ? 1 : 0;
            }
            sum += (double) same / knn.k();
            m++;
        }
        return m == 0 ? Double.NaN : sum / m;
    }

    /** Median distance a point moved between two layouts, over the RMS radius of the first. */
    public static double relativeMedianShift(FloatMatrix before, FloatMatrix after) {
        int n = before.rows();
        double[] shift = new double[n];
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            shift[i] = Math.hypot(after.get(i, 0) - before.get(i, 0), after.get(i, 1) - before.get(i, 1));
            cx += before.get(i, 0);
            cy += before.get(i, 1);
        }
        cx /= n;
        cy /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += Math.pow(before.get(i, 0) - cx, 2) + Math.pow(before.get(i, 1) - cy, 2);
        }
        java.util.Arrays.sort(shift);
        return shift[n / 2] / Math.sqrt(ss / n);
    }
}
