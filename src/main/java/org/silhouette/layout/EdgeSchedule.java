package org.silhouette.layout;

import java.util.Arrays;

/**
 * When each edge of a fuzzy graph is sampled during UMAP's SGD, shared by the 2-D map ({@link Umap}) and the
 * d-dimensional layout space ({@link UmapSpace}): an edge of weight w is used every maxW / w epochs, and its
 * negative samples {@code negativeSamples} times as often. Edges too weak to be sampled even once in the run
 * are dropped. {@code next} and {@code nextNegative} advance as the SGD loop uses the edges.
 */
final class EdgeSchedule {
    final int kept;
    final int[] head;
    final int[] tail;
    final double[] every;
    final double[] next;
    final double[] everyNegative;
    final double[] nextNegative;

    EdgeSchedule(FuzzyGraph graph, int epochs, int negativeSamples) {
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
}
