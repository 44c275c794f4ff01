package org.silhouette.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.silhouette.core.FloatMatrix;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every metric against values from sklearn 1.2 (silhouette, Davies–Bouldin, Calinski–Harabasz) and from an
 * independent NumPy implementation of the centroid silhouette and Musgrave et al.'s P@1, R-precision and MAP@R,
 * on seeded data sets with overlap, singleton classes, exact duplicates, non-contiguous ids with unlabelled rows,
 * and 500 x 16.
 */
class SklearnFixturesTest {
    /** sklearn's Gram-trick distances and our exact differences agree to ~1e-14; leave room. */
    private static final double TOL = 1e-9;

    @TestFactory
    Stream<DynamicTest> matchesReference() {
        return Fixtures.perDataset("datasets.json", this::check);
    }

    private void check(Fixtures.Dataset set) {
        String name = set.name();
        FloatMatrix x = set.x();
        int[] labels = set.labels();
        JsonNode e = set.expected();

        SilhouetteScores mean = Silhouette.compute(x, labels, Silhouette.Variant.MEAN_DISTANCE);
        SilhouetteScores centroid = Silhouette.compute(x, labels, Silhouette.Variant.CENTROID);
        assertEquals(e.get("silhouette").asDouble(), mean.mean(), TOL, name);
        assertEquals(e.get("silhouette_centroid").asDouble(), centroid.mean(), TOL, name);
        assertArrayEquals(Fixtures.doubles(e.get("silhouette_samples")), labelledOnly(mean.samples(), labels), TOL,
                name);
        assertArrayEquals(Fixtures.doubles(e.get("silhouette_centroid_samples")),
                labelledOnly(centroid.samples(), labels), TOL, name);
        assertArrayEquals(Fixtures.ints(e.get("class_ids")), mean.classIds(), name);
        assertArrayEquals(Fixtures.doubles(e.get("silhouette_class_means")), mean.classMeans(), TOL, name);
        assertArrayEquals(Fixtures.doubles(e.get("silhouette_centroid_class_means")), centroid.classMeans(), TOL,
                name);
        for (int i = 0; i < labels.length; i++) {
            assertEquals(labels[i] < 0, Double.isNaN(mean.samples()[i]), name + " row " + i);
        }

        assertEquals(e.get("davies_bouldin").asDouble(), ClusterValidity.daviesBouldin(x, labels), TOL, name);
        double ch = e.get("calinski_harabasz").asDouble();
        assertEquals(ch, ClusterValidity.calinskiHarabasz(x, labels), TOL * ch, name);

        RetrievalScores r = Retrieval.compute(x, labels);
        assertEquals(e.get("queries").asInt(), r.queries(), name);
        assertEquals(e.get("precision_at_1").asDouble(), r.precisionAt1(), 1e-12, name);
        assertEquals(e.get("r_precision").asDouble(), r.rPrecision(), 1e-12, name);
        assertEquals(e.get("map_at_r").asDouble(), r.mapAtR(), 1e-12, name);

        // The single-pass report must give the same numbers as the separate entry points.
        MetricsReport report = MetricsReport.compute(x, labels, 1);
        assertEquals(mean.mean(), report.silhouette(), 0, name);
        assertEquals(centroid.mean(), report.silhouetteCentroid(), 0, name);
        assertEquals(r.precisionAt1(), report.precisionAt1(), 0, name);
        assertEquals(r.rPrecision(), report.rPrecision(), 0, name);
        assertEquals(r.mapAtR(), report.mapAtR(), 0, name);
        assertEquals(e.get("davies_bouldin").asDouble(), report.daviesBouldin(), TOL, name);
        assertEquals(ch, report.calinskiHarabasz(), TOL * ch, name);
        for (double v : report.asMap().values()) {
            assertTrue(Double.isFinite(v), name + " " + report);
        }
    }

    private static double[] labelledOnly(double[] samples, int[] labels) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] >= 0)
                .mapToDouble(i -> samples[i]).toArray();
    }
}
