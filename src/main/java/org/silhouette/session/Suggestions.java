package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.layout.Knn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Labels proposed for unlabelled images by label spreading over a k-NN graph of the embedding (Zhou et al.
 * 2004: F ← αSF + (1−α)Y with S the symmetrically normalised affinity), so a label can travel along a chain
 * of unlabelled neighbours rather than only to direct ones.
 *
 * @param label the proposed class id per image; a labelled image proposes its own label; {@code -1} when
 *     no label reaches the image (calibrated: too little of what the user named reaches it)
 * @param confidence from {@link #calibrated}: the estimated probability that the suggestion is right; from
 *     {@link #propagate}: the proposed class's share of the spread label mass; in [0, 1], 1 for labelled images.
 *     Calibrated with a single label in use it is NaN, <b>unknown</b>: every held-out image then gets its own
 *     label back by construction, so nothing tells how often a suggestion is wrong (it would read 1.00)
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

    /**
     * Raw label spreading: the confidence is the winning class's share of the spread mass. That share is
     * overconfident (one named group gives every reached image a share of 1), so the app shows
     * {@link #calibrated} instead; this stays as the spreading's own reference and the "before" of the ECE.
     */
    public static Suggestions propagate(FloatMatrix embedding, int[] labels, Options options, Cancellation cancel) {
        return compare(embedding, labels, options, false, cancel).raw();
    }

    /**
     * Spread labels, then replace the raw share by the probability of being right, fitted on the user's own
     * labelled images held out of the spreading ({@link SuggestionCalibration}). Images the named groups
     * barely reach (spread mass below what held-out labelled images receive) get no suggestion.
     */
    public static Suggestions calibrated(FloatMatrix embedding, int[] labels, Options options, Cancellation cancel) {
        return compare(embedding, labels, options, true, cancel).calibrated();
    }

    /** The calibrated suggestions beside the raw ones from the same spreading (for measuring the change). */
    public record Compared(Suggestions calibrated, Suggestions raw) {
    }

    public static Compared compare(FloatMatrix embedding, int[] labels, Options options, Cancellation cancel) {
        return compare(embedding, labels, options, true, cancel);
    }

    private static Compared compare(FloatMatrix embedding, int[] labels, Options options, boolean calibrate,
            Cancellation cancel) {
        int n = embedding.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " rows");
        }
        int[] ids = Labels.distinctIds(labels);
        int classes = ids.length;
        int[] dense = Labels.dense(labels, ids);
        if (classes == 0 || n < 2) {
            int[] none = new int[n];
            Arrays.fill(none, -1);
            Suggestions nothing = known(labels, none, new float[n]);
            return new Compared(nothing, nothing);
        }
        int k = Math.min(options.neighbors(), n - 1);
        Graph g = Graph.of(Knn.of(embedding, k, 2, cancel));
        Scores all = Scores.of(spread(g, dense, classes, options, cancel), n, classes);
        int[] rawLabel = new int[n];
        float[] rawConfidence = new float[n];
        for (int i = 0; i < n; i++) {
            rawLabel[i] = all.arg()[i] >= 0 ? ids[all.arg()[i]] : -1;
            rawConfidence[i] = all.arg()[i] >= 0 ? (float) all.share()[i] : 0f;
        }
        Suggestions raw = known(labels, rawLabel, rawConfidence);
        if (!calibrate) {
            return new Compared(raw, raw);
        }
        SuggestionCalibration cal = SuggestionCalibration.fit(g, dense, classes, options, cancel);
        int[] label = new int[n];
        float[] confidence = new float[n];
        for (int i = 0; i < n; i++) {
            float p = all.arg()[i] >= 0 ? cal.confidence(all.share()[i], all.mass()[i]) : -1f;
            label[i] = p >= 0 ? ids[all.arg()[i]] : -1;
            // one label: the calibration still gates which images are reached, but cannot say how often it errs
            confidence[i] = p < 0 ? 0f : classes == 1 ? Float.NaN : p;
        }
        return new Compared(known(labels, label, confidence), raw);
    }

    /**
     * Per image: the winning class (dense index, -1 when no mass arrives), its share of the spread mass and
     * the total spread mass (how much of what the user named reaches the image at all).
     */
    record Scores(int[] arg, double[] share, double[] mass) {
        static Scores of(double[] f, int n, int classes) {
            int[] arg = new int[n];
            double[] share = new double[n];
            double[] mass = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                double best = 0;
                int a = -1;
                for (int c = 0; c < classes; c++) {
                    double v = f[i * classes + c];
                    sum += v;
                    if (v > best) {
                        best = v;
                        a = c;
                    }
                }
                arg[i] = sum > 0 ? a : -1;
                share[i] = sum > 0 ? best / sum : 0;
                mass[i] = sum;
            }
            return new Scores(arg, share, mass);
        }
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

    /** How sure a suggestion is, as the window says it: "confidence 0.83", or why it is not known. */
    public static String confidenceText(float confidence) {
        return Float.isNaN(confidence) ? "confidence unknown until a second group is named"
                : String.format(Locale.ROOT, "confidence %.2f", confidence);
    }

    /** Labelled images propose their own label, with confidence 1. */
    private static Suggestions known(int[] labels, int[] label, float[] confidence) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                label[i] = labels[i];
                confidence[i] = 1f;
            }
        }
        return new Suggestions(label, confidence);
    }

    static double[] spread(Graph g, int[] labels, int classes, Options o, Cancellation cancel) {
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
