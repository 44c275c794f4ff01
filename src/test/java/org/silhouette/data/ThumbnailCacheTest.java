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
import java.nio.file.attribute.FileTime;
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

    private static int channel(int argb, int shift) {
        return (argb >> shift) & 255;
    }

    @Test
    void thumbnailFitsTheEdgeKeepsAspectAndColour() throws IOException {
        Path wide = image("wide.png", 200, 100, 0x3366CC, false);
        Path small = image("small.png", 20, 10, 0x3366CC, false);
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("cache"), 64, ThumbnailCache.IMAGE_IO)) {
            ThumbnailCache.Thumbnail t = cache.get(wide);
            assertEquals(64, t.width());
            assertEquals(32, t.height());
            int centre = t.argb()[16 * 64 + 32];
            assertEquals(0x33, channel(centre, 16), 3);
            assertEquals(0x66, channel(centre, 8), 3);
            assertEquals(0xCC, channel(centre, 0), 3);
            ThumbnailCache.Thumbnail s = cache.get(small);
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
                cache.get(f);
            }
        }
        assertEquals(5, first.calls.get());
        CountingDecoder second = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, second)) {
            assertTrue(cache.openedFromIndex());
            assertEquals(5, cache.count());
            for (Path f : files) {
                ThumbnailCache.Thumbnail t = cache.get(f);
                assertEquals(32, t.width());
            }
            ThumbnailCache.Thumbnail translucent = cache.read(ThumbnailCache.keyOf(files.get(4)));
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
            cache.get(a);
            cache.flush(); // index covers a
            cache.get(b); // appended, not in the index
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
            assertNotNull(cache.read(ThumbnailCache.keyOf(a)));
            assertNotNull(cache.read(ThumbnailCache.keyOf(b)));
        }
        assertEquals(0, decoder.calls.get());
    }

    @Test
    void aDamagedBlobIsMadeAgainAndABadIndexFallsBackToTheScan() throws IOException {
        Path a = image("a.png", 40, 40, 0x0000FF, false);
        Path folder = dir.resolve("c");
        try (ThumbnailCache cache = ThumbnailCache.open(folder, 32, ThumbnailCache.IMAGE_IO)) {
            cache.get(a);
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
            assertNull(cache.read(ThumbnailCache.keyOf(a)));
            assertEquals(32, cache.get(a).width());
            assertEquals(1, decoder.calls.get());
        }
    }

    @Test
    void anEditedImageGetsANewThumbnail() throws IOException {
        Path a = image("a.png", 40, 40, 0x000000, false);
        CountingDecoder decoder = new CountingDecoder();
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, decoder)) {
            assertEquals(0, cache.get(a).argb()[0] & 0xFFFFFF);
            image("a.png", 40, 40, 0xFFFFFF, false);
            Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
            assertEquals(0xFFFFFF, cache.get(a).argb()[0] & 0xFFFFFF, 2);
        }
        assertEquals(2, decoder.calls.get());
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
                results.add(pool.submit(() -> cache.get(f)));
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
                cache.get(f);
            }
        }
        assertEquals(0, decoder.calls.get());
    }

    @Test
    void anUnreadableFileIsAnIoError() throws IOException {
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        try (ThumbnailCache cache = ThumbnailCache.open(dir.resolve("c"), 32, ThumbnailCache.IMAGE_IO)) {
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> cache.get(junk));
            assertEquals(0, cache.count());
        }
    }
}
