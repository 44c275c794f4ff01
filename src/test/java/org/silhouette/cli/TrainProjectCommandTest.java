package org.silhouette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.testing.Blobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainProjectCommandTest {
    @TempDir
    static Path dir;
    static Path features;
    static Path labels;
    static Path twoClassLabels;

    @BeforeAll
    static void files() throws IOException {
        Blobs b = Blobs.make(3, 30, 8, 4, 1, 1);
        features = dir.resolve("x.npy");
        MatrixFiles.write(features, b.x());
        String[] names = {"cat", "dog", "ship, big"};
        // path,label form: a trailing unlabelled row would be a blank last line in the one-label form.
        List<String> lines = new ArrayList<>(List.of("path,label"));
        List<String> two = new ArrayList<>(List.of("path,label"));
        for (int i = 0; i < b.labels().length; i++) {
            // every 5th row unlabelled; names with a comma travel quoted
            String path = "img" + i + ".jpg";
            lines.add(org.silhouette.data.Csv.row(path, i % 5 == 4 ? "" : names[b.labels()[i]]));
            two.add(org.silhouette.data.Csv.row(path, b.labels()[i] == 2 ? "" : names[b.labels()[i]]));
        }
        labels = dir.resolve("labels.csv");
        Files.write(labels, lines);
        twoClassLabels = dir.resolve("two.csv");
        Files.write(twoClassLabels, two);
    }


    @Test
    void trainWritesALoadableModelAndASummary() throws Exception {
        Path model = dir.resolve("model-cce");
        MainTest.Result r = MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(),
                "--loss", "cce", "--dim", "3", "--epochs", "5", "--seed", "2", "--lr", "0.01", "--batch-p", "3",
                "--batch-k", "4", "--hidden", "16", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertEquals(5, summary.get("epochs").asInt());
        assertTrue(summary.get("final_loss").asDouble() < summary.get("first_loss").asDouble(), r.out());
        assertTrue(r.err().contains("device: "), r.err());
        assertTrue(r.err().contains("Training 30/30 (100%)"), r.err());
        try (EmbeddingModel m = EmbeddingModel.load(model)) {
            assertEquals(3, m.dim());
            assertEquals(List.of(16), m.spec().hidden());
            assertEquals("cce", m.info().loss());
            assertEquals(List.of("cat", "dog", "ship, big"), m.info().classes());
        }
    }

    @Test
    void trainWithTheStructureTermUsesTheUnlabelledRowsAndReportsTheKeptEpoch() throws Exception {
        Path model = dir.resolve("model-semi");
        MainTest.Result r = MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(),
                "--loss", "silhouette", "--dim", "4", "--epochs", "4", "--seed", "2", "--batch-p", "3",
                "--batch-k", "4", "--hidden", "16", "--structure-weight", "1", "--validation-share", "0.2",
                "--out", model.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertEquals(1.0, summary.get("structure_weight").asDouble());
        int kept = summary.get("kept_epoch").asInt();
        assertTrue(kept >= 1 && kept <= 4, r.out());
        assertTrue(r.err().contains("warning: Kept epoch " + kept + " of 4"), r.err());
        MainTest.assertOneLineError(MainTest.run("train", "--features", features.toString(), "--labels",
                labels.toString(), "--loss", "cce", "--dim", "3", "--structure-weight", "1", "--out",
                dir.resolve("m-bad").toString()), "cannot be combined with the structure term");
    }

    @Test
    void trainErrorsAreOneLine() throws IOException {
        String out = dir.resolve("bad").toString();
        MainTest.assertOneLineError(MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(),
                "--loss", "hinge", "--dim", "3", "--out", out), "Unknown loss");
        MainTest.assertOneLineError(MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(),
                "--loss", "cce", "--dim", "1", "--out", out), "the embedding dimension must be between 2 and 512");
        MainTest.assertOneLineError(MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(),
                "--loss", "cce", "--dim", "4", "--out", out), "class count");
        Path short_ = dir.resolve("short.csv");
        Files.write(short_, List.of("cat", "dog"));
        MainTest.assertOneLineError(MainTest.run("train", "--features", features.toString(), "--labels", short_.toString(),
                "--loss", "cce", "--dim", "3", "--out", out), "2 labels");
        MainTest.assertOneLineError(MainTest.run("train", "--features", dir.resolve("missing.npy").toString(), "--labels",
                labels.toString(), "--loss", "cce", "--dim", "3", "--out", out), "missing.npy");
        MainTest.assertOneLineError(MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(),
                "--loss", "cce", "--dim", "3", "--epochs", "0", "--out", out), "the number of epochs must be at least 1");
        assertTrue(Files.notExists(dir.resolve("bad")), "nothing written on failure");
    }

    @Test
    void projectWritesOneRowPerInputForEveryMethod() throws IOException {
        for (String method : List.of("pca", "umap", "tsne")) {
            Path coords = dir.resolve(method + ".csv");
            MainTest.Result r = MainTest.run("project", "--embeddings", features.toString(), "--method", method,
                    "--seed", "3", "--out", coords.toString());
            assertEquals(0, r.code(), method + ": " + r.err());
            FloatMatrix y = MatrixFiles.read(coords);
            assertEquals(90, y.rows(), method);
            assertEquals(2, y.cols());
            assertTrue(y.allFinite());
        }
        Path again = dir.resolve("umap-again.csv");
        MainTest.Result r = MainTest.run("project", "--embeddings", features.toString(), "--method", "umap",
                "--init", dir.resolve("umap.csv").toString(), "--out", again.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(new ObjectMapper().readTree(r.out()).get("warm_started").asBoolean());
    }

    @Test
    void headProjectionNeedsATwoDimensionalModel() throws IOException {
        Path model2 = dir.resolve("model-2d");
        MainTest.Result t = MainTest.run("train", "--features", features.toString(), "--labels", twoClassLabels.toString(),
                "--loss", "cce", "--dim", "2", "--epochs", "2", "--hidden", "0", "--out", model2.toString());
        assertEquals(0, t.code(), t.err());
        Path coords = dir.resolve("head.csv");
        MainTest.Result r = MainTest.run("project", "--embeddings", features.toString(), "--method", "head", "--model",
                model2.toString(), "--out", coords.toString());
        assertEquals(0, r.code(), r.err());
        try (EmbeddingModel m = EmbeddingModel.load(model2)) {
            assertEquals(m.embed(MatrixFiles.read(features)), MatrixFiles.read(coords));
        }
        Path model3 = dir.resolve("model-3d");
        assertEquals(0, MainTest.run("train", "--features", features.toString(), "--labels", labels.toString(), "--loss",
                "cce", "--dim", "3", "--epochs", "1", "--out", model3.toString()).code());
        MainTest.assertOneLineError(MainTest.run("project", "--embeddings", features.toString(), "--method", "head", "--model",
                model3.toString(), "--out", coords.toString()), "needs a model of dimension 2");
        MainTest.assertOneLineError(MainTest.run("project", "--embeddings", features.toString(), "--method", "head",
                "--out", coords.toString()), "--model");
        MainTest.assertOneLineError(MainTest.run("project", "--embeddings", features.toString(), "--method", "mds",
                "--out", coords.toString()), "Unknown layout method");
        MainTest.assertOneLineError(MainTest.run("project", "--embeddings", features.toString(), "--method", "pca", "--init",
                labels.toString(), "--out", coords.toString()), "");
    }
}
