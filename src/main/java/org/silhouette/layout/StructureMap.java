package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.Standardizer;
import org.silhouette.embed.train.StructureTarget;

/**
 * The map of the backbone's features that the semi-supervised head's structure term pins unlabelled images
 * to. Built once per feature matrix: standardise, keep the top {@link #VIEW_COMPONENTS} principal
 * components (which drops the noisiest directions of a 1,280-wide feature), find the neighbours, and lay
 * the fuzzy graph out by UMAP in the head's dimension with min_dist 0 (the target is for neighbourhoods,
 * not for looking at). That label-free {@link #base()} is what the no-labels head learns.
 *
 * <p>{@link #withLabels} then refines the base on the label-aware graph ({@link LabelledGraph}) for a few
 * epochs: the same neighbourhoods, with edges across named classes cut. It reuses the neighbours, so each
 * labelling round pays only for the refinement.
 */
public final class StructureMap {
    /** Principal components of the standardised features that the neighbourhoods are measured in. */
    public static final int VIEW_COMPONENTS = 128;
    /** Epochs of a full label-aware refinement from the base; half a fresh layout's at 10,000 images. */
    public static final int REFINE_EPOCHS = 100;
    /**
     * Epochs by which {@link #follow} moves the last target towards new labels: a fifth of a full refinement,
     * so five rounds of unchanged labels reach what one full refinement reaches, at a fifth of the cost.
     */
    public static final int FOLLOW_EPOCHS = 20;
    /**
     * Epochs by which a loop round nudges the target, already followed to the last round's labels, towards its
     * own before training: the newest lasso reaches the target in its own round, for a quarter of a follow's
     * cost; the full follow comes after the round (docs/LOSSES.md).
     */
    public static final int NUDGE_EPOCHS = 5;
    /**
     * A row's share of the structure weight is the unnamed share of its neighbourhood to this power: an image
     * whose neighbours are two-thirds named keeps a third of the pull (its named neighbours say where it
     * belongs), one among unnamed images keeps nearly all of it (nothing but the backbone says where it belongs).
     * Chosen on CIFAR-10 and Fashion-MNIST (docs/RESULTS.md): 2 and 4 helped seen classes more and cost unseen
     * look-alikes of named classes more.
     */
    public static final double UNNAMED_SHARE_POWER = 1;

    private final FuzzyGraph graph;
    private final FloatMatrix base;
    private final UmapOptions options;
    /** The last target {@link #follow} gave, or null before the first. */
    private FloatMatrix current;

    private StructureMap(FuzzyGraph graph, FloatMatrix base, UmapOptions options) {
        this.graph = graph;
        this.base = base;
        this.options = options;
    }

    /** The standardised PCA view in which neighbourhoods are measured, [n, min(128, d)]. */
    public static FloatMatrix view(FloatMatrix features) {
        Standardizer st = Standardizer.fit(features);
        FloatMatrix z = new FloatMatrix(features.rows(), features.cols(), st.applyRange(features, 0, features.rows()));
        int k = Math.min(VIEW_COMPONENTS, Math.min(features.cols(), features.rows()));
        return k == features.cols() ? z : Pca.reduce(z, k);
    }

    /** The label-free map of {@code features} in {@code dim} dimensions, and the graph to refine it on. */
    public static StructureMap build(FloatMatrix features, int dim, long seed, int threads, Progress progress,
            Cancellation cancel) {
        UmapOptions options = UmapOptions.builder().minDist(0).seed(seed).threads(threads).build();
        FloatMatrix view = view(features);
        int n = view.rows();
        if (n <= dim + 1) {
            return new StructureMap(null, Pca.reduce(view, dim), options);
        }
        progress.update("Structure neighbours", 0, n);
        Knn knn = Knn.of(view, Math.min(options.neighbors() - 1, n - 1), threads, cancel);
        FuzzyGraph graph = FuzzyGraph.build(knn);
        FloatMatrix base = UmapSpace.layout(view, dim, graph, options, progress, cancel);
        return new StructureMap(graph, base, options);
    }

    /**
     * As {@link #build} followed by {@link #withLabels} and {@link #rowWeights}; labels null gives the
     * label-free base, every row pulled fully.
     */
    public static StructureTarget fit(FloatMatrix features, int dim, int[] labels, long seed, int threads,
            Progress progress, Cancellation cancel) {
        StructureMap map = build(features, dim, seed, threads, progress, cancel);
        return labels == null ? StructureTarget.of(map.base())
                : StructureTarget.of(map.withLabels(labels, progress, cancel), map.rowWeights(labels));
    }

    /**
     * How hard the structure term pulls each row towards its target: the membership-weighted share of its
     * graph neighbours that are unlabelled, to the power {@link #UNNAMED_SHARE_POWER}; null (every row fully)
     * without a graph or without a label.
     *
     * @param labels a label per row, -1 for unlabelled
     */
    public float[] rowWeights(int[] labels) {
        if (labels.length != base.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + base.rows() + " rows");
        }
        if (graph == null || java.util.Arrays.stream(labels).allMatch(l -> l < 0)) {
            return null;
        }
        double[] all = new double[graph.n()];
        double[] unnamed = new double[graph.n()];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int i = graph.head()[e];
            double w = graph.weight()[e];
            all[i] += w;
            if (labels[graph.tail()[e]] < 0) {
                unnamed[i] += w;
            }
        }
        float[] out = new float[graph.n()];
        for (int i = 0; i < out.length; i++) {
            double share = all[i] > 0 ? unnamed[i] / all[i] : 1;
            out[i] = (float) Math.min(1, Math.pow(share, UNNAMED_SHARE_POWER));
        }
        return out;
    }

    /** The target {@link #follow} last gave, or the base before the first. */
    public FloatMatrix current() {
        return current == null ? base : current;
    }

    /** The label-free coordinates, [n, dim]. */
    public FloatMatrix base() {
        return base;
    }

    /**
     * The base refined for {@link #REFINE_EPOCHS} epochs on the label-aware graph; without any label, the base.
     *
     * @param labels a label per row, -1 for unlabelled
     */
    public FloatMatrix withLabels(int[] labels, Progress progress, Cancellation cancel) {
        return refine(base, labels, REFINE_EPOCHS, progress, cancel);
    }

    /**
     * The labelling loop's target: the last target (the base at first) moved {@link #FOLLOW_EPOCHS} epochs on
     * the graph these labels make, so the target follows the labels round by round without paying for a full
     * refinement each time.
     */
    public FloatMatrix follow(int[] labels, Progress progress, Cancellation cancel) {
        return follow(labels, FOLLOW_EPOCHS, progress, cancel);
    }

    /** As {@link #follow(int[], Progress, Cancellation)}, by {@code epochs} epochs. */
    public FloatMatrix follow(int[] labels, int epochs, Progress progress, Cancellation cancel) {
        current = refine(current == null ? base : current, labels, epochs, progress, cancel);
        return current;
    }

    private FloatMatrix refine(FloatMatrix from, int[] labels, int epochs, Progress progress, Cancellation cancel) {
        if (labels.length != base.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + base.rows() + " rows");
        }
        if (graph == null || java.util.Arrays.stream(labels).allMatch(l -> l < 0)) {
            return base;
        }
        return UmapSpace.refine(from, LabelledGraph.of(graph, labels), epochs, options, progress, cancel);
    }
}
