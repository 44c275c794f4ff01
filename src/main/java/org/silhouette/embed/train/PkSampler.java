package org.silhouette.embed.train;

import org.silhouette.core.Shuffle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Class-balanced batches: P classes × K images each, seeded.
 *
 * <p>Rules: rows labelled {@code -1} are never drawn. Classes are visited in shuffled rounds, P at a
 * time, so every class gets the same number of batches. Within a class, images are drawn without
 * replacement from a shuffled queue that is refilled when empty, so every image is seen once per pass.
 * A class with fewer than K images contributes each of its images once (no duplicates, so a batch can
 * be smaller than P×K); with fewer than P classes, every class is in every batch.
 */
public final class PkSampler {
    private final int p;
    private final int k;
    private final SplittableRandom random;
    private final int[][] members;
    private final int[][] queues;
    private final int[] queuePos;
    private final int[] classOrder;
    private int classPos;
    private final int labelledCount;

    /**
     * @param labels class id per row, {@code -1} for unlabelled; ids need not be dense
     */
    public PkSampler(int[] labels, int p, int k, long seed) {
        if (p < 1 || k < 1) {
            throw new IllegalArgumentException("P and K must be at least 1, got P=" + p + ", K=" + k);
        }
        this.random = new SplittableRandom(seed);
        int maxId = -1;
        for (int l : labels) {
            maxId = Math.max(maxId, l);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c <= maxId; c++) {
            byClass.add(new ArrayList<>());
        }
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                byClass.get(labels[i]).add(i);
                count++;
            }
        }
        byClass.removeIf(List::isEmpty);
        if (byClass.isEmpty()) {
            throw new IllegalArgumentException("no labelled rows to sample");
        }
        this.labelledCount = count;
        int classes = byClass.size();
        this.p = Math.min(p, classes);
        this.k = k;
        this.members = new int[classes][];
        this.queues = new int[classes][];
        this.queuePos = new int[classes];
        for (int c = 0; c < classes; c++) {
            members[c] = byClass.get(c).stream().mapToInt(Integer::intValue).toArray();
            queues[c] = members[c].clone();
            Shuffle.inPlace(queues[c], random);
        }
        this.classOrder = new int[classes];
        for (int c = 0; c < classes; c++) {
            classOrder[c] = c;
        }
        Shuffle.inPlace(classOrder, random);
    }

    public int classCount() {
        return members.length;
    }

    public int labelledCount() {
        return labelledCount;
    }

    /** The largest batch this sampler returns. */
    public int maxBatchSize() {
        int[] sizes = new int[members.length];
        for (int c = 0; c < members.length; c++) {
            sizes[c] = Math.min(k, members[c].length);
        }
        java.util.Arrays.sort(sizes);
        int total = 0;
        for (int i = 0; i < p; i++) {
            total += sizes[sizes.length - 1 - i];
        }
        return total;
    }

    /** Row indices of the next batch, grouped by class. */
    public int[] next() {
        int[] chosen = nextClasses();
        int size = 0;
        for (int c : chosen) {
            size += Math.min(k, members[c].length);
        }
        int[] batch = new int[size];
        int pos = 0;
        for (int c : chosen) {
            int take = Math.min(k, members[c].length);
            int start = pos;
            for (int t = 0; t < take; t++) {
                int[] q = queues[c];
                if (queuePos[c] == q.length) {
                    Shuffle.inPlace(q, random);
                    queuePos[c] = 0;
                }
                // After a refill mid-batch, skip images this batch already holds (swap them further back).
                int j = queuePos[c];
                while (contains(batch, start, pos, q[j])) {
                    j++;
                }
                int t2 = q[j];
                q[j] = q[queuePos[c]];
                q[queuePos[c]] = t2;
                batch[pos++] = q[queuePos[c]++];
            }
        }
        return batch;
    }

    private static boolean contains(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private int[] nextClasses() {
        int[] chosen = new int[p];
        int n = 0;
        while (n < p) {
            if (classPos == classOrder.length) {
                Shuffle.inPlace(classOrder, random);
                classPos = 0;
            }
            int c = classOrder[classPos++];
            boolean dup = false;
            for (int i = 0; i < n; i++) {
                dup |= chosen[i] == c;
            }
            if (!dup) {
                chosen[n++] = c;
            }
        }
        return chosen;
    }
}
