package org.silhouette.embed.backbone;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TorchScriptBackboneTest {
    private static final Device CPU = Device.cpu();

    private static List<BufferedImage> images() {
        return List.of(Fixtures.fixtureImage(0, 16), Fixtures.fixtureImage(1, 16));
    }

    private static void assertMatches(JsonNode expected, FloatMatrix actual) {
        assertEquals(expected.size(), actual.rows());
        for (int i = 0; i < actual.rows(); i++) {
            assertEquals(expected.get(i).size(), actual.cols());
            for (int j = 0; j < actual.cols(); j++) {
                double e = expected.get(i).get(j).asDouble();
                assertEquals(e, actual.get(i, j), 1e-5 + 1e-5 * Math.abs(e), "row " + i + " col " + j);
            }
        }
    }

    @Test
    void matchesTorchForEachTapAndPooling() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Fixtures.tinyTapsExpected().toFile());
        try (TorchScriptBackbone avg = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(0, Pooling.AVG, 16), CPU)) {
            assertEquals(2, avg.outputCount());
            assertEquals(4, avg.featureDim());
            assertMatches(expected.get("tap0_avg"), avg.embed(images()));
        }
        try (TorchScriptBackbone flat = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(0, Pooling.FLATTEN, 16), CPU)) {
            assertEquals(4 * 8 * 8, flat.featureDim());
            assertMatches(expected.get("tap0_flatten"), flat.embed(images()));
        }
        try (TorchScriptBackbone last = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(-1, Pooling.AVG, 16), CPU)) {
            assertMatches(expected.get("tap1"), last.embed(images()));
            assertTrue(last.describe().contains("output 1 of 2"), last.describe());
        }
    }

    @Test
    void aBatchGivesTheSameRowsAsSingleImages() throws IOException {
        try (TorchScriptBackbone b = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(-1, Pooling.AVG, 24), CPU)) {
            FloatMatrix both = b.embed(images());
            FloatMatrix second = b.embed(List.of(images().get(1)));
            for (int j = 0; j < both.cols(); j++) {
                assertEquals(both.get(1, j), second.get(0, j), 1e-5);
            }
            assertEquals(0, b.embed(List.of()).rows());
        }
    }

    @Test
    void fingerprintIsStableAndCoversEveryOption() throws IOException {
        String a;
        String again;
        String otherTap;
        String otherSize;
        String otherPool;
        try (var b = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(-1, Pooling.AVG, 16), CPU)) {
            a = b.fingerprint();
        }
        try (var b = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(1, Pooling.AVG, 16), CPU)) {
            again = b.fingerprint();
        }
        try (var b = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(0, Pooling.AVG, 16), CPU)) {
            otherTap = b.fingerprint();
        }
        try (var b = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(1, Pooling.AVG, 32), CPU)) {
            otherSize = b.fingerprint();
        }
        try (var b = TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(0, Pooling.FLATTEN, 16), CPU)) {
            otherPool = b.fingerprint();
        }
        assertEquals(a, again, "tap -1 and tap 1 are the same output of a 2-output model");
        assertEquals(5, List.of(a, otherTap, otherSize, otherPool, otherTap + "x").stream().distinct().count());
        assertNotEquals(otherTap, otherPool);
    }

    @Test
    void badTapsAndNonModelsAreOneLineUserErrors(@TempDir Path dir) throws IOException {
        UserError tap = assertThrows(UserError.class,
                () -> TorchScriptBackbone.open(Fixtures.tinyTaps(), new Introspection(5, Pooling.AVG, 16), CPU));
        assertTrue(tap.getMessage().contains("between 0 and 1"), tap.getMessage());
        Path junk = dir.resolve("junk.pt");
        Files.writeString(junk, "not a model");
        UserError notModel = assertThrows(UserError.class,
                () -> TorchScriptBackbone.open(junk, new Introspection(0, Pooling.AVG, 16), CPU));
        assertTrue(notModel.getMessage().contains("not a TorchScript model"), notModel.getMessage());
        assertEquals(1, notModel.getMessage().lines().count());
        assertThrows(UserError.class, () -> TorchScriptBackbone.open(dir.resolve("missing.pt"),
                new Introspection(0, Pooling.AVG, 16), CPU));
        assertThrows(UserError.class, () -> new Introspection(0, Pooling.AVG, 8));
    }

    @Test
    void aFolderHoldingOneModelFileIsAccepted(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.tinyTaps(), dir.resolve("model.pt"));
        try (Backbone b = Backbones.open(dir.toString(), new Introspection(0, Pooling.AVG, 16), dir.resolve("cache"),
                false, org.silhouette.core.Progress.NONE, org.silhouette.core.Cancellation.NEVER)) {
            assertEquals(4, b.featureDim());
        }
    }

    @Test
    void sharedMobileNetV2GivesTheDocumentedTaps() throws IOException {
        Path model = Fixtures.mobileNetV2();
        assumeTrue(model != null, "shared MobileNetV2 not available");
        try (TorchScriptBackbone c5 = TorchScriptBackbone.open(model, new Introspection(3, Pooling.AVG, 64), CPU)) {
            assertEquals(5, c5.outputCount());
            assertEquals(1280, c5.featureDim());
            FloatMatrix f = c5.embed(images());
            assertEquals(2, f.rows());
            assertTrue(f.allFinite());
        }
        try (TorchScriptBackbone flat = TorchScriptBackbone.open(model, new Introspection(3, Pooling.FLATTEN, 64), CPU)) {
            assertEquals(1280 * 2 * 2, flat.featureDim());
        }
        try (TorchScriptBackbone logits = TorchScriptBackbone.open(model, new Introspection(-1, Pooling.AVG, 64), CPU)) {
            assertEquals(1000, logits.featureDim());
        }
    }
}
