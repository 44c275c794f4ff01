package org.silhouette.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureCacheTest {
    private static final String FP = "test-backbone tap=1 size=64";

    @TempDir
    Path root;

    private static ContentHash h(int i) {
        return ContentHash.of(("image " + i).getBytes());
    }

    private static float[] row(int i) {
        return new float[] {i, i + 0.5f, -i};
    }

    private List<Path> segments(FeatureCache c) throws IOException {
        try (Stream<Path> s = Files.list(c.directory())) {
            return s.filter(p -> p.toString().endsWith(FeatureCache.SUFFIX)).sorted().toList();
        }
    }

    @Test
    void rowsSurviveReopeningAndOtherFingerprintsDoNotSeeThem() throws IOException {
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            for (int i = 0; i < 10; i++) {
                c.put(h(i), row(i));
            }
            assertArrayEquals(row(3), c.get(h(3)), "pending rows are readable");
        }
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            assertEquals(10, c.size());
            for (int i = 0; i < 10; i++) {
                assertArrayEquals(row(i), c.get(h(i)));
            }
            assertNull(c.get(h(99)));
            assertEquals(1, segments(c).size());
        }
        try (FeatureCache other = FeatureCache.open(root, FP + " pool=flatten", 3)) {
            assertEquals(0, other.size());
            assertNull(other.get(h(1)));
        }
    }

    /** Writes these rows into the cache's one flushed segment and returns that file. */
    private Path flushedSegmentOf(int... rows) throws IOException {
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            for (int i : rows) {
                c.put(h(i), row(i));
            }
            c.flush();
            return segments(c).getFirst();
        }
    }

    @Test
    void truncatedSegmentIsDetectedDeletedAndRebuilt() throws IOException {
        Path seg = flushedSegmentOf(1, 2);
        byte[] whole = Files.readAllBytes(seg);
        Files.write(seg, Arrays.copyOf(whole, whole.length - 7));
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            assertEquals(1, c.rejectedSegments());
            assertEquals(0, c.size(), "nothing from a truncated file is trusted");
            assertTrue(segments(c).isEmpty(), "the damaged file is removed");
            c.put(h(1), row(1));
        }
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            assertEquals(0, c.rejectedSegments());
            assertArrayEquals(row(1), c.get(h(1)), "rebuilt");
        }
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        Path seg = flushedSegmentOf(1);
        byte[] b = Files.readAllBytes(seg);
        b[b.length - 10] ^= 0x01; // inside the last float: same length, different value
        Files.write(seg, b);
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            assertEquals(1, c.rejectedSegments());
            assertNull(c.get(h(1)));
        }
    }

    @Test
    void foreignAndJunkFilesAreRejected() throws IOException {
        Path dir;
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            c.put(h(1), row(1));
            dir = c.directory();
        }
        Path otherRoot = root.resolve("other");
        try (FeatureCache c = FeatureCache.open(otherRoot, "another backbone", 3)) {
            c.put(h(2), row(2));
            c.flush();
            Files.copy(segments(c).getFirst(), dir.resolve("seg-foreign" + FeatureCache.SUFFIX));
        }
        Files.writeString(dir.resolve("seg-junk" + FeatureCache.SUFFIX), "hello");
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            assertEquals(2, c.rejectedSegments());
            assertArrayEquals(row(1), c.get(h(1)));
            assertNull(c.get(h(2)));
        }
    }

    @Test
    void manyFlushesAreMergedIntoOneFile() throws IOException {
        for (int run = 0; run < FeatureCache.MAX_SEGMENTS + 2; run++) {
            try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
                c.put(h(run), row(run));
            }
        }
        try (FeatureCache c = FeatureCache.open(root, FP, 3)) {
            // the 9th open merged the first 9 one-row files into one; the 10th run added one more
            assertEquals(2, segments(c).size());
            assertEquals(FeatureCache.MAX_SEGMENTS + 2, c.size());
            for (int i = 0; i < FeatureCache.MAX_SEGMENTS + 2; i++) {
                assertArrayEquals(row(i), c.get(h(i)));
            }
        }
    }
}
