package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * k nearest neighbours (Euclidean), each point's own row excluded. {@link #exact}: by brute force, rows split
 * over threads, ties broken by the lower index, so the result does not depend on the thread count.
 * {@link #of}: exact for small inputs, {@link NnDescent} (approximate, as deterministic) for large ones.
 *
 * @param indices row-major [n, k] neighbour indices, nearest first
 * @param distances matching Euclidean distances
 */
public record Knn(int n, int k, int[] indices, float[] distances) {

    /**
     * Exact search up to this many rows, NN-descent above. Exact costs n² distances: at 20,000 rows both take
     * about as long (1.6 s in 16-d); at 100,000 exact takes 20 CPU s in 16-d and ~100 s in 128-d (4× its 50k
     * time) against NN-descent's 4 and 12 s (docs/BENCHMARKS.md). Up to 20,000 rows every map, test and figure
     * measured at 10k stays exact.
     */
    public static final int EXACT_UP_TO = 20_000;
    /** NN-descent's seed: fixed, so a map is reproducible from its inputs alone. */
    private static final long APPROXIMATE_SEED = 0x5EED_4A11L;

    /** The k nearest neighbours for the app's maps: exact up to {@link #EXACT_UP_TO} rows, approximate above. */
    public static Knn of(FloatMatrix x, int k, int threads, Cancellation cancel) {
        return x.rows() <= EXACT_UP_TO ? exact(x, k, threads, cancel)
                : NnDescent.search(x, k, APPROXIMATE_SEED, threads, cancel);
    }

    public static Knn exact(FloatMatrix x, int k, int threads, Cancellation cancel) {
        int n = x.rows();
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be in [1, n-1], got k=" + k + " for n=" + n);
        }
        int[] idx = new int[n * k];
        float[] dist = new float[n * k];
        int workers = Math.max(1, Math.min(threads, n / 256 + 1));
        float[] transposed = transpose(x);
        if (workers == 1) {
            rows(x, transposed, k, 0, n, idx, dist, cancel);
        } else {
            ExecutorService pool = ContiguousRuns.pool(workers, "knn");
            try {
                List<Future<?>> parts = new ArrayList<>();
                int chunk = 512; // enough rows per call to reuse each cached tile, small enough to balance threads
                java.util.concurrent.atomic.AtomicInteger nextRow = new java.util.concurrent.atomic.AtomicInteger();
                for (int w = 0; w < workers; w++) {
                    parts.add(pool.submit(() -> {
                        for (int from = nextRow.getAndAdd(chunk); from < n; from = nextRow.getAndAdd(chunk)) {
                            rows(x, transposed, k, from, Math.min(n, from + chunk), idx, dist, cancel);
                        }
                    }));
                }
                ContiguousRuns.awaitAll(parts);
            } finally {
                pool.shutdownNow();
            }
        }
        return new Knn(n, k, idx, dist);
    }

    /** Columns of this many rows are streamed at a time, so a tile of the transposed data stays in cache. */
    private static final int TILE = 1024;

    /**
     * Neighbours of rows [from, to). The data is walked in tiles of {@link #TILE} candidate rows; for each
     * tile, the distances from row i are accumulated column by column over a transposed copy, so the
     * inner loop runs over contiguous candidates and the JIT vectorises it. A threshold scan then merges
     * the tile into i's sorted short list.
     */
    private static void rows(FloatMatrix x, float[] transposed, int k, int from, int to, int[] idx, float[] dist,
            Cancellation cancel) {
        int n = x.rows();
        int d = x.cols();
        float[] data = x.data();
        int count = to - from;
        float[] best = new float[count * k];
        int[] bestIdx = new int[count * k];
        java.util.Arrays.fill(best, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(bestIdx, -1);
        float[] acc = new float[TILE];
        float[][] tile = new float[d][TILE];
        for (int j0 = 0; j0 < n; j0 += TILE) {
            cancel.check();
            int len = Math.min(TILE, n - j0);
            for (int c = 0; c < d; c++) {
                // Offset-0 copies: C2 vectorises the loop below only when its index starts at 0.
                System.arraycopy(transposed, c * n + j0, tile[c], 0, len);
            }
            for (int i = from; i < to; i++) {
                java.util.Arrays.fill(acc, 0, len, 0f);
                int oi = i * d;
                for (int c = 0; c < d; c++) {
                    accumulate(acc, tile[c], len, data[oi + c]);
                }
                if (i >= j0 && i < j0 + len) {
                    acc[i - j0] = Float.POSITIVE_INFINITY; // never your own neighbour
                }
                int base = (i - from) * k;
                float worst = best[base + k - 1];
                for (int j = 0; j < len; j++) {
                    float s = acc[j];
                    if (s < worst) {
                        // Insertion into the sorted short list; candidates ascend, so ties keep index order.
                        int p = k - 1;
                        while (p > 0 && best[base + p - 1] > s) {
                            best[base + p] = best[base + p - 1];
                            bestIdx[base + p] = bestIdx[base + p - 1];
                            p--;
                        }
                        best[base + p] = s;
                        bestIdx[base + p] = j0 + j;
                        worst = best[base + k - 1];
                    }
                }
            }
        }
        for (int i = from; i < to; i++) {
            int base = (i - from) * k;
            for (int p = 0; p < k; p++) {
                idx[i * k + p] = bestIdx[base + p];
                dist[i * k + p] = (float) Math.sqrt(Math.max(0f, best[base + p]));
            }
        }
    }

    /** acc[j] += (xi - column[j])²: kept tiny so the JIT compiles and vectorises it on its own. */
    private static void accumulate(float[] acc, float[] column, int len, float xi) {
        for (int j = 0; j < len; j++) {
            float t = xi - column[j];
            acc[j] += t * t;
        }
    }

    static float[] transpose(FloatMatrix x) {
        int n = x.rows();
        int d = x.cols();
        float[] t = new float[n * d];
        float[] data = x.data();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                t[c * n + i] = data[i * d + c];
            }
        }
        return t;
    }
}
