package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.SplittableRandom;

/**
 * UMAP to two dimensions (McInnes, Healy &amp; Melville 2018): exact k-NN, the fuzzy simplicial set, and
 * SGD with negative sampling on primitive arrays, seeded and single-threaded after the k-NN search so a
 * seed fixes the result. Every input point gets coordinates.
 *
 * <p>Warm start: given earlier coordinates, the SGD starts from them and runs a short, gentle refinement
 * ({@link UmapOptions#warmEpochs()}, {@link UmapOptions#warmLearningRate()}) so the map moves rather
 * than jumps. Rows of the earlier coordinates that are NaN (new points) start at the mean of their
 * placed neighbours.
 */
public final class Umap {
    private static final double INIT_EXTENT = 10;
    private static final double JITTER = 1e-4;
    /**
     * From this many points the SGD runs on two halves at once ({@link UmapHalves}); below it one thread is
     * quick enough, and small maps keep the plain order.
     */
    static final int HALVES_FROM = 4_096;

    private Umap() {
    }

    /**
     * @param curve the fitted a, b
     * @param knnSeconds time spent finding neighbours
     */
    public record Result(FloatMatrix coordinates, UmapCurve curve, int epochs, int edges, boolean warmStarted,
            double knnSeconds, double seconds) {
    }

    /** A fresh layout. */
    public static Result fit(FloatMatrix x, UmapOptions options, Progress progress, Cancellation cancel) {
        return fit(x, options, null, progress, cancel);
    }

