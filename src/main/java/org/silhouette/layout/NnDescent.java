package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;

/**
 * Approximate k nearest neighbours (Euclidean) by NN-descent (Dong, Charikar and Li, 2011): start from random
 * neighbour lists improved by the leaves of a few {@link ProjectionForest random projection trees}, then
 * repeatedly compare each point's neighbours with each other ("a neighbour of a neighbour is likely a
 * neighbour"), only pairs involving at least one neighbour that is new since the last look, on a sample of each
 * list and of its reverse. Stops when an iteration improves fewer than {@link #DELTA}·n·k entries.
 *
 * <p>Deterministic whatever the thread count: every random choice comes from a hash of (seed, iteration, rows),
 * not from a shared stream, and the comparisons of a block of rows are first computed in parallel into proposal
 * lists, then applied with each list owned by one thread, in the same order as a single thread would.
 */
public final class NnDescent {
    /** Stop when an iteration changes fewer than this share of all n·k entries (the paper's δ). */
    static final double DELTA = 0.001;
    static final int MAX_ITERATIONS = 30;
    /**
     * Random projection trees for the start. Four cut the CPU time at 50,000 rows by a third (16-d: 4.0 → 2.7 s,
     * 128-d: 8.9 → 6.6 s), eight gave no more (docs/BENCHMARKS.md).
     */
    private static final int TREES = 4;
    /** Rows whose comparisons are collected before being applied: bounds the proposals' memory. */
    private static final int BLOCK = 4096;

    private final float[] data;
    private final int d;
    private final int n;
    private final int k;
    /**
     * Sample size of each point's new and of its old candidates (forward and reverse together). 2k, not the
     * paper's k: at 50,000 rows in 128 dimensions recall rose from 0.95 to 0.98 for a third more CPU time
     * (docs/BENCHMARKS.md).
     */
    private final int cap;
    private final long seed;
    private final int[] idx;
    private final float[] dist; // squared, ascending per row
    private final boolean[] fresh; // the paper's "new" flag
    private final int[] newCand;
    private final int[] newCount;
    private final int[] oldCand;
    private final int[] oldCount;
    private final int[] priority; // of each candidate slot, for the order-independent sample

    private NnDescent(FloatMatrix x, int k, long seed) {
        this.data = x.data();
        this.d = x.cols();
        this.n = x.rows();
        this.k = k;
        this.cap = Math.max(2 * k, 10);
        this.seed = seed;
        this.idx = new int[n * k];
        this.dist = new float[n * k];
        this.fresh = new boolean[n * k];
        this.newCand = new int[n * cap];
        this.newCount = new int[n];
        this.oldCand = new int[n * cap];
        this.oldCount = new int[n];
        this.priority = new int[2 * n * cap];
    }

    /** As {@link Knn#exact}, approximately: the same record, nearest first, own row excluded. */
    public static Knn search(FloatMatrix x, int k, long seed, int threads, Cancellation cancel) {
        int n = x.rows();
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be in [1, n-1], got k=" + k + " for n=" + n);
        }
        NnDescent s = new NnDescent(x, k, seed);
        int workers = Math.max(1, Math.min(threads, n / BLOCK + 1));
        ExecutorService pool = workers == 1 ? null : ContiguousRuns.pool(workers, "nn-descent");
        try {
            s.randomStart(pool, workers);
            s.forestStart(cancel);
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                cancel.check();
                s.sampleCandidates(pool, workers, it);
                long updates = s.join(pool, workers, cancel);
                if (updates < DELTA * n * k) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return s.result();
    }

