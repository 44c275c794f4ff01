package org.silhouette.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageEntry;
import org.silhouette.harness.stress.SyntheticImages;

import org.silhouette.harness.stress.MeanColourBackbone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file replaced between being hashed and being decoded must never put one image's features under the
 * other's key: the extractor has to hash and decode the same bytes.
 */
class FileChangeRaceTest {
    private static final int RED = 0xFF0000;
    private static final int BLUE = 0x0000FF;

    @Test
    void aFileSwappedDuringExtractionNeverPoisonsTheCache(@TempDir Path dir) throws Exception {
        Path red = dir.resolve("red.png");
        Path blue = dir.resolve("blue.png");
        SyntheticImages.write(SyntheticImages.quadrant(96, 96, RED, RED), "png", red);
        SyntheticImages.write(SyntheticImages.quadrant(96, 96, BLUE, BLUE), "png", blue);
        ContentHash redHash = ContentHash.of(red);
        ContentHash blueHash = ContentHash.of(blue);
        Path target = dir.resolve("data/changing.png");
        Files.createDirectories(target.getParent());
        Files.copy(red, target);

        AtomicBoolean stop = new AtomicBoolean();
        Thread swapper = new Thread(() -> {
            Path tmp = dir.resolve("data/.swap.tmp");
            for (int i = 0; !stop.get(); i++) {
                try {
                    Files.copy(i % 2 == 0 ? blue : red, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, "swapper");
        swapper.start();
        AtomicInteger mismatched = new AtomicInteger();
        int poisoned = 0;
        int rounds = 0;
        MeanColourBackbone backbone = new MeanColourBackbone();
        List<ImageEntry> entries = Collections.nCopies(16, ImageEntry.unlabelled(target));
        long deadline = System.nanoTime() + 3_000_000_000L;
        try {
            while (System.nanoTime() < deadline && poisoned == 0 && mismatched.get() == 0) {
                Path cacheRoot = dir.resolve("cache" + rounds++);
                try (FeatureCache cache = FeatureCache.open(cacheRoot, backbone.fingerprint(), 3)) {
                    FeatureExtractor.extract(entries, backbone, cache,
                            FeatureExtractor.Options.defaults().withBatchSize(4),
                            (input, hash, decoded) -> {
                                if (decoded != null) {
                                    int rgb = decoded.image().getRGB(0, 0) & 0xFFFFFF;
                                    if (!hash.equals(rgb == RED ? redHash : blueHash)) {
                                        mismatched.incrementAndGet();
                                    }
                                }
                            }, Progress.NONE, Cancellation.NEVER);
                    poisoned += wrongRow(cache, redHash, new float[] {255, 0, 0});
                    poisoned += wrongRow(cache, blueHash, new float[] {0, 0, 255});
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
        }
        assertTrue(rounds > 1, "the race ran");
        assertEquals(0, mismatched.get(), "decoded pixels reported under another content's hash");
        assertEquals(0, poisoned, "cache rows holding another image's features, after " + rounds + " rounds");
    }

    private static int wrongRow(FeatureCache cache, ContentHash key, float[] expected) throws IOException {
        float[] row = cache.get(key);
        if (row == null) {
            return 0;
        }
        try {
            assertArrayEquals(expected, row, 1e-3f);
            return 0;
        } catch (AssertionError e) {
            return 1;
        }
    }
}