    /**
     * @param initial earlier coordinates [n, 2] to refine (NaN rows for points without one), or null for a
     *     fresh layout
     */
    public static Result fit(FloatMatrix x, UmapOptions options, FloatMatrix initial, Progress progress,
            Cancellation cancel) {
        long started = System.nanoTime();
        int n = x.rows();
        if (initial != null && (initial.rows() != n || initial.cols() != 2)) {
            throw new IllegalArgumentException("initial coordinates must be " + n + "x2, got " + initial.rows() + "x"
                    + initial.cols());
        }
        UmapCurve curve = UmapCurve.fit(options.spread(), options.minDist());
        if (n <= 1) {
            boolean keep = initial != null && initial.allFinite();
            FloatMatrix only = keep ? new FloatMatrix(n, 2, initial.data().clone()) : FloatMatrix.zeros(n, 2);
            return new Result(only, curve, 0, 0, keep, 0, (System.nanoTime() - started) / 1e9);
        }
        progress.update("UMAP neighbours", 0, n);
        Knn knn = Knn.of(x, Math.min(options.neighbors() - 1, n - 1), options.threads(), cancel);
        double knnSeconds = (System.nanoTime() - started) / 1e9;
        FuzzyGraph graph = FuzzyGraph.build(knn);

        Frame frame = initial == null ? null : Frame.of(initial);
        boolean warm = frame != null;
        double[] y = warm ? frame.toInternal(initial, x, knn, options.seed()) : freshInit(x, options.seed());
        int epochs = warm ? options.warmEpochs() : options.epochsFor(n);
        double alpha = warm ? options.warmLearningRate() : options.learningRate();
        int edges = optimise(y, graph, curve, epochs, alpha, options, progress, cancel);
        float[] out = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            out[i] = (float) (warm ? frame.toExternal(y[i], i & 1) : y[i]);
        }
        return new Result(new FloatMatrix(n, 2, out), curve, epochs, edges, warm, knnSeconds,
                (System.nanoTime() - started) / 1e9);
    }

    /** Top-two principal components scaled to +-10, with a little seeded jitter to part duplicates. */
    static double[] freshInit(FloatMatrix x, long seed) {
        double[] y = PrincipalAxes.project2(x, seed);
        double max = 0;
        for (double v : y) {
            max = Math.max(max, Math.abs(v));
        }
        double scale = max > 0 ? INIT_EXTENT / max : 1;
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] * scale + (r.nextDouble() - 0.5) * 2 * JITTER * INIT_EXTENT;
        }
        return y;
    }

    /**
     * Maps caller coordinates into the range UMAP's curve expects and back: coordinates whose RMS radius is
     * already in [1, 100] are used as they are, others are rescaled to an RMS radius of 10.
     */
    private record Frame(double cx, double cy, double scale) {

        static Frame of(FloatMatrix initial) {
            double sx = 0;
            double sy = 0;
            int m = 0;
            for (int i = 0; i < initial.rows(); i++) {
                float a = initial.get(i, 0);
                float b = initial.get(i, 1);
                if (Float.isFinite(a) && Float.isFinite(b)) {
                    sx += a;
                    sy += b;
                    m++;
                }
            }
            if (m == 0) {
                return null; // nothing placed yet: a fresh layout
            }
            double cx = sx / m;
            double cy = sy / m;
            double ss = 0;
            for (int i = 0; i < initial.rows(); i++) {
                float a = initial.get(i, 0);
                float b = initial.get(i, 1);
                if (Float.isFinite(a) && Float.isFinite(b)) {
                    ss += (a - cx) * (a - cx) + (b - cy) * (b - cy);
                }
            }
            double rms = Math.sqrt(ss / m);
            double scale = rms >= 1 && rms <= 100 ? 1 : rms > 0 ? INIT_EXTENT / rms : 1;
            return new Frame(cx, cy, scale);
        }

        double[] toInternal(FloatMatrix initial, FloatMatrix x, Knn knn, long seed) {
            int n = initial.rows();
            double[] y = new double[2 * n];
            boolean[] placed = new boolean[n];
            int missing = 0;
            for (int i = 0; i < n; i++) {
                float a = initial.get(i, 0);
                float b = initial.get(i, 1);
                placed[i] = Float.isFinite(a) && Float.isFinite(b);
                if (placed[i]) {
                    y[2 * i] = (a - cx) * scale;
                    y[2 * i + 1] = (b - cy) * scale;
                } else {
                    missing++;
                }
            }
            if (missing > 0) {
                placeMissing(y, placed, x, knn, seed);
            }
            return y;
        }

        double toExternal(double v, int axis) {
            return v / scale + (axis == 0 ? cx : cy);
        }
    }

    /**
     * New points go to the mean of their placed neighbours; a point with none goes where a fresh PCA
     * layout, fitted onto the placed points, puts it.
     */
    private static void placeMissing(double[] y, boolean[] placed, FloatMatrix x, Knn knn, long seed) {
        int n = placed.length;
        int k = knn.k();
        SplittableRandom r = new SplittableRandom(seed);
        double[] fallback = null;
        for (int i = 0; i < n; i++) {
            if (placed[i]) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            int m = 0;
            for (int p = 0; p < k; p++) {
                int j = knn.indices()[i * k + p];
                if (placed[j]) {
                    sx += y[2 * j];
                    sy += y[2 * j + 1];
                    m++;
                }
            }
            if (m > 0) {
                y[2 * i] = sx / m + (r.nextDouble() - 0.5) * 0.1;
                y[2 * i + 1] = sy / m + (r.nextDouble() - 0.5) * 0.1;
            } else {
                if (fallback == null) {
                    fallback = pcaOntoPlaced(x, y, placed, seed);
                }
                y[2 * i] = fallback[2 * i];
                y[2 * i + 1] = fallback[2 * i + 1];
            }
        }
    }

    private static double[] pcaOntoPlaced(FloatMatrix x, double[] y, boolean[] placed, long seed) {
        double[] pca = freshInit(x, seed);
        int m = 0;
        for (boolean p : placed) {
            m += p ? 1 : 0;
        }
        double[] src = new double[2 * m];
        double[] dst = new double[2 * m];
        int q = 0;
        for (int i = 0; i < placed.length; i++) {
            if (placed[i]) {
                src[2 * q] = pca[2 * i];
                src[2 * q + 1] = pca[2 * i + 1];
                dst[2 * q] = y[2 * i];
                dst[2 * q + 1] = y[2 * i + 1];
                q++;
            }
        }
        Procrustes t = Procrustes.fit(src, dst);
        return t.apply(pca);
    }

    /** SGD over the graph's edges, on two halves from {@link #HALVES_FROM} points; returns the directed edges used. */
    static int optimise(double[] y, FuzzyGraph graph, UmapCurve curve, int epochs, double alpha0, UmapOptions o,
            Progress progress, Cancellation cancel) {
        EdgeSchedule q = new EdgeSchedule(graph, epochs, o.negativeSamples());
        UmapKernel kernel = new UmapKernel(curve, o.repulsion());
        int n = graph.n();
        long[] random = {new SplittableRandom(o.seed() * 31 + 17).nextLong() | 1L};
        if (n >= HALVES_FROM) {
            UmapHalves.optimise(y, q, kernel, n, alpha0, o.threads(), random[0], progress, cancel);
        } else {
            int[] all = java.util.stream.IntStream.range(0, q.kept).toArray();
            q.run(alpha0, progress, cancel,
                    (epoch, alpha) -> random[0] = UmapHalves.walk(all, y, q, kernel, n, epoch, alpha, random[0]));
        }
        return q.kept;
    }
}
