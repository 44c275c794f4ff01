package org.silhouette.embed;

import org.silhouette.harness.stress.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.CancelledException;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.core.RowWriter;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageEntry;

import org.silhouette.harness.stress.MeanColourBackbone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureExtractorTest {

    private static List<ImageEntry> folder(Path root, int good) throws IOException {
        for (int i = 0; i < good; i++) {
            SyntheticImages.write(SyntheticImages.quadrant(8, 8, (i * 20) << 16, (i * 20) << 16), "png",
                    root.resolve(String.format("c%d/img%02d.png", i % 2, i)));
        }
        Files.writeString(root.resolve("c0/broken.png"), "no image here");
        Files.write(root.resolve("c1/empty.jpg"), new byte[0]);
        return FolderScan.scan(root, FolderScan.Options.DEFAULT, Progress.NONE, Cancellation.NEVER).images();
    }

    @Test
    void embedsInScanOrderListsProblemsAndReusesTheCache(@TempDir Path dir) throws IOException {
        List<ImageEntry> entries = folder(dir.resolve("data"), 9);
        assertEquals(11, entries.size());
        MeanColourBackbone backbone = new MeanColourBackbone();
        FeatureExtractor.Options opts = FeatureExtractor.Options.defaults().withBatchSize(4);
        List<Long> progress = new ArrayList<>();
        FeatureExtractor.Result first;
        try (FeatureCache cache = FeatureCache.open(dir.resolve("cache"), backbone.fingerprint(), 3)) {
            first = FeatureExtractor.extract(entries, backbone, cache, opts,
                    (stage, done, total) -> progress.add(done), Cancellation.NEVER);
        }
        assertEquals(9, first.features().rows());
        assertEquals(9, first.computed());
        assertEquals(0, first.cacheHits());
        assertEquals(2, first.problems().size());
        assertEquals(List.of("broken.png", "empty.jpg"),
                first.problems().stream().map(p -> p.path().getFileName().toString()).toList());
        assertTrue(first.problems().get(1).reason().contains("empty"));
        assertTrue(backbone.batchSizes.stream().allMatch(b -> b <= 4), backbone.batchSizes.toString());
        assertEquals(11L, progress.getLast());
        for (int i = 0; i < first.embedded().size(); i++) {
            String name = first.embedded().get(i).path().getFileName().toString();
            int k = Integer.parseInt(name.substring(3, 5));
            assertEquals(k * 20, first.features().get(i, 0), 1e-4, name);
        }
        assertEquals(entries.stream().filter(e -> first.embedded().contains(e)).toList(), first.embedded(),
                "rows follow scan order");

        MeanColourBackbone second = new MeanColourBackbone();
        try (FeatureCache cache = FeatureCache.open(dir.resolve("cache"), backbone.fingerprint(), 3)) {
            FeatureExtractor.Result again = FeatureExtractor.extract(entries, second, cache, opts, Progress.NONE,
                    Cancellation.NEVER);
            assertEquals(0, second.images.get(), "second run never calls the backbone");
            assertEquals(9, again.cacheHits());
            assertEquals(first.features(), again.features());
            assertEquals(first.problems(), again.problems());
        }
    }

    @Test
    void streamingGivesTheRowsProblemsAndFileBytesOfTheWholeMatrix(@TempDir Path dir) throws IOException {
        List<ImageEntry> entries = folder(dir.resolve("data"), 9);
        FeatureExtractor.Options opts = FeatureExtractor.Options.defaults().withBatchSize(4);
        FeatureExtractor.Result whole = FeatureExtractor.extract(entries, new MeanColourBackbone(), null, opts,
                Progress.NONE, Cancellation.NEVER);
        for (String name : new String[] {"X.npy", "X.csv"}) {
            Path old = dir.resolve("whole-" + name);
            if (name.endsWith(".npy")) {
                Npy.write(old, whole.features(), "rows=9");
            } else {
                MatrixFiles.write(old, whole.features());
            }
            MeanColourBackbone backbone = new MeanColourBackbone();
            Path streamed = dir.resolve("streamed-" + name);
            FeatureExtractor.Streamed s;
            try (RowWriter w = RowWriter.open(streamed, backbone.featureDim(), entries.size(), "rows=11")) {
                s = FeatureExtractor.stream(entries, backbone, null, opts, (entry, row) -> w.append(row),
                        Progress.NONE, Cancellation.NEVER);
                w.commit("rows=9");
            }
            assertArrayEquals(Files.readAllBytes(old), Files.readAllBytes(streamed), name);
            assertEquals(whole.embedded(), s.embedded());
            assertEquals(whole.problems(), s.problems());
            assertEquals(9, s.computed());
            assertTrue(backbone.batchSizes.stream().allMatch(b -> b <= 4), backbone.batchSizes.toString());
        }
    }

    @Test
    void theListenerHearsEachReadableImageOnceWithItsHashAndThePixelsOnlyWhenDecoded(@TempDir Path dir)
            throws IOException {
        List<ImageEntry> entries = folder(dir.resolve("data"), 5);
        MeanColourBackbone backbone = new MeanColourBackbone();
        FeatureExtractor.Options opts = FeatureExtractor.Options.defaults().withBatchSize(2);
        for (int run = 0; run < 2; run++) {
            java.util.Map<Integer, ContentHash> hashes = new java.util.concurrent.ConcurrentHashMap<>();
            AtomicInteger decoded = new AtomicInteger();
            try (FeatureCache cache = FeatureCache.open(dir.resolve("cache"), backbone.fingerprint(), 3)) {
                FeatureExtractor.extract(entries, backbone, cache, opts, (input, hash, pixels) -> {
                    assertEquals(null, hashes.put(input, hash), "once per image");
                    if (pixels != null) {
                        decoded.incrementAndGet();
                    }
                }, Progress.NONE, Cancellation.NEVER);
            }
            assertEquals(5, hashes.size(), "the two unreadable files are not heard of");
            hashes.forEach((input, hash) -> {
                try {
                    assertEquals(ContentHash.of(entries.get(input).path()), hash);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(run == 0 ? 5 : 0, decoded.get(), "pixels only when decoded, not from the cache");
        }
    }

    @Test
    void cancellingKeepsWhatWasComputed(@TempDir Path dir) throws IOException {
        List<ImageEntry> entries = folder(dir.resolve("data"), 12);
        CancelFlag flag = new CancelFlag();
        MeanColourBackbone backbone = new MeanColourBackbone() {
            @Override
            public FloatMatrix embed(List<BufferedImage> batch) {
                FloatMatrix m = super.embed(batch);
                flag.cancel(); // the user presses cancel during the first batch
                return m;
            }
        };
        try (FeatureCache cache = FeatureCache.open(dir.resolve("cache"), backbone.fingerprint(), 3)) {
            assertThrows(CancelledException.class, () -> FeatureExtractor.extract(entries, backbone, cache,
                    FeatureExtractor.Options.defaults().withBatchSize(4), Progress.NONE, flag));
        }
        try (FeatureCache cache = FeatureCache.open(dir.resolve("cache"), backbone.fingerprint(), 3)) {
            assertEquals(backbone.images.get(), cache.size(), "the finished batch was saved");
            assertTrue(cache.size() > 0 && cache.size() < 12);
        }
    }
}
