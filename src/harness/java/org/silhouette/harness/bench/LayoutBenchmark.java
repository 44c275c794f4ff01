package org.silhouette.harness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.layout.LayoutMethod;
import org.silhouette.layout.LayoutQuality;
import org.silhouette.layout.Pca;
import org.silhouette.layout.Tsne;
import org.silhouette.layout.TsneOptions;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;
import org.silhouette.metrics.KnnAccuracy;
import org.silhouette.metrics.Trustworthiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Layout speed on an n×d embedding, for the {@code bench} command: synthetic classes for every method, and real
 * features ({@link CifarFeatures}) for UMAP against umap-learn, with trustworthiness and 10-NN accuracy.
 */
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
        Umap.Result r = Umap.fit(s.x(), o, Progress.NONE, Cancellation.NEVER);
        return result(LayoutMethod.UMAP, "fresh, " + r.epochs() + " epochs", s, r.coordinates(), t);
    }

    private static Fidelity score(String layout, int epochs, List<Double> seconds, CifarFeatures.Input in,
            FloatMatrix y) {
        return new Fidelity(layout, epochs, seconds, Trustworthiness.compute(in.x(), y, 10),
                KnnAccuracy.compute(y, in.labels(), 10));
    }

    /** Refining an existing layout of the same data: the app's per-round re-projection. */
    public static Result umapWarm(Synthetic s, UmapOptions o, FloatMatrix previous) {
        long t = System.nanoTime();
        Umap.Result r = Umap.fit(s.x(), o, previous, Progress.NONE, Cancellation.NEVER);
        return result(LayoutMethod.UMAP, "warm, " + r.epochs() + " epochs", s, r.coordinates(), t);
    }

    /**
     * One layout of the real features, timed and scored.
     *
     * @param seconds wall time of each fit, in the order they ran
     * @param trustworthiness trustworthiness@10 of the map against the 16-d input (ours by {@link Trustworthiness},
     *     umap-learn's by sklearn)
     * @param knnAccuracy leave-one-out 10-NN accuracy in the map
     */
    public record Fidelity(String layout, int epochs, List<Double> seconds, double trustworthiness,
            double knnAccuracy) {
        public double best() {
            return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }
    }

    /**
     * @param ours our UMAP
     * @param umapLearn umap-learn on the same input, or null when it could not run ({@code note} says why)
     */
    public record RealResult(CifarFeatures.Input input, Fidelity ours, Fidelity umapLearn, String note) {
    }

    /**
     * Our UMAP and, when {@code withBaseline} and Python with umap-learn are there, umap-learn on the same 16-d
     * input, in alternating rounds so both meet the same load. Both are seeded, so every round gives the same map;
     * the first of each is scored, both by our metrics (which match sklearn's: TrustworthinessTest).
     */
    public static RealResult real(CifarFeatures.Input in, UmapOptions o, int rounds, boolean withBaseline)
            throws IOException {
        Path work = Files.createTempDirectory("silhouette-layout-bench");
        try {
            Path x = work.resolve("x16.npy");
            Npy.write(x, in.x());
            Path labels = work.resolve("labels.txt");
            Files.writeString(labels, Arrays.stream(in.labels()).mapToObj(Integer::toString)
                    .collect(Collectors.joining("\n", "", "\n")));
            UmapLearnBaseline baseline = null;
            String note = withBaseline ? null : "umap-learn not run (--no-umap-learn)";
            if (withBaseline) {
                try {
                    baseline = UmapLearnBaseline.start(x, labels, work);
                } catch (IOException e) {
                    note = "umap-learn not run: " + e.getMessage();
                }
            }
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            Umap.Result map = null;
            Path theirMap = work.resolve("umap-learn.npy");
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                map = Umap.fit(in.x(), o, Progress.NONE, Cancellation.NEVER);
                ours.add((System.nanoTime() - t) / 1e9);
                if (baseline != null) {
                    try {
                        theirs.add(baseline.fit(r == 0 ? theirMap : work.resolve("umap-learn-" + r + ".npy")));
                    } catch (IOException e) {
                        note = "umap-learn failed: " + e.getMessage();
                        baseline.close();
                        baseline = null;
                    }
                }
            }
            Fidelity mine = score("ours", map.epochs(), ours, in, map.coordinates());
            if (baseline == null) {
                return new RealResult(in, mine, null, note);
            }
            baseline.close();
            JsonNode s = baseline.settings();
            return new RealResult(in, mine, score("umap-learn " + s.get("version").asText(), s.get("epochs").asInt(),
                    theirs, in, Npy.read(theirMap)), null);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public static Result pca(Synthetic s) {
        long t = System.nanoTime();
        FloatMatrix y = Pca.fit(s.x());
        return result(LayoutMethod.PCA, "fresh", s, y, t);
    }

    /**
     * The first map's reduction, PCA of 10,000 × 1,280 features to 32, by {@link Pca} and by Smile's PCA (what
     * {@link Pca} used before): best of three runs each, alternating, on Gaussian data whose variance decays
     * along the axes like a backbone's.
     *
     * @return {ours, Smile's} seconds
     */
    public static double[] wideReduction(int rows, int cols, int components) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        float[] x = new float[rows * cols];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextGaussian() * Math.pow(1 + i % cols, -0.7));
        }
        FloatMatrix m = new FloatMatrix(rows, cols, x);
        double ours = Double.POSITIVE_INFINITY;
        double theirs = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            Pca.reduce(m, components);
            ours = Math.min(ours, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            double[][] d = m.toDoubleRows();
            smile.feature.extraction.PCA.fit(d).getProjection(components).apply(d);
            theirs = Math.min(theirs, (System.nanoTime() - t) / 1e9);
        }
        return new double[] {ours, theirs};
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
