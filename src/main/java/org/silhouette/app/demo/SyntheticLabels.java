package org.silhouette.app.demo;

import java.util.SplittableRandom;

/**
 * Stand-ins for what the labelling session will compute, so every colour mode has something to show:
 * a seeded fraction of images "labelled" with their true class, k-NN votes in the 2-D map as
 * suggestions with their confidence, and each image's silhouette on the map for the true classes.
 */
final class SyntheticLabels {

    record Result(int[] labels, int[] suggested, float[] confidence, float[] silhouette) {
    }

    private SyntheticLabels() {
    }

    static Result of(int[] truth, int classes, float[] x, float[] y, double labelledFraction, long seed) {
        int n = truth.length;
        SplittableRandom random = new SplittableRandom(seed);
        int[] labels = new int[n];
        int labelledCount = 0;
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < labelledFraction ? truth[i] : -1;
            if (labels[i] >= 0) {
                labelledCount++;
            }
        }
        int[] labelled = new int[labelledCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (labels[i] >= 0) {
                labelled[k++] = i;
            }
        }
        int[] suggested = new int[n];
        float[] confidence = new float[n];
        int k = Math.min(10, labelledCount);
        double[] bestD = new double[k];
        int[] bestI = new int[k];
        for (int i = 0; i < n; i++) {
            if (k == 0) {
                suggested[i] = -1;
                confidence[i] = Float.NaN;
                continue;
            }
            java.util.Arrays.fill(bestD, Double.POSITIVE_INFINITY);
            for (int j : labelled) {
                if (j == i) {
                    continue;
                }
                double d = (x[j] - x[i]) * (x[j] - x[i]) + (y[j] - y[i]) * (y[j] - y[i]);
                if (d < bestD[k - 1]) {
                    int p = k - 1;
                    while (p > 0 && bestD[p - 1] > d) {
                        bestD[p] = bestD[p - 1];
                        bestI[p] = bestI[p - 1];
                        p--;
                    }
                    bestD[p] = d;
                    bestI[p] = j;
                }
            }
            int[] votes = new int[classes];
            for (int q = 0; q < k; q++) {
                votes[labels[bestI[q]]]++;
            }
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (votes[c] > votes[best]) {
                    best = c;
                }
            }
            suggested[i] = best;
            confidence[i] = votes[best] / (float) k;
        }
        return new Result(labels, suggested, confidence, silhouette(truth, classes, x, y));
    }

    /** Silhouette per point with Euclidean distance in the map, by its definition: (b - a) / max(a, b). */
    static float[] silhouette(int[] truth, int classes, float[] x, float[] y) {
        int n = truth.length;
        int[] sizes = new int[classes];
        for (int t : truth) {
            sizes[t]++;
        }
        float[] s = new float[n];
        double[] sums = new double[classes];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                sums[truth[j]] += Math.sqrt(dx * dx + dy * dy);
            }
            int own = truth[i];
            if (sizes[own] < 2) {
                s[i] = 0;
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            s[i] = (float) ((b - a) / Math.max(a, b));
        }
        return s;
    }
}
