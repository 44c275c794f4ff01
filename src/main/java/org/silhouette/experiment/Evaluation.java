package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.layout.Knn;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;
import org.silhouette.metrics.MetricsReport;
import org.silhouette.metrics.Retrieval;
import org.silhouette.metrics.Silhouette;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quality numbers of one embedding of the evaluation images: retrieval and k-means agreement on the
 * embedding itself, then silhouette and 1-NN precision on its 2-D UMAP (what a user sees).
 *
 * @param metrics metric name → value, in report order
 * @param map the 2-D UMAP coordinates
 * @param confusion [true class][class of the nearest other image] counts on the embedding: where the
 *     neighbours of each class come from (look-alike classes show up off the diagonal)
 */
record Evaluation(Map<String, Double> metrics, FloatMatrix map, int[][] confusion) {

    /** The metrics every method gets, in the order the report lists them. */
    static final String[] EMBEDDING_METRICS = {"precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "ari"};

    static Evaluation of(FloatMatrix embedding, int[] labels, long seed, Progress progress, Cancellation cancel) {
        MetricsReport report = MetricsReport.compute(embedding, labels, seed, progress, cancel);
        Map<String, Double> all = report.asMap();
        Map<String, Double> m = new LinkedHashMap<>();
        for (String key : EMBEDDING_METRICS) {
            m.put(key, all.get(key));
        }
        FloatMatrix coords = Umap.fit(embedding, UmapOptions.builder().seed(seed).build(), progress, cancel).coordinates();
        m.put("silhouette_2d", Silhouette.compute(coords, labels, Silhouette.Variant.MEAN_DISTANCE).mean());
        m.put("knn_2d", Retrieval.compute(coords, labels).precisionAt1());
        return new Evaluation(m, coords, nearestNeighbourConfusion(embedding, labels, cancel));
    }

    static int[][] nearestNeighbourConfusion(FloatMatrix x, int[] labels, Cancellation cancel) {
        int classes = java.util.Arrays.stream(labels).max().orElse(0) + 1;
        int[][] c = new int[classes][classes];
        Knn knn = Knn.exact(x, 1, 2, cancel);
        for (int i = 0; i < labels.length; i++) {
            c[labels[i]][labels[knn.indices()[i]]]++;
        }
        return c;
    }
}
