package org.silhouette.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThumbnailCacheTest {

    @TempDir
    Path dir;

    /** Counts decodes, to prove which thumbnails came from the pack. */
    private static final class CountingDecoder implements ThumbnailCache.Decoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public BufferedImage decode(Path file) throws IOException {
            calls.incrementAndGet();
            return ThumbnailCache.IMAGE_IO.decode(file);
        }
    }

    private Path image(String name, int w, int h, int rgb, boolean alpha) throws IOException {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (alpha ? 0x80000000 : 0xFF000000) | rgb);
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** The caller's key; the app uses the content hash, a test any name that changes with the content. */
    private static String key(Path file) {
        return file.getFileName().toString();
    }

    private static int channel(int argb, int shift) {
        return (argb >> shift) & 255;
    }

    @Test
    void thumbnailFitsTheEdgeKeepsAspectAndColour() throws IOException {
        Path wide = image("wide.png", 200, 100, 0x3366CC, false);
        Path small = image("small.png", 20, 10, 0x3366CC, false);
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("cache"), 64, ThumbnailCache.IMAGE_IO)) {
            ThumbnailCache.Thumbnail t = cache.get(key(wide), wide);
            assertEquals(64, t.width());
            assertEquals(32, t.height());
            int centre = t.argb()[16 * 64 + 32];
            assertEquals(0x33, channel(centre, 16), 3);
            assertEquals(0x66, channel(centre, 8), 3);
            assertEquals(0xCC, channel(centre, 0), 3);
            ThumbnailCache.Thumbnail s = cache.get(key(small), small);
            assertEquals(20, s.width(), "never enlarged");
            assertEquals(10, s.height());
        }
    }

    @Test
    void reopeningReadsTheIndexAndDecodesNothing() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(image("img" + i + ".png", 80, 80, 0x101010 * (i + 1), i == 4));
        }
        CountingDecoder first = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, first)) {
            for (Path f : files) {
                cache.get(key(f), f);
            }
        }
        assertEquals(5, first.calls.get());
        CountingDecoder second = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, second)) {
            assertTrue(cache.openedFromIndex());
            assertEquals(5, cache.count());
            for (Path f : files) {
                ThumbnailCache.Thumbnail t = cache.get(key(f), f);
                assertEquals(32, t.width());
            }
            ThumbnailCache.Thumbnail translucent = cache.read(key(files.get(4)));
            assertEquals(0x80, translucent.argb()[0] >>> 24, 1, "alpha survives (PNG blob)");
        }
        assertEquals(0, second.calls.get());
    }

    @Test
    void aTornTailIsCutOffAndRecordsPastTheIndexAreRecovered() throws IOException {
        Path a = image("a.png", 40, 40, 0xFF0000, false);
        Path b = image("b.png", 40, 40, 0x00FF00, false);
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        long packAfterB;
        try (ThumbnailCache cache = ThumbnailCache.open(live, 32, ThumbnailCache.IMAGE_IO)) {
            cache.get(key(a), a);
            cache.flush(); // index covers a
            cache.get(key(b), b); // appended, not in the index
            packAfterB = Files.size(cache.packFile());
            // "Crash" now: copy the files as they are, then add half a record to the copy.
            for (String name : new String[] {"thumbnails-32.pack", "thumbnails-32.index"}) {
                Files.copy(live.resolve(name), crashed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(crashed.resolve("thumbnails-32.pack"), new byte[] {0x54, 0x48, 0x52, 0x45, 0, 0, 0, 9, 1, 2},
                StandardOpenOption.APPEND);
        CountingDecoder decoder = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(crashed, 32, decoder)) {
            assertTrue(cache.openedFromIndex());
            assertEquals(2, cache.count());
            assertEquals(packAfterB, Files.size(cache.packFile()), "the torn record is cut off");
            assertNotNull(cache.read(key(a)));
            assertNotNull(cache.read(key(b)));
        }
        assertEquals(0, decoder.calls.get());
    }

    @Test
    void aDamagedBlobIsMadeAgainAndABadIndexFallsBackToTheScan() throws IOException {
        Path a = image("a.png", 40, 40, 0x0000FF, false);
        Path folder = dir.resolve("c");
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 32, ThumbnailCache.IMAGE_IO)) {
            cache.get(key(a), a);
        }
        Path index = folder.resolve("thumbnails-32.index");
        byte[] idx = Files.readAllBytes(index);
        idx[idx.length / 2] ^= 0x5A;
        Files.write(index, idx);
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 32, ThumbnailCache.IMAGE_IO)) {
            assertFalse(cache.openedFromIndex(), "a corrupt index is not trusted");
            assertEquals(1, cache.count(), "the pack scan finds the record");
        }
        Path pack = folder.resolve("thumbnails-32.pack");
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length - 10] ^= 0x5A; // inside the last blob
        Files.write(pack, bytes);
        Files.deleteIfExists(index);
        CountingDecoder decoder = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 32, decoder)) {
            assertEquals(0, cache.count(), "the damaged record ends the scan");
            assertNull(cache.read(key(a)));
            assertEquals(32, cache.get(key(a), a).width());
            assertEquals(1, decoder.calls.get());
        }
    }

    @Test
    void aNewKeyGetsANewThumbnailAndPixelsDecodedElsewhereAreStoredWithoutDecoding() throws IOException {
        Path a = image("a.png", 40, 40, 0x000000, false);
        CountingDecoder decoder = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, decoder)) {
            assertEquals(0, cache.get("v1", a).argb()[0] & 0xFFFFFF);
            image("a.png", 40, 40, 0xFFFFFF, false);
            assertEquals(0, cache.get("v1", a).argb()[0] & 0xFFFFFF, "the key, not the file, names the thumbnail");
            assertEquals(0xFFFFFF, cache.get("v2", a).argb()[0] & 0xFFFFFF, 2);
            assertEquals(2, decoder.calls.get());

            cache.put("elsewhere", ImageIO.read(image("b.png", 64, 16, 0x00FF00, false).toFile()));
            assertTrue(cache.contains("elsewhere"));
            ThumbnailCache.Thumbnail b = cache.read("elsewhere");
            assertEquals(32, b.width());
            assertEquals(8, b.height());
            assertEquals(2, decoder.calls.get(), "put decodes nothing");
        }
    }

    @Test
    void aPackOfTheFirstVersionIsStartedAfresh() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("old"));
        java.nio.ByteBuffer v1 = java.nio.ByteBuffer.allocate(12).putLong(0x53494C54484D4231L).putInt(32);
        Files.write(folder.resolve("thumbnails-32.pack"), v1.array());
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 32, ThumbnailCache.IMAGE_IO)) {
            assertEquals(0, cache.count());
            assertNotNull(cache.get("k", image("c.png", 20, 20, 0x123456, false)));
        }
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 32, ThumbnailCache.IMAGE_IO)) {
            assertEquals(1, cache.count(), "the new pack is kept");
        }
    }

    @Test
    void concurrentLoadersLoseNothing() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(image("i" + i + ".png", 50, 30, 0x030507 * i, false));
        }
        Path folder = dir.resolve("c");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 24, ThumbnailCache.IMAGE_IO)) {
            List<Future<ThumbnailCache.Thumbnail>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> cache.get(key(f), f)));
            }
            for (Future<ThumbnailCache.Thumbnail> r : results) {
                assertEquals(24, r.get().width());
            }
        } finally {
            pool.shutdown();
        }
        CountingDecoder decoder = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 24, decoder)) {
            assertEquals(40, cache.count());
            for (Path f : files) {
                cache.get(key(f), f);
            }
        }
        assertEquals(0, decoder.calls.get());
    }

    @Test
    void anUnreadableFileIsAnIoError() throws IOException {
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, ThumbnailCache.IMAGE_IO)) {
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> cache.get(key(junk), junk));
            assertEquals(0, cache.count());
        }
    }
}
