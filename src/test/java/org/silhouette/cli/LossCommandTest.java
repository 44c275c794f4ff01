package org.silhouette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the embeddings and labels as x.csv and l.csv in dir and runs the loss command on them. */
    private static MainTest.Result runLoss(Path dir, String loss, String embeddings, String labels, String... more)
            throws IOException {
        Path x = Files.writeString(dir.resolve("x.csv"), embeddings);
        Path l = Files.writeString(dir.resolve("l.csv"), labels);
        List<String> args = new ArrayList<>(List.of("loss", "--loss", loss, "--embeddings", x.toString(), "--labels",
                l.toString()));
        args.addAll(List.of(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    private static double printedLoss(MainTest.Result r) throws IOException {
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode node = JSON.readTree(r.out());
        assertEquals(1, node.size(), r.out());
        return node.get("loss").asDouble();
    }

    /* The hand case of LossHandValuesTest: A = {(0,0),(2,0)}, B = {(1,3),(1,-3)}, centroid silhouette 0.75. */
    @Test
    void printsTheLossOfACsvBatch(@TempDir Path dir) throws IOException {
        assertEquals(0.75, printedLoss(runLoss(dir, "silhouette", "0,0\n2,0\n1,3\n1,-3\n", "a\na\nb\nb\n")), 1e-12);
    }

    /** Loss and gradient of fixture cases (torch autograd) through the command, .npy in and out. */
    @Test
    void matchesTheTorchFixtureThroughNpyFiles(@TempDir Path dir) throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/loss/loss_fixtures.json")) {
            fixture = JSON.readTree(in);
        }
        int checked = 0;
        for (JsonNode c : fixture.get("cases")) {
            String name = c.get("name").asText();
            boolean wanted = name.startsWith("singletons/") || name.startsWith("duplicates/")
                    || name.startsWith("dense-ids/");
            if (!wanted) {
                continue;
            }
            FloatMatrix x = FloatMatrix.of(doubles(c.get("embeddings")));
            Path xf = dir.resolve("x.npy");
            Path lf = dir.resolve("labels.csv");
            Path gf = dir.resolve("g.npy");
            MatrixFiles.write(xf, x);
            StringBuilder labels = new StringBuilder();
            c.get("labels").forEach(v -> labels.append(v.asInt()).append('\n'));
            Files.writeString(lf, labels);
            List<String> args = new ArrayList<>(List.of("loss", "--loss", c.get("loss").asText(),
                    "--embeddings", xf.toString(), "--labels", lf.toString(), "--grad-out", gf.toString(),
                    "--margin", c.get("margin").asText(), "--triplet-mining", c.get("batchHard").asBoolean() ? "hard" : "all",
                    "--soft-min-temperature", c.get("softMinTemperature").asText(), "--gamma", c.get("corelGamma").asText()));
            if (!c.get("centres").isNull()) {
                Path cf = dir.resolve("centres.csv");
                MatrixFiles.write(cf, FloatMatrix.of(doubles(c.get("centres"))));
                args.addAll(List.of("--centres", cf.toString()));
            }
            double loss = printedLoss(MainTest.run(args.toArray(String[]::new)));
            assertEquals(c.get("expectedLoss").asDouble(), loss, 1e-9, name);
            FloatMatrix g = MatrixFiles.read(gf);
            double[][] expected = doubles(c.get("expectedGradient"));
            assertEquals(expected.length, g.rows(), name);
            assertEquals(expected[0].length, g.cols(), name);
            for (int i = 0; i < expected.length; i++) {
                for (int j = 0; j < expected[0].length; j++) {
                    assertEquals(expected[i][j], g.get(i, j), 1e-6 * Math.max(1, Math.abs(expected[i][j])), name);
                }
            }
            checked++;
        }
        assertTrue(checked >= 17, "checked " + checked);
    }

    /** Rows with an empty label take no part: same loss as without them, zero gradient rows, CSV out. */
    @Test
    void unlabelledRowsAreLeftOut(@TempDir Path dir) throws IOException {
        Path g = dir.resolve("g.csv");
        double loss = printedLoss(runLoss(dir, "silhouette-mean", "0,0\n9,9\n2,0\n1,3\n1,-3\n", "a\n\na\nb\nb\n",
                "--grad-out", g.toString()));
        double r = Math.sqrt(10);
        assertEquals((1 - ((1 - 2 / r) + (r - 6) / 6) / 2) / 2, loss, 1e-12);
        FloatMatrix grad = MatrixFiles.read(g);
        assertEquals(5, grad.rows());
        assertEquals(0f, grad.get(1, 0));
        assertEquals(0f, grad.get(1, 1));
        assertNotEquals(0f, grad.get(0, 0));
    }

    /*
     * Default COREL centres are the class means: a = {(1,0), (3,0)} has mean (2,0), b = {(0,2)}.
     * Every point has cosine 1 with its own mean and 0 with the other: -1 + max(0, 0)^2 = -1 each.
     */
    @Test
    void corelDefaultsToClassMeans(@TempDir Path dir) throws IOException {
        assertEquals(-1, printedLoss(runLoss(dir, "cosine-corel", "1,0\n3,0\n0,2\n", "a\na\nb\n")), 1e-12);
        MainTest.Result help = MainTest.run("loss", "--help");
        assertTrue(help.out().contains("mean embedding of each class"), help.out());
    }

    @Test
    void badInputIsOneLineOnStderr(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.csv");
        Path l = dir.resolve("l.csv");
        Path bad = dir.resolve("bad.csv");
        Path three = dir.resolve("three.csv");
        Files.writeString(x, "0,0\n2,0\n1,3\n1,-3\n");
        Files.writeString(l, "a\na\nb\nb\n");
        Files.writeString(bad, "0,0\n2,zero\n1,3\n1,-3\n");
        Files.writeString(three, "a\nb\nc\n");
        String xs = x.toString();
        String ls = l.toString();
        assertFails("no such", "loss", "--loss", "triplet", "--embeddings", dir.resolve("nope.npy").toString(),
                "--labels", ls);
        assertFails("Unknown loss", "loss", "--loss", "hinge", "--embeddings", xs, "--labels", ls);
        assertFails("3 labels", "loss", "--loss", "triplet", "--embeddings", xs, "--labels", three.toString());
        assertFails("not a number", "loss", "--loss", "triplet", "--embeddings", bad.toString(), "--labels", ls);
        assertFails("margin", "loss", "--loss", "triplet", "--embeddings", xs, "--labels", ls, "--margin", "-1");
        Path abca = dir.resolve("abca.csv");
        Files.writeString(abca, "a\nb\nc\na\n");
        assertFails("class count", "loss", "--loss", "cce", "--embeddings", xs, "--labels", abca.toString());
        assertFails("centres", "loss", "--loss", "gaussian-corel", "--embeddings", xs, "--labels", ls,
                "--centres", xs);
        assertFails("--triplet-mining", "loss", "--loss", "triplet", "--embeddings", xs, "--labels", ls,
                "--triplet-mining", "semi");
        assertFails("--loss", "loss", "--embeddings", xs, "--labels", ls);
        Path garbage = dir.resolve("garbage.npy");
        Files.writeString(garbage, "not numpy");
        assertFails("not a .npy file", "loss", "--loss", "silhouette", "--embeddings", garbage.toString(), "--labels", ls);
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "0,0\n2,NaN\n1,3\n1,-3\n");
        assertFails("NaN", "loss", "--loss", "silhouette", "--embeddings", nan.toString(), "--labels", ls);
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "path,label\na.jpg,\nb.jpg,\nc.jpg,\nd.jpg,\n");
        assertFails("no row has a label", "loss", "--loss", "silhouette", "--embeddings", xs, "--labels",
                empty.toString());
    }

    private static void assertFails(String mentions, String... args) {
        MainTest.Result r = MainTest.run(args);
        assertNotEquals(0, r.code(), r.out());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().toLowerCase().contains(mentions.toLowerCase()), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static double[][] doubles(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = new double[rows.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = rows.get(i).get(j).asDouble();
            }
        }
        return out;
    }
}
