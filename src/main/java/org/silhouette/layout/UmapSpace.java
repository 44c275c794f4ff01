package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.SplittableRandom;

/**
 * UMAP into d dimensions (d >= 2), for label-free structure targets and the 16-d introspection map. The
 * same k-NN, fuzzy graph, curve and kernel as {@link Umap}; {@link StructureMap} refines a layout on the
 * label-aware graph of {@link LabelledGraph}. The start is the top d principal components scaled to +-10. Seeded and
 * single-threaded after the k-NN search. The 2-D map keeps its own tuned loop in {@link Umap}.
 */
public final class UmapSpace {
    private static final double INIT_EXTENT = 10;
    private static final double CLIP = 4;

    private UmapSpace() {
    }

    /** A fresh UMAP of the rows of x into {@code dim} dimensions, [n, dim]. */
    public static FloatMatrix fit(FloatMatrix x, int dim, UmapOptions options, Progress progress,
            Cancellation cancel) {
        int n = x.rows();
        if (dim < 2) {
            throw new IllegalArgumentException("UMAP needs at least two output dimensions, got " + dim);
        }
        if (n <= dim + 1) {
            return Pca.reduce(x, dim);
        }
        progress.update("UMAP neighbours", 0, n);
        Knn knn = Knn.of(x, Math.min(options.neighbors() - 1, n - 1), options.threads(), cancel);
        return layout(x, dim, FuzzyGraph.build(knn), options, progress, cancel);
    }

    /** A fresh layout of a built graph over the rows of x (x gives the principal-component start). */
    static FloatMatrix layout(FloatMatrix x, int dim, FuzzyGraph graph, UmapOptions options, Progress progress,
            Cancellation cancel) {
        double[] y = start(x, dim, options.seed());
        optimise(y, dim, graph, UmapCurve.fit(options.spread(), options.minDist()), options.spaceEpochsFor(x.rows()),
                options.learningRate(), options, progress, cancel);
        return toMatrix(y, x.rows(), dim);
    }

    /** Continues a layout on another graph over the same rows, from its coordinates, at a quarter of the rate. */
    static FloatMatrix refine(FloatMatrix from, FuzzyGraph graph, int epochs, UmapOptions options, Progress progress,
            Cancellation cancel) {
        double[] y = new double[from.data().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = from.data()[i];
        }
        optimise(y, from.cols(), graph, UmapCurve.fit(options.spread(), options.minDist()), epochs,
                options.learningRate() / 4, options, progress, cancel);
        return toMatrix(y, from.rows(), from.cols());
    }

    private static FloatMatrix toMatrix(double[] y, int n, int dim) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (float) y[i];
        }
        return new FloatMatrix(n, dim, out);
    }

    private static double[] start(FloatMatrix x, int dim, long seed) {
        FloatMatrix pcs = Pca.reduce(x, dim);
        double max = 0;
        for (float v : pcs.data()) {
            max = Math.max(max, Math.abs(v));
        }
        double scale = max > 0 ? INIT_EXTENT / max : 1;
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        double[] y = new double[pcs.data().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = pcs.data()[i] * scale + (r.nextDouble() - 0.5) * 2e-3 * INIT_EXTENT;
        }
        return y;
    }

    /** SGD over the graph's edges with negative sampling, as {@link Umap}'s loop but over d coordinates. */
    static void optimise(double[] y, int dim, FuzzyGraph graph, UmapCurve curve, int epochs, double alpha0,
            UmapOptions o, Progress progress, Cancellation cancel) {
        EdgeSchedule q = new EdgeSchedule(graph, epochs, o.negativeSamples());
        UmapKernel kernel = new UmapKernel(curve, o.repulsion());
        int n = graph.n();
        double[] g = new double[dim];
        SplittableRandom random = new SplittableRandom(o.seed() * 31 + 17);
        q.run(alpha0, progress, cancel, (epoch, alpha) -> {
            for (int e = 0; e < q.kept; e++) {
                if (!q.due(e, epoch)) {
                    continue;
                }
                int i = q.head[e] * dim;
                int j = q.tail[e] * dim;
                double d2 = difference(y, i, j, dim, g);
                if (d2 > 0) {
                    double coeff = kernel.attractive(d2);
                    for (int c = 0; c < dim; c++) {
                        double step = clip(coeff * g[c]) * alpha;
                        y[i + c] += step;
                        y[j + c] -= step;
                    }
                }
                int negatives = q.sample(e, epoch);
                for (int s = 0; s < negatives; s++) {
                    int k = random.nextInt(n) * dim;
                    if (k == i) {
                        continue;
                    }
                    double r2 = difference(y, i, k, dim, g);
                    if (r2 > 0) {
                        double coeff = kernel.repulsive(r2);
                        for (int c = 0; c < dim; c++) {
                            y[i + c] += clip(coeff * g[c]) * alpha;
                        }
                    }
                }
            }
        });
    }

    /** Puts point i minus point j (offsets into {@code y}) into {@code g}; returns its squared length. */
    private static double difference(double[] y, int i, int j, int dim, double[] g) {
        double d2 = 0;
        for (int c = 0; c < dim; c++) {
            g[c] = y[i + c] - y[j + c];
            d2 += g[c] * g[c];
        }
        return d2;
    }

    private static double clip(double v) {
        return v > CLIP ? CLIP : v < -CLIP ? -CLIP : v;
    }
}
