package org.silhouette.embed.train;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PkSamplerTest {

    /** 5 classes of sizes 1, 3, 10, 10, 10 and some unlabelled rows interleaved. */
    private static int[] labels() {
        int[] sizes = {1, 3, 10, 10, 10};
        int[] out = new int[34 + 10];
        int pos = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                out[pos++] = c;
                if (pos % 4 == 0 && pos < out.length) {
                    out[pos++] = -1;
                }
            }
        }
        while (pos < out.length) {
            out[pos++] = -1;
        }
        return out;
    }

    @Test
    void batchesAreClassBalancedAndNeverUnlabelled() {
        int[] labels = labels();
        PkSampler s = new PkSampler(labels, 3, 4, 7);
        for (int b = 0; b < 200; b++) {
            int[] batch = s.next();
            Map<Integer, Integer> perClass = new HashMap<>();
            Set<Integer> distinct = new HashSet<>();
            for (int i : batch) {
                assertTrue(labels[i] >= 0, "unlabelled row " + i + " drawn");
                perClass.merge(labels[i], 1, Integer::sum);
                assertTrue(distinct.add(i), "row " + i + " twice in one batch");
            }
            assertEquals(3, perClass.size(), "P classes per batch");
            perClass.forEach((c, k) -> assertEquals(Math.min(4, c == 0 ? 1 : c == 1 ? 3 : 10), k,
                    "class " + c + " takes min(K, size) images"));
        }
    }

    @Test
    void everyImageIsSeenWithinOnePassOfItsClass() {
        int[] labels = labels();
        PkSampler s = new PkSampler(labels, 5, 4, 3);
        Set<Integer> seen = new HashSet<>();
        // With P = all classes, 3 batches take 12 >= 10 images of each large class without replacement.
        for (int b = 0; b < 3; b++) {
            for (int i : s.next()) {
                seen.add(i);
            }
        }
        int labelled = 0;
        for (int l : labels) {
            labelled += l >= 0 ? 1 : 0;
        }
        assertEquals(labelled, seen.size());
    }

    @Test
    void fewerClassesThanPUsesAllEveryTime() {
        int[] labels = {0, 1, 0, 1, -1, 0};
        PkSampler s = new PkSampler(labels, 8, 2, 1);
        assertEquals(2, s.classCount());
        assertEquals(4, s.maxBatchSize());
        int[] batch = s.next();
        assertEquals(4, batch.length);
    }

    @Test
    void sameSeedSameBatchesOtherSeedOther() {
        int[] labels = labels();
        PkSampler a = new PkSampler(labels, 3, 4, 42);
        PkSampler b = new PkSampler(labels, 3, 4, 42);
        PkSampler c = new PkSampler(labels, 3, 4, 43);
        boolean differs = false;
        for (int i = 0; i < 20; i++) {
            int[] x = a.next();
            assertArrayEquals(x, b.next());
            differs |= !java.util.Arrays.equals(x, c.next());
        }
        assertTrue(differs);
    }

    @Test
    void noLabelledRowsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PkSampler(new int[] {-1, -1}, 2, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new PkSampler(new int[] {0, 1}, 0, 2, 0));
        assertFalse(new PkSampler(new int[] {0}, 1, 1, 0).next().length == 0);
    }
}
