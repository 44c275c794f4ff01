package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.layout.Knn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Labels proposed for unlabelled images by label spreading over a k-NN graph of the embedding (Zhou et al.
 * 2004: F ← αSF + (1−α)Y with S the symmetrically normalised affinity), so a label can travel along a chain
 * of unlabelled neighbours rather than only to direct ones.
 *
 * @param label the proposed class id per image; a labelled image proposes its own label; {@code -1} when
 *     no label reaches the image
 * @param confidence the proposed class's share of the spread label mass, in [0, 1]; 1 for labelled images
 */
public record Suggestions(int[] label, float[] confidence) {

    /**
     * @param neighbors graph degree k
     * @param alpha how far labels travel (0: not at all; close to 1: far)
     * @param iterations spreading steps
     */
    public record Options(int neighbors, double alpha, int iterations) {
        public Options {
            if (neighbors < 1) {
                throw new IllegalArgumentException("neighbors must be at least 1, got " + neighbors);
            }
            if (!(alpha >= 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in [0, 1), got " + alpha);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
            }
        }

        public static Options defaults() {
            return new Options(10, 0.9, 20);
        }
    }

    public static Suggestions propagate(FloatMatrix embedding, int[] labels, Options options, Cancellation cancel) {
        int n = embedding.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " rows");
        }
        int[] ids = Labels.distinctIds(labels);
        int classes = ids.length;
        int[] dense = Labels.dense(labels, ids);
        int[] label = new int[n];
        float[] confidence = new float[n];
        Arrays.fill(label, -1);
        if (classes == 0 || n < 2) {
            copyKnown(labels, label, confidence);
            return new Suggestions(label, confidence);
        }
        int k = Math.min(options.neighbors(), n - 1);
        Graph g = Graph.of(Knn.exact(embedding, k, 2, cancel));
        double[] f = spread(g, dense, classes, options, cancel);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double best = 0;
            int arg = -1;
            for (int c = 0; c < classes; c++) {
                double v = f[i * classes + c];
                sum += v;
                if (v > best) {
                    best = v;
                    arg = c;
                }
            }
            if (arg >= 0 && sum > 0) {
                label[i] = ids[arg];
                confidence[i] = (float) (best / sum);
            }
        }
        copyKnown(labels, label, confidence);
        return new Suggestions(label, confidence);
    }

    /**
     * Unlabelled images the suggestions are least sure of, least sure first (ties by index): the ones that
     * most need a person. Images no label reaches count as least sure of all.
     */
    public int[] mostUncertain(int[] labels, int count) {
        return IntStream.range(0, label.length)
                .filter(i -> labels[i] < 0)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> label[i] < 0 ? -1 : confidence[i])
                        .thenComparingInt(i -> i))
                .limit(count)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static void copyKnown(int[] labels, int[] label, float[] confidence) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                label[i] = labels[i];
                confidence[i] = 1f;
            }
        }
    }

    private static double[] spread(Graph g, int[] labels, int classes, Options o, Cancellation cancel) {
        int n = labels.length;
        double[] y = new double[n * classes];
        for (int i = 0; i < n; i++) {
            if (labels[i] >= 0) {
                y[i * classes + labels[i]] = 1;
            }
        }
        double[] f = y.clone();
        double[] next = new double[f.length];
        for (int it = 0; it < o.iterations(); it++) {
            cancel.check();
            for (int i = 0; i < n; i++) {
                int base = i * classes;
                for (int c = 0; c < classes; c++) {
                    next[base + c] = (1 - o.alpha()) * y[base + c];
                }
                for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                    int j = g.target[e];
                    double w = o.alpha() * g.weight[e];
                    int jb = j * classes;
                    for (int c = 0; c < classes; c++) {
                        next[base + c] += w * f[jb + c];
                    }
                }
            }
            double[] t = f;
            f = next;
            next = t;
        }
        return f;
    }

    /**
     * The symmetrised k-NN graph in compressed rows, weights W_ij = exp(−d²/σ²) with σ the mean neighbour
     * distance, normalised to D^{-1/2} W D^{-1/2}.
     */
    record Graph(int[] start, int[] target, double[] weight) {
        static Graph of(Knn knn) {
            int n = knn.n();
            int k = knn.k();
            double sigma = 0;
            for (float d : knn.distances()) {
                sigma += d;
            }
            sigma = Math.max(sigma / knn.distances().length, 1e-12);
            // both directions of every edge; a mutual pair appears twice and simply counts double
            int[] degree = new int[n];
            for (int i = 0; i < n; i++) {
                for (int m = 0; m < k; m++) {
                    degree[i]++;
                    degree[knn.indices()[i * k + m]]++;
                }
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + degree[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] target = new int[start[n]];
            double[] weight = new double[start[n]];
            for (int i = 0; i < n; i++) {
                for (int m = 0; m < k; m++) {
                    int j = knn.indices()[i * k + m];
                    double d = knn.distances()[i * k + m];
                    double w = Math.exp(-(d * d) / (sigma * sigma));
                    target[fill[i]] = j;
                    weight[fill[i]++] = w;
                    target[fill[j]] = i;
                    weight[fill[j]++] = w;
                }
            }
            double[] rowSum = new double[n];
            for (int i = 0; i < n; i++) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    rowSum[i] += weight[e];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    double norm = Math.sqrt(rowSum[i] * rowSum[target[e]]);
                    weight[e] = norm > 0 ? weight[e] / norm : 0;
                }
            }
            return new Graph(start, target, weight);
        }
    }
}
