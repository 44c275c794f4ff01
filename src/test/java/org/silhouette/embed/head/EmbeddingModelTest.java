package org.silhouette.embed.head;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;
import org.silhouette.testing.Blobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingModelTest {
    private static final FloatMatrix X = Blobs.make(3, 20, 12, 4, 1, 5).x();

    private static EmbeddingModel model(long seed) {
        return EmbeddingModel.create(new HeadSpec(12, List.of(16), 4), Standardizer.fit(X), seed);
    }

    @Test
    void embedsEveryRowWithTheRequestedDimension() {
        try (EmbeddingModel m = model(1)) {
            FloatMatrix y = m.embed(X);
            assertEquals(60, y.rows());
            assertEquals(4, y.cols());
            assertTrue(y.allFinite());
            assertTrue(m.weightsFinite());
        }
    }

    @Test
    void embeddingMatchesAHandComputedForwardPass() {
        try (EmbeddingModel m = model(3)) {
            var ps = m.parameters();
            float[] w1 = ps.get(0).getArray().toFloatArray(); // [16, 12]
            float[] b1 = ps.get(1).getArray().toFloatArray();
            float[] w2 = ps.get(2).getArray().toFloatArray(); // [4, 16]
            float[] b2 = ps.get(3).getArray().toFloatArray();
            Standardizer s = m.standardizer();
            FloatMatrix y = m.embed(X);
            for (int i = 0; i < X.rows(); i += 7) {
                double[] h = new double[16];
                for (int u = 0; u < 16; u++) {
                    double acc = b1[u];
                    for (int j = 0; j < 12; j++) {
                        acc += w1[u * 12 + j] * ((X.get(i, j) - s.mean()[j]) / s.scale()[j]);
                    }
                    h[u] = Math.max(0, acc);
                }
                for (int o = 0; o < 4; o++) {
                    double acc = b2[o];
                    for (int u = 0; u < 16; u++) {
                        acc += w2[o * 16 + u] * h[u];
                    }
                    assertEquals(acc, y.get(i, o), 1e-4, "row " + i + " dim " + o);
                }
            }
        }
    }

    @Test
    void seedFixesTheInitialWeights() {
        try (EmbeddingModel a = model(9); EmbeddingModel b = model(9); EmbeddingModel c = model(10)) {
            assertEquals(a.embed(X), b.embed(X));
            assertFalse(a.embed(X).equals(c.embed(X)));
        }
    }

    @Test
    void saveLoadRoundTripsWeightsStandardisationAndInfo(@TempDir Path dir) throws IOException {
        try (EmbeddingModel m = model(2)) {
            m.setInfo(new ModelInfo("cce", List.of("a", "b")));
            m.save(dir);
            try (EmbeddingModel back = EmbeddingModel.load(dir)) {
                assertEquals(m.embed(X), back.embed(X));
                assertEquals(m.spec(), back.spec());
                assertArrayEquals(m.standardizer().mean(), back.standardizer().mean());
                assertEquals("cce", back.info().loss());
                assertEquals(List.of("a", "b"), back.info().classes());
            }
        }
    }

    @Test
    void copyIsIndependentOfTheOriginal() {
        try (EmbeddingModel m = model(4)) {
            FloatMatrix before = m.embed(X);
            EmbeddingModel c = m.copy();
            assertEquals(before, c.embed(X));
            // no autograd for an in-place change of a leaf weight: it is on by default in a thread where the
            // engine was not started (here it may have been started on another test's thread)
            GradMode.run(false, () -> c.parameters().get(0).getArray().muli(2));
            assertFalse(before.equals(c.embed(X)));
            c.close();
            assertEquals(before, m.embed(X), "closing the copy must not touch the original");
        }
    }

    @Test
    void wrongFeatureCountIsAUserError() {
        try (EmbeddingModel m = model(1)) {
            UserError e = assertThrows(UserError.class, () -> m.embed(FloatMatrix.zeros(3, 5)));
            assertTrue(e.getMessage().contains("12"), e.getMessage());
        }
    }

    @Test
    void specRejectsDimensionsOutsideTwoTo512() {
        assertThrows(IllegalArgumentException.class, () -> new HeadSpec(10, List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new HeadSpec(10, List.of(), 513));
        assertEquals(512, new HeadSpec(10, List.of(), 512).outputDim());
        assertEquals(2, new HeadSpec(10, List.of(), 2).outputDim());
    }

    @Test
    void standardizerGivesConstantColumnsUnitScale() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{1, 5, 2}, {3, 5, 2}, {5, 5, 2}});
        Standardizer s = Standardizer.fit(x);
        assertArrayEquals(new float[] {3, 5, 2}, s.mean());
        assertEquals(Math.sqrt(8.0 / 3), s.scale()[0], 1e-6);
        assertEquals(1f, s.scale()[1]);
        assertEquals(1f, s.scale()[2]);
        float[] out = s.applyRange(x, 0, 3);
        assertEquals(0f, out[1]);
        assertEquals(-Math.sqrt(1.5), out[0], 1e-6);
    }

    @Test
    void aSaveKilledWhileWritingParametersLeavesTheOldModel(@TempDir Path dir) throws IOException {
        assertCrashKeepsOld(dir, "params-writing");
    }

    @Test
    void aSaveKilledBeforeTheConfigRenameLeavesTheOldModel(@TempDir Path dir) throws IOException {
        assertCrashKeepsOld(dir, "params-written");
    }

    private static void assertCrashKeepsOld(Path dir, String stage) throws IOException {
        try (EmbeddingModel old = model(1); EmbeddingModel next = model(2)) {
            old.save(dir);
            IOException crash = assertThrows(IOException.class, () -> next.save(dir, s -> {
                if (s.equals(stage)) {
                    throw new IOException("simulated crash at " + s);
                }
            }));
            assertTrue(crash.getMessage().contains(stage));
            // A process killed mid-write also leaves its temp file behind; the loader must ignore it.
            Files.writeString(dir.resolve(".head-0123456789abcdef.params.999.tmp"), "torn");
            try (EmbeddingModel back = EmbeddingModel.load(dir)) {
                assertEquals(old.embed(X), back.embed(X));
            }
            next.save(dir);
            try (EmbeddingModel back = EmbeddingModel.load(dir)) {
                assertEquals(next.embed(X), back.embed(X), "a later complete save wins");
            }
            try (var files = Files.list(dir)) {
                assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".params")).count(),
                        "stale parameter files are removed after a commit");
            }
        }
    }

    @Test
    void corruptOrMissingFilesAreOneLineUserErrors(@TempDir Path dir) throws IOException {
        assertTrue(assertThrows(UserError.class, () -> EmbeddingModel.load(dir)).getMessage().contains("config.json"));
        try (EmbeddingModel m = model(1)) {
            m.save(dir);
        }
        Path params;
        try (var files = Files.list(dir)) {
            params = files.filter(f -> f.toString().endsWith(".params")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(params);
        bytes[bytes.length / 2] ^= 1;
        Files.write(params, bytes);
        UserError e = assertThrows(UserError.class, () -> EmbeddingModel.load(dir));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        Files.writeString(dir.resolve("config.json"), "{ not json");
        e = assertThrows(UserError.class, () -> EmbeddingModel.load(dir));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
