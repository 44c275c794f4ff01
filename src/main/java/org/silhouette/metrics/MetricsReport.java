package org.silhouette.metrics;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every quality number of an embedding against its labels, computed on the labelled rows (label &gt;= 0) only.
 * See docs/METRICS.md for the definitions and edge cases.
 *
 * @param silhouette mean silhouette, Rousseeuw's mean-distance b(i) (sklearn's {@code silhouette_score})
 * @param silhouetteCentroid mean silhouette with b(i) = distance to the nearest other class centroid
 * @param daviesBouldin Davies–Bouldin index (lower is better)
 * @param calinskiHarabasz Calinski–Harabasz index (higher is better)
 * @param precisionAt1 P@1 (Musgrave et al. 2020)
 * @param rPrecision R-precision
 * @param mapAtR MAP@R
 * @param nmi NMI of k-means (k = number of classes) against the labels
 * @param ami AMI of the same clustering
 * @param ari ARI of the same clustering
 */
public record MetricsReport(double silhouette, double silhouetteCentroid, double daviesBouldin,
                            double calinskiHarabasz, double precisionAt1, double rPrecision, double mapAtR,
                            double nmi, double ami, double ari) {

    public static MetricsReport compute(FloatMatrix x, int[] labels, long seed) {
        return compute(x, labels, seed, Progress.NONE, Cancellation.NEVER);
    }

    /** One pass over the pairwise distances serves both silhouettes' a(i) and all retrieval metrics. */
    public static MetricsReport compute(FloatMatrix x, int[] labels, long seed, Progress progress,
                                        Cancellation cancel) {
        NeighbourScan.Labelled scanned = NeighbourScan.ofLabels(x, labels, true, true, progress, cancel);
        SilhouetteScores mean = Silhouette.scores(scanned, Silhouette.Variant.MEAN_DISTANCE);
        SilhouetteScores centroid = Silhouette.scores(scanned, Silhouette.Variant.CENTROID);
        RetrievalScores retrieval = Retrieval.scores(scanned.scan());
        FloatMatrix labelled = scanned.labelled();
        int[] truth = scanned.lr().classOf();
        int[] clusters = KMeans.fit(labelled, KMeansOptions.of(scanned.lr().classCount(), seed), progress, cancel)
                .assignments();
        return new MetricsReport(mean.mean(), centroid.mean(),
                ClusterValidity.daviesBouldin(labelled, truth), ClusterValidity.calinskiHarabasz(labelled, truth),
                retrieval.precisionAt1(), retrieval.rPrecision(), retrieval.mapAtR(),
                PartitionAgreement.nmi(truth, clusters), PartitionAgreement.ami(truth, clusters),
                PartitionAgreement.ari(truth, clusters));
    }

    /** The values under the CLI's JSON keys, in the documented order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("silhouette", silhouette);
        m.put("silhouette_centroid", silhouetteCentroid);
        m.put("davies_bouldin", daviesBouldin);
        m.put("calinski_harabasz", calinskiHarabasz);
        m.put("precision_at_1", precisionAt1);
        m.put("r_precision", rPrecision);
        m.put("map_at_r", mapAtR);
        m.put("nmi", nmi);
        m.put("ami", ami);
        m.put("ari", ari);
        return m;
    }
}
