package org.silhouette.embed.backbone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zoo download path, exercised with a file: address to a gzipped local TorchScript model. */
class ZooModelsTest {

    @Test
    void fetchesOnceWithProgressThenServesFromTheCache(@TempDir Path dir) throws IOException {
        Path remote = dir.resolve("remote/traced_tiny.pt.gz");
        Files.createDirectories(remote.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(remote))) {
            Files.copy(Fixtures.tinyTaps(), out);
        }
        URI url = remote.toUri();
        Path cache = dir.resolve("models");
        List<long[]> updates = new ArrayList<>();
        Progress progress = (stage, done, total) -> {
            assertTrue(stage.startsWith("Downloading traced_tiny.pt"), stage);
            updates.add(new long[] {done, total});
        };
        Introspection intro = new Introspection(-1, Pooling.AVG, 16);
        try (TorchScriptBackbone b = ZooModels.open(url, cache, false, intro, progress, Cancellation.NEVER)) {
            assertEquals(3, b.featureDim());
        }
        Path cached = ModelDownloader.cachedPath(url, cache);
        assertArrayEquals(Files.readAllBytes(Fixtures.tinyTaps()), Files.readAllBytes(cached), "unpacked on the way");
        assertFalse(updates.isEmpty());
        assertEquals(Files.size(remote), updates.getLast()[0], "progress reaches the whole download");

        Files.delete(remote);
        try (TorchScriptBackbone b = ZooModels.open(url, cache, false, intro, Progress.NONE, Cancellation.NEVER)) {
            assertEquals(3, b.featureDim(), "second open needs no source: it is cached");
        }
        assertEquals("true", System.getProperty("ai.djl.offline"), "DJL stays offline");
    }

    @Test
    void networkNeedsConsentAndUnknownNamesAreUserErrors(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> ModelDownloader.fetch(ZooModels.RESNET18, dir, false,
                Progress.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("--download"), e.getMessage());
        assertFalse(Files.exists(ModelDownloader.cachedPath(ZooModels.RESNET18, dir)));
        assertThrows(UserError.class, () -> ZooModels.url("vgg19"));
        assertEquals(ZooModels.RESNET18, ZooModels.url("ResNet18"));
        UserError missing = assertThrows(UserError.class, () -> ModelDownloader.fetch(
                dir.resolve("nope.pt").toUri(), dir.resolve("c"), false, Progress.NONE, Cancellation.NEVER));
        assertTrue(missing.getMessage().startsWith("No model found"), missing.getMessage());
    }
}
