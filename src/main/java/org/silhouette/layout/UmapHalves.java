package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * UMAP's 2-D SGD on two threads, with the same result on one: the points are split into two halves by index,
 * and each half's edges (by their head) are walked in order by one worker per epoch. Each worker walks a copy of
 * the coordinates taken when the epoch began, and moves points in it as the one-thread SGD does; it never sees
 * what the other worker moves during the epoch. Then the two copies are merged: every point gets what both
 * workers moved it by. So the map depends on the seed alone, never on the threads or their timing. Each half
 * draws its negative samples from a stream of its own. (A copy each, rather than reading the other half from
 * a snapshot, keeps the inner loop free of a branch per point, which made it 1.5× slower.)
 *
 * <p>Why: the SGD was the largest part of a first map at 10,000 images (about 3 s of 500 epochs, against
 * 0.2–0.6 s for the neighbours; docs/BENCHMARKS.md), and of the loop's warm layout, on one core of two.
 * Reading the other half a little stale is what umap-learn's own parallel SGD does, without the order.
 */
final class UmapHalves {
    private static final double CLIP = 4;

    private final double[] y;
    private final EdgeSchedule q;
    private final UmapKernel kernel;
    private final int n;
    private final int split;
    private final int[][] edgesOf = new int[2][];
    private final long[] state = new long[2];
    private final double[][] view;

    private UmapHalves(double[] y, EdgeSchedule q, UmapKernel kernel, int n, long seed) {
        this.y = y;
        this.q = q;
        this.kernel = kernel;
        this.n = n;
        this.split = n / 2;
        edgesOf[0] = IntStream.range(0, q.kept).filter(e -> q.head[e] < split).toArray();
        edgesOf[1] = IntStream.range(0, q.kept).filter(e -> q.head[e] >= split).toArray();
        state[0] = seed | 1L;
        state[1] = (seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L) | 1L;
        view = new double[][] {new double[2 * n], new double[2 * n]};
    }

    /**
     * Runs the epochs; {@code threads} 1 walks the halves one after the other, with the same result.
     *
     * @param seed any value; each half's stream is derived from it
     */
    static void optimise(double[] y, EdgeSchedule q, UmapKernel kernel, int n, double alpha0, int threads, long seed,
            Progress progress, Cancellation cancel) {
        UmapHalves h = new UmapHalves(y, q, kernel, n, seed);
        ExecutorService other = threads > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "silhouette-umap-half");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            q.run(alpha0, progress, cancel, (epoch, alpha) -> h.epoch(epoch, alpha, other));
        } finally {
            if (other != null) {
                other.shutdownNow();
            }
        }
    }

    private void epoch(int epoch, double alpha, ExecutorService other) {
        System.arraycopy(y, 0, view[0], 0, y.length);
        System.arraycopy(y, 0, view[1], 0, y.length);
        if (other == null) {
            walkHalf(1, epoch, alpha);
            walkHalf(0, epoch, alpha);
        } else {
            Future<?> second = other.submit(() -> walkHalf(1, epoch, alpha));
            walkHalf(0, epoch, alpha);
            try {
                second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in the layout", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        double[] a = view[0];
        double[] b = view[1];
        for (int c = 0; c < y.length; c++) {
            y[c] = a[c] + b[c] - y[c]; // the start plus what each worker moved it by
        }
    }

    /** One epoch of half {@code p}'s edges, in its own copy of the coordinates. */
    private void walkHalf(int p, int epoch, double alpha) {
        state[p] = walk(edgesOf[p], view[p], q, kernel, n, epoch, alpha, state[p]);
    }

    /**
     * One epoch of SGD over {@code edges} (those due now), moving points in {@code v} in place; the one-thread
     * SGD walks every edge in {@code y} itself. Point i's coordinates stay in locals while its edge and negatives
     * move it: no other point touched here is i (no self edges, and negatives skip i). The negatives all push
     * from where the edge left i and are summed, unlike umap-learn, which moves i after each: independent, the
     * CPU overlaps them (SGD time −35 %, trustworthiness unchanged over 7 seeds; docs/LAYOUT.md).
     *
     * @param s the xorshift64 state of the negative samples' stream
     * @return the state after this epoch
     */
    static long walk(int[] edges, double[] v, EdgeSchedule q, UmapKernel kernel, int n, int epoch, double alpha,
            long s) {
        for (int e : edges) {
            if (!q.due(e, epoch)) {
                continue;
            }
            int i = q.head[e];
            int j = q.tail[e];
            double xi = v[2 * i];
            double yi = v[2 * i + 1];
            double dx = xi - v[2 * j];
            double dy = yi - v[2 * j + 1];
            double d2 = dx * dx + dy * dy;
            if (d2 > 0) {
                double coeff = kernel.attractive(d2);
                double gx = clip(coeff * dx) * alpha;
                double gy = clip(coeff * dy) * alpha;
                xi += gx;
                yi += gy;
                v[2 * j] -= gx;
                v[2 * j + 1] -= gy;
            }
            int negatives = q.sample(e, epoch);
            double sx = 0;
            double sy = 0;
            for (int t = 0; t < negatives; t++) {
                // xorshift64 and a multiply-shift into [0, n): cheap, seeded, bias far below SGD noise
                s ^= s << 13;
                s ^= s >>> 7;
                s ^= s << 17;
                int k = (int) (((s >>> 33) * n) >>> 31);
                if (k == i) {
                    continue;
                }
                double rx = xi - v[2 * k];
                double ry = yi - v[2 * k + 1];
                double r2 = rx * rx + ry * ry;
                if (r2 > 0) {
                    double coeff = kernel.repulsive(r2);
                    sx += clip(coeff * rx);
                    sy += clip(coeff * ry);
                }
            }
            v[2 * i] = xi + sx * alpha;
            v[2 * i + 1] = yi + sy * alpha;
        }
        return s;
    }

    private static double clip(double v) {
        return v > CLIP ? CLIP : v < -CLIP ? -CLIP : v;
    }
}
