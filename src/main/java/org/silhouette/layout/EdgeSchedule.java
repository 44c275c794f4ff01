package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.util.Arrays;

/**
 * When each edge of a fuzzy graph is sampled during UMAP's SGD, shared by the 2-D map ({@link Umap}) and the
 * d-dimensional layout space ({@link UmapSpace}): an edge of weight w is used every maxW / w epochs, and its
 * negative samples {@code negativeSamples} times as often. Edges too weak to be sampled even once in the run
 * are dropped. {@link #run} drives the epochs; within one, {@link #due} and {@link #sample} say which edges to use
 * and advance their counters.
 */
final class EdgeSchedule {
    final int kept;
    final int[] head;
    final int[] tail;
    private final int epochs;
    private final double[] every;
    private final double[] next;
    private final double[] everyNegative;
    private final double[] nextNegative;

    /** One epoch of the SGD, at learning rate {@code alpha}. */
    interface Epoch {
        void run(int epoch, double alpha);
    }

    EdgeSchedule(FuzzyGraph graph, int epochs, int negativeSamples) {
        this.epochs = epochs;
        int m = graph.edgeCount();
        float maxW = 0;
        for (float w : graph.weight()) {
            maxW = Math.max(maxW, w);
        }
        int k = 0;
        head = new int[m];
        tail = new int[m];
        double[] all = new double[m];
        for (int e = 0; e < m; e++) {
            if (graph.weight()[e] > 0 && graph.weight()[e] >= maxW / epochs) {
                head[k] = graph.head()[e];
                tail[k] = graph.tail()[e];
                all[k++] = maxW / graph.weight()[e];
            }
        }
        kept = k;
        every = all;
        next = Arrays.copyOf(all, kept);
        everyNegative = new double[kept];
        nextNegative = new double[kept];
        for (int e = 0; e < kept; e++) {
            everyNegative[e] = negativeSamples > 0 ? all[e] / negativeSamples : Double.POSITIVE_INFINITY;
            nextNegative[e] = everyNegative[e];
        }
    }

    /**
     * Runs the epochs 1..epochs in order, the learning rate falling linearly from {@code alpha0} towards 0; checks
     * for cancellation before each and reports progress after it.
     */
    void run(double alpha0, Progress progress, Cancellation cancel, Epoch epoch) {
        for (int t = 1; t <= epochs; t++) {
            cancel.check();
            epoch.run(t, alpha0 * (1 - (t - 1) / (double) epochs));
            progress.update("UMAP", t, epochs);
        }
    }

    /** Whether edge e is used in this epoch. */
    boolean due(int e, int epoch) {
        return next[e] <= epoch;
    }

    /** Marks a due edge used in this epoch; returns how many negative samples it takes now. */
    int sample(int e, int epoch) {
        next[e] += every[e];
        int negatives = (int) ((epoch - nextNegative[e]) / everyNegative[e]);
        if (negatives > 0) {
            nextNegative[e] += negatives * everyNegative[e];
        }
        return negatives;
    }
}
