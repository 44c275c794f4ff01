package org.silhouette.embed.train;

import org.silhouette.core.Shuffle;

import java.util.SplittableRandom;

/**
 * The structure part of each batch: unlabelled rows drawn without replacement from a shuffled queue that
 * is reshuffled once used up, so every unlabelled image is seen once per pass. Seeded.
 */
final class StructureRows {
    private final int[] queue;
    private final int batch;
    private final SplittableRandom random;
    private int pos;

    StructureRows(int[] rows, int batch, long seed) {
        this.queue = rows.clone();
        this.batch = Math.min(batch, rows.length);
        this.random = new SplittableRandom(seed);
        shuffle();
    }

    int[] next() {
        int[] out = new int[batch];
        for (int i = 0; i < batch; i++) {
            if (pos == queue.length) {
                shuffle();
            }
            out[i] = queue[pos++];
        }
        return out;
    }

    private void shuffle() {
        Shuffle.inPlace(queue, random);
        pos = 0;
    }
}
