package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.layout.LayoutMethod;
import org.silhouette.layout.LayoutQuality;
import org.silhouette.layout.Pca;
import org.silhouette.layout.Tsne;
import org.silhouette.layout.TsneOptions;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;

import java.util.SplittableRandom;

/** Layout speed on an n×d embedding, for the {@code bench} command. */
public final class LayoutBenchmark {
    private LayoutBenchmark() {
    }

    /**
     * @param seconds wall time of the whole fit
     * @param placed points that got finite coordinates (should equal rows)
     * @param neighbourPurity share of each point's 10 nearest 2-D neighbours from its own class (synthetic
     *     classes), a sanity check that the layout is not garbage
     */
    public record Result(LayoutMethod method, String variant, int rows, int cols, double seconds, int placed,
            double neighbourPurity) {
    }

    /** Seeded Gaussian classes: 10 well-separated centres in d dimensions plus unit noise. */
    public static Synthetic synthetic(int rows, int cols, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = new double[classes][cols];
        for (double[] c : centres) {
            for (int j = 0; j < cols; j++) {
                c[j] = (r.nextDouble() - 0.5) * 12;
            }
        }
        float[] data = new float[rows * cols];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % classes;
            for (int j = 0; j < cols; j++) {
                double u = 1 - r.nextDouble();
                double g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
                data[i * cols + j] = (float) (centres[labels[i]][j] + g);
            }
        }
        return new Synthetic(new FloatMatrix(rows, cols, data), labels);
    }

    public record Synthetic(FloatMatrix x, int[] labels) {
    }

    public static Result umap(Synthetic s, UmapOptions o) {
        long t = System.nanoTime();
        FloatMatrix y = Umap.fit(s.x(), o, Progress.NONE, Cancellation.NEVER).coordinates();
        return result(LayoutMethod.UMAP, "fresh", s, y, t);
    }

    /** Refining an existing layout of the same data: the app's per-round re-projection. */
    public static Result umapWarm(Synthetic s, UmapOptions o, FloatMatrix previous) {
        long t = System.nanoTime();
        FloatMatrix y = Umap.fit(s.x(), o, previous, Progress.NONE, Cancellation.NEVER).coordinates();
        return result(LayoutMethod.UMAP, "warm", s, y, t);
    }

    public static Result pca(Synthetic s) {
        long t = System.nanoTime();
        FloatMatrix y = Pca.fit(s.x());
        return result(LayoutMethod.PCA, "fresh", s, y, t);
    }

    public static Result tsne(Synthetic s, TsneOptions o) {
        long t = System.nanoTime();
        FloatMatrix y = Tsne.fit(s.x(), o, Progress.NONE, Cancellation.NEVER);
        return result(LayoutMethod.TSNE, o.iterations() + " iterations", s, y, t);
    }

    private static Result result(LayoutMethod m, String variant, Synthetic s, FloatMatrix y, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        int placed = 0;
        for (int i = 0; i < y.rows(); i++) {
            placed += Float.isFinite(y.get(i, 0)) && Float.isFinite(y.get(i, 1)) ? 1 : 0;
        }
        return new Result(m, variant, s.x().rows(), s.x().cols(), seconds, placed, LayoutQuality.neighbourPurity(y,
                s.labels(), 10));
    }

    /** 10k×16 for UMAP (fresh and warm), PCA and t-SNE; t-SNE is Smile's exact O(n²) version and slow. */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean withTsne = args.length > 1 && args[1].equals("tsne");
        Synthetic s = synthetic(rows, 16, 10, 1);
        UmapOptions o = UmapOptions.defaults();
        Result fresh = umap(s, o);
        System.out.println(fresh);
        FloatMatrix y = Umap.fit(s.x(), o, Progress.NONE, Cancellation.NEVER).coordinates();
        System.out.println(umapWarm(s, o, y));
        System.out.println(pca(s));
        if (withTsne) {
            System.out.println(tsne(s, TsneOptions.defaults()));
        }
    }
}
