package org.silhouette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsCommandTest {
    private static final List<String> KEYS = List.of("silhouette", "silhouette_centroid", "davies_bouldin",
            "calinski_harabasz", "precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "ari");

    @TempDir
    Path dir;

    /** End to end on the sklearn fixture "blobs_overlap", as .npy and as CSV, labels as names. */
    @Test
    void printsOneJsonObjectMatchingTheReference() throws IOException {
        JsonNode set = new ObjectMapper().readTree(
                new File("src/test/resources/fixtures/metrics/datasets.json")).get("datasets").get(0);
        assertEquals("blobs_overlap", set.get("name").asText());
        FloatMatrix x = matrix(set.get("x"));
        List<String> names = new ArrayList<>();
        for (JsonNode l : set.get("labels")) {
            names.add("class-" + l.asInt());
        }
        Files.write(dir.resolve("labels.csv"), names);
        for (String file : new String[] {"x.npy", "x.csv"}) {
            MatrixFiles.write(dir.resolve(file), x);
            MainTest.Result r = MainTest.run("metrics", "--embeddings", dir.resolve(file).toString(),
                    "--labels", dir.resolve("labels.csv").toString(), "--seed", "3");
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
            assertEquals(1, r.out().strip().lines().count(), r.out());
            JsonNode json = new ObjectMapper().readTree(r.out());
            List<String> keys = new ArrayList<>();
            json.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
            JsonNode e = set.get("expected");
            for (String k : new String[] {"silhouette", "silhouette_centroid", "davies_bouldin", "precision_at_1",
                    "r_precision", "map_at_r"}) {
                assertEquals(e.get(k).asDouble(), json.get(k).asDouble(), 1e-9, file + " " + k);
            }
            assertEquals(e.get("calinski_harabasz").asDouble(), json.get("calinski_harabasz").asDouble(), 1e-7);
            for (String k : new String[] {"nmi", "ami", "ari"}) {
                assertTrue(json.get(k).isNumber() && json.get(k).asDouble() > 0.5, k + " " + json);
            }
        }
    }

    @Test
    void emptyLabelsAreLeftOutAndPathLabelCsvWorks() throws IOException {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0}, {1}, {5}, {3}, {10}, {11}, {100}});
        MatrixFiles.write(dir.resolve("x.csv"), x);
        Files.writeString(dir.resolve("l.csv"), "path,label\na.jpg,A\nb.jpg,A\nc.jpg,A\nd.jpg,B\ne.jpg,B\nf.jpg,B\ng.jpg,\n");
        MainTest.Result r = MainTest.run("metrics", "--embeddings", dir.resolve("x.csv").toString(),
                "--labels", dir.resolve("l.csv").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        // The hand-computed case of HandComputedMetricsTest.retrievalByHand; the unlabelled row at 100 is ignored.
        assertEquals(4.0 / 6, json.get("precision_at_1").asDouble(), 1e-15);
        assertEquals(2.25 / 6, json.get("map_at_r").asDouble(), 1e-15);
    }

    @Test
    void wrongPathIsOneLine() throws IOException {
        Files.writeString(dir.resolve("l.csv"), "a\nb\n");
        MainTest.assertOneLineError(MainTest.run("metrics", "--embeddings", dir.resolve("missing.npy").toString(),
                "--labels", dir.resolve("l.csv").toString()), "No such file");
        MatrixFiles.write(dir.resolve("x.csv"), FloatMatrix.of(new float[][] {{0}, {1}}));
        MainTest.assertOneLineError(MainTest.run("metrics", "--embeddings", dir.resolve("x.csv").toString(),
                "--labels", dir.resolve("nope.csv").toString()), "No such labels file");
    }

    @Test
    void rowCountMismatchIsOneLine() throws IOException {
        MatrixFiles.write(dir.resolve("x.csv"), FloatMatrix.of(new float[][] {{0}, {1}, {2}}));
        Files.writeString(dir.resolve("l.csv"), "a\nb\n");
        MainTest.assertOneLineError(MainTest.run("metrics", "--embeddings", dir.resolve("x.csv").toString(),
                "--labels", dir.resolve("l.csv").toString()), "has 2 labels but");
    }

    @Test
    void oneClassIsOneLine() throws IOException {
        MatrixFiles.write(dir.resolve("x.csv"), FloatMatrix.of(new float[][] {{0}, {1}, {2}}));
        Files.writeString(dir.resolve("l.csv"), "a\n\na\n"); // the middle row is unlabelled
        MainTest.assertOneLineError(MainTest.run("metrics", "--embeddings", dir.resolve("x.csv").toString(),
                "--labels", dir.resolve("l.csv").toString()), "at least 2 classes");
    }

    @Test
    void malformedMatrixIsOneLine() throws IOException {
        Files.writeString(dir.resolve("x.csv"), "0,1\n2,oops\n");
        Files.writeString(dir.resolve("l.csv"), "a\nb\n");
        MainTest.assertOneLineError(MainTest.run("metrics", "--embeddings", dir.resolve("x.csv").toString(),
                "--labels", dir.resolve("l.csv").toString()), "not a number");
    }

    @Test
    void missingOptionIsAUsageError() {
        MainTest.Result r = MainTest.run("metrics", "--embeddings", "x.npy");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
    }


    private static FloatMatrix matrix(JsonNode rows) {
        float[][] v = new float[rows.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = new float[rows.get(i).size()];
            for (int k = 0; k < v[i].length; k++) {
                v[i][k] = (float) rows.get(i).get(k).asDouble();
            }
        }
        return FloatMatrix.of(v);
    }
}
