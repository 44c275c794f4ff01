package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
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
 */
record Evaluation(Map<String, Double> metrics, FloatMatrix map) {

    /** The metrics every method gets, in the order the report lists them. */
    static final String[] EMBEDDING_METRICS = {"precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "ari"};

    static Evaluation of(FloatMatrix embedding, int[] labels, long seed, Progress progress, Cancellation cancel) {
        MetricsReport report = MetricsReport.compute(embedding, labels, seed, progress, cancel);
        Map<String, Double> all = report.asMap();
        Map<String, Double> m = new LinkedHashMap<>();
        for (String key : EMBEDDING_METRICS) {
            m.put(key, all.get(key));
        }
        FloatMatrix coords = Umap.fit(embedding, UmapOptions.defaults().withSeed(seed), progress, cancel).coordinates();
        m.put("silhouette_2d", Silhouette.compute(coords, labels, Silhouette.Variant.MEAN_DISTANCE).mean());
        m.put("knn_2d", Retrieval.compute(coords, labels).precisionAt1());
        return new Evaluation(m, coords);
    }
}
