package org.silhouette.layout;

/**
 * Makes UMAP's fuzzy graph label-aware, as supervised UMAP does (McInnes et al. 2018, section on
 * semi-supervised use): an edge between two images with different labels keeps e^-5 of its weight, an edge
 * with an unlabelled end keeps e^-1, and an edge within a label keeps all of it. Each point's strongest
 * edge is then scaled back to 1 (its local connectivity) and the pair is merged with the fuzzy union
 * a + b - ab. Unlabelled images thus still follow their neighbours, while labels cut across-class edges.
 */
final class LabelledGraph {
    /** e^-far: the weight kept by an edge whose ends carry different labels. */
    static final double FAR = Math.exp(-5);
    /** e^-unknown: the weight kept by an edge with an unlabelled end. */
    static final double UNKNOWN = Math.exp(-1);

    private LabelledGraph() {
    }

    /**
     * @param labels a label per point, -1 for unlabelled; null or all -1 returns the graph unchanged
     */
    static FuzzyGraph of(FuzzyGraph graph, int[] labels) {
        if (labels == null || java.util.Arrays.stream(labels).allMatch(l -> l < 0)) {
            return graph;
        }
        int m = graph.edgeCount();
        int[] head = graph.head();
        int[] tail = graph.tail();
        float[] w = new float[m];
        double[] strongest = new double[graph.n()];
        for (int e = 0; e < m; e++) {
            int a = labels[head[e]];
            int b = labels[tail[e]];
            double factor = a < 0 || b < 0 ? UNKNOWN : a == b ? 1 : FAR;
            w[e] = (float) (graph.weight()[e] * factor);
            strongest[head[e]] = Math.max(strongest[head[e]], w[e]);
        }
        // each direction is scaled by its own head's strongest, then joined with its reverse
        int[] back = graph.reverse();
        float[] out = new float[m];
        for (int e = 0; e < m; e++) {
            int r = back[e];
            double ij = strongest[head[e]] > 0 ? w[e] / strongest[head[e]] : 0;
            double ji = strongest[head[r]] > 0 ? w[r] / strongest[head[r]] : 0;
            out[e] = (float) (ij + ji - ij * ji);
        }
        return new FuzzyGraph(graph.n(), head, tail, out);
    }
}