    /** k distinct random other rows per row, each row from its own stream. */
    private void randomStart(ExecutorService pool, int workers) {
        Arrays.fill(dist, Float.POSITIVE_INFINITY);
        Arrays.fill(idx, -1);
        Arrays.fill(fresh, true);
        ContiguousRuns.run(pool, workers, 0, n, i -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(mix(seed, -1, i));
            int filled = 0;
            while (filled < k) {
                int j = r.nextInt(n);
                if (j != i && !contains(i, j)) {
                    insertUnsorted(i, filled++, j);
                }
            }
            sortRow(i);
        });
    }

    /** Rows sharing a leaf of a random projection tree enter each other's lists. */
    private void forestStart(Cancellation cancel) {
        ProjectionForest.leaves(data, n, d, TREES, 2 * k + 2, seed, cancel, (rows, a, b) -> {
            for (int i = a; i < b; i++) {
                for (int j = i + 1; j < b; j++) {
                    float s = distance(rows[i], rows[j]);
                    insert(rows[i], rows[j], s);
                    insert(rows[j], rows[i], s);
                }
            }
        });
    }

    private void insertUnsorted(int i, int slot, int j) {
        idx[i * k + slot] = j;
        dist[i * k + slot] = distance(i, j);
    }

    private void sortRow(int i) {
        int b = i * k;
        for (int p = 1; p < k; p++) {
            float dv = dist[b + p];
            int iv = idx[b + p];
            int q = p;
            while (q > 0 && dist[b + q - 1] > dv) {
                dist[b + q] = dist[b + q - 1];
                idx[b + q] = idx[b + q - 1];
                q--;
            }
            dist[b + q] = dv;
            idx[b + q] = iv;
        }
    }

    /**
     * Each row's new and old candidates: its list's new (old) entries and the rows that hold it as a new (old)
     * entry, at most {@link #cap} of each kept by lowest hashed priority, so the sample does not depend on the
     * order the candidates arrive in. Worker w fills the rows ≡ w (mod workers). Old candidates only matter
     * beside new ones, so rows without new candidates get none (late iterations touch few rows). The new
     * entries that made it into the sample are then marked old.
     */
    private void sampleCandidates(ExecutorService pool, int workers, int iteration) {
        Arrays.fill(newCount, 0);
        Arrays.fill(oldCount, 0);
        for (boolean isNew : new boolean[] {true, false}) {
            ContiguousRuns.run(pool, workers, 0, workers, w -> {
                for (int v = 0; v < n; v++) {
                    for (int p = 0; p < k; p++) {
                        if (fresh[v * k + p] != isNew) {
                            continue;
                        }
                        int u = idx[v * k + p];
                        int prio = (int) mix(seed, iteration, Math.min(u, v) * (long) n + Math.max(u, v));
                        if (v % workers == w && (isNew || newCount[v] > 0)) {
                            offer(isNew, v, u, prio);
                        }
                        if (u % workers == w && (isNew || newCount[u] > 0)) {
                            offer(isNew, u, v, prio);
                        }
                    }
                }
            });
        }
        ContiguousRuns.run(pool, workers, 0, n, v -> {
            for (int p = 0; p < k; p++) {
                if (fresh[v * k + p] && sampled(v, idx[v * k + p])) {
                    fresh[v * k + p] = false;
                }
            }
        });
    }

    private void offer(boolean isNew, int v, int u, int prio) {
        int[] cand = isNew ? newCand : oldCand;
        int[] count = isNew ? newCount : oldCount;
        int prioBase = isNew ? 0 : n * cap;
        int b = v * cap;
        int c = count[v];
        int worst = -1;
        for (int q = 0; q < c; q++) {
            if (cand[b + q] == u) {
                return;
            }
            if (worst < 0 || priority[prioBase + b + q] > priority[prioBase + b + worst]) {
                worst = q;
            }
        }
        if (c < cap) {
            cand[b + c] = u;
            priority[prioBase + b + c] = prio;
            count[v] = c + 1;
        } else if (prio < priority[prioBase + b + worst]) {
            cand[b + worst] = u;
            priority[prioBase + b + worst] = prio;
        }
    }

    private boolean sampled(int v, int u) {
        int b = v * cap;
        for (int q = 0; q < newCount[v]; q++) {
            if (newCand[b + q] == u) {
                return true;
            }
        }
        return false;
    }

    /** The local join over all rows, block by block; returns how many list entries changed. */
    private long join(ExecutorService pool, int workers, Cancellation cancel) {
        long updates = 0;
        Proposals[] parts = new Proposals[workers];
        for (int w = 0; w < workers; w++) {
            parts[w] = new Proposals();
        }
        long[] applied = new long[workers];
        for (int from = 0; from < n; from += BLOCK) {
            cancel.check();
            int to = Math.min(n, from + BLOCK);
            int per = (to - from + workers - 1) / workers;
            int blockFrom = from;
            // Compare: worker w takes a contiguous run of the block, so the parts in order are the block in order.
            ContiguousRuns.run(pool, workers, 0, workers, w -> {
                parts[w].clear();
                int a = blockFrom + w * per;
                int b = Math.min(to, a + per);
                for (int v = a; v < b; v++) {
                    compare(v, parts[w]);
                }
            });
            // Apply: worker w owns the rows ≡ w (mod workers) and reads every part in order.
            Arrays.fill(applied, 0);
            ContiguousRuns.run(pool, workers, 0, workers, w -> {
                for (Proposals p : parts) {
                    for (int q = 0; q < p.size; q++) {
                        int a = p.a[q];
                        int b = p.b[q];
                        if (a % workers == w && insert(a, b, p.dist[q])) {
                            applied[w]++;
                        }
                        if (b % workers == w && insert(b, a, p.dist[q])) {
                            applied[w]++;
                        }
                    }
                }
            });
            for (long c : applied) {
                updates += c;
            }
        }
        return updates;
    }

    /** Pairs of v's new candidates, and new with old; keeps those that would enter either list. */
    private void compare(int v, Proposals out) {
        int nb = v * cap;
        int nc = newCount[v];
        int oc = oldCount[v];
        for (int i = 0; i < nc; i++) {
            int a = newCand[nb + i];
            for (int j = i + 1; j < nc; j++) {
                propose(a, newCand[nb + j], out);
            }
            for (int j = 0; j < oc; j++) {
                int b = oldCand[nb + j];
                if (a != b) {
                    propose(a, b, out);
                }
            }
        }
    }

    private void propose(int a, int b, Proposals out) {
        float s = distance(a, b);
        if (s < dist[a * k + k - 1] || s < dist[b * k + k - 1]) {
            out.add(a, b, s);
        }
    }

    /** Puts j into i's sorted list if it is closer than the farthest and not there yet. */
    private boolean insert(int i, int j, float s) {
        int b = i * k;
        if (!(s < dist[b + k - 1]) || contains(i, j)) {
            return false;
        }
        int p = k - 1;
        while (p > 0 && dist[b + p - 1] > s) {
            dist[b + p] = dist[b + p - 1];
            idx[b + p] = idx[b + p - 1];
            fresh[b + p] = fresh[b + p - 1];
            p--;
        }
        dist[b + p] = s;
        idx[b + p] = j;
        fresh[b + p] = true;
        return true;
    }

    private boolean contains(int i, int j) {
        int b = i * k;
        for (int p = 0; p < k; p++) {
            if (idx[b + p] == j) {
                return true;
            }
        }
        return false;
    }

    /** Squared distance, four running sums so the loop does not wait on one. */
    private float distance(int i, int j) {
        int a = i * d;
        int b = j * d;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int c = 0;
        for (; c + 3 < d; c += 4) {
            float t0 = data[a + c] - data[b + c];
            float t1 = data[a + c + 1] - data[b + c + 1];
            float t2 = data[a + c + 2] - data[b + c + 2];
            float t3 = data[a + c + 3] - data[b + c + 3];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
        }
        for (; c < d; c++) {
            float t = data[a + c] - data[b + c];
            s0 += t * t;
        }
        return (s0 + s1) + (s2 + s3);
    }

    private Knn result() {
        float[] out = new float[n * k];
        for (int q = 0; q < out.length; q++) {
            out[q] = (float) Math.sqrt(Math.max(0f, dist[q]));
        }
        return new Knn(n, k, idx, out);
    }

    /** splitmix64's finaliser over the seed and two keys: a fresh, reproducible random number per call site. */
    static long mix(long seed, long a, long b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a + 1) + 0xC2B2AE3D27D4EB4FL * (b + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Growable (a, b, squared distance) triples one worker found in one block. */
    private static final class Proposals {
        int[] a = new int[1024];
        int[] b = new int[1024];
        float[] dist = new float[1024];
        int size;

        void clear() {
            size = 0;
        }

        void add(int x, int y, float s) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                dist = Arrays.copyOf(dist, size * 2);
            }
            a[size] = x;
            b[size] = y;
            dist[size] = s;
            size++;
        }
    }
}
