package org.silhouette.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.silhouette.core.FloatMatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads the JSON written by src/test/python/make_metric_fixtures.py. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/fixtures/metrics");

    private Fixtures() {
    }

    static JsonNode read(String name) {
        try {
            return new ObjectMapper().readTree(DIR.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One entry of a file's "datasets" array, with the fields every metric fixture has read out.
     *
     * @param node the whole entry, for the fields only some fixtures have
     */
    record Dataset(String name, FloatMatrix x, int[] labels, JsonNode expected, JsonNode node) {
        static Dataset of(JsonNode node) {
            return new Dataset(node.get("name").asText(), matrix(node.get("x")), ints(node.get("labels")),
                    node.get("expected"), node);
        }
    }

    /** One dynamic test per entry of the file's "datasets" array, named by its "name", running {@code check}. */
    static Stream<DynamicTest> perDataset(String name, Consumer<Dataset> check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode node : read(name).get("datasets")) {
            Dataset set = Dataset.of(node);
            tests.add(DynamicTest.dynamicTest(set.name(), () -> check.accept(set)));
        }
        return tests.stream();
    }

    static FloatMatrix matrix(JsonNode rows) {
        int n = rows.size();
        int d = rows.get(0).size();
        float[] v = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                v[i * d + k] = (float) rows.get(i).get(k).asDouble();
            }
        }
        return new FloatMatrix(n, d, v);
    }

    static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
