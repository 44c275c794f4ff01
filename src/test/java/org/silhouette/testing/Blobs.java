package org.silhouette.testing;

import org.silhouette.core.FloatMatrix;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded Gaussian blobs for tests: class c's centre sits at {@code separation} along axis c (mod dim). */
public record Blobs(FloatMatrix x, int[] labels) {

    public static Blobs make(int classes, int perClass, int dim, double separation, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = classes * perClass;
        float[] data = new float[n * dim];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            labels[i] = c;
            for (int j = 0; j < dim; j++) {
                double centre = j == c % dim ? separation : 0;
                data[i * dim + j] = (float) (centre + noise * gaussian(r));
            }
        }
        return new Blobs(new FloatMatrix(n, dim, data), labels);
    }

    /**
     * Labels for the first {@code perClass} points of each class, as store-style ids ({@code firstId + class *
     * step}, not 0..C-1), and -1 (unlabelled) for the rest.
     */
    public static int[] partialLabels(int[] truth, int perClass, int firstId, int step) {
        int[] labels = new int[truth.length];
        Arrays.fill(labels, -1);
        int[] taken = new int[Arrays.stream(truth).max().orElse(-1) + 1];
        for (int i = 0; i < truth.length; i++) {
            if (taken[truth[i]]++ < perClass) {
                labels[i] = firstId + truth[i] * step;
            }
        }
        return labels;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Mean distance of a point to its class centroid over the mean distance between class centroids. */
    public static double spreadRatio(FloatMatrix y, int[] labels) {
        int classes = 0;
        for (int l : labels) {
            classes = Math.max(classes, l + 1);
        }
        int d = y.cols();
        double[][] centre = new double[classes][d];
        int[] count = new int[classes];
        for (int i = 0; i < y.rows(); i++) {
            if (labels[i] < 0) {
                continue;
            }
            count[labels[i]]++;
            for (int j = 0; j < d; j++) {
                centre[labels[i]][j] += y.get(i, j);
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                centre[c][j] /= Math.max(1, count[c]);
            }
        }
        double within = 0;
        int m = 0;
        for (int i = 0; i < y.rows(); i++) {
            if (labels[i] >= 0) {
                within += dist(y.row(i), centre[labels[i]]);
                m++;
            }
        }
        within /= m;
        double between = 0;
        int pairs = 0;
        for (int a = 0; a < classes; a++) {
            for (int b = a + 1; b < classes; b++) {
                between += dist(centre[a], centre[b]);
                pairs++;
            }
        }
        return within / (between / pairs);
    }

    /** Leave-one-out 1-nearest-neighbour accuracy over labelled rows. */
    public static double knnAccuracy(FloatMatrix y, int[] labels) {
        int hits = 0;
        int n = 0;
        for (int i = 0; i < y.rows(); i++) {
            if (labels[i] < 0) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            int bestLabel = -2;
            for (int j = 0; j < y.rows(); j++) {
                if (j == i || labels[j] < 0) {
                    continue;
                }
                double dd = 0;
                for (int k = 0; k < y.cols(); k++) {
                    double t = y.get(i, k) - y.get(j, k);
                    dd += t * t;
                }
                if (dd < best) {
                    best = dd;
                    bestLabel = labels[j];
                }
            }
            hits += bestLabel == labels[i] ? 1 : 0;
            n++;
        }
        return (double) hits / n;
    }

    private static double dist(float[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }

    private static double dist(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}
