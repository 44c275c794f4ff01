package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.head.Standardizer;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.PkSampler;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.TrainResult;
import org.silhouette.metrics.Retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Fits one method on the training set and embeds the evaluation set, tracing MAP@R on the evaluation set
 * against training time (epoch 0 = the untrained head).
 */
final class MethodRunner {
    private MethodRunner() {
    }

    /**
     * @param embedding the evaluation set's embedding
     * @param trainSeconds wall seconds of training, scoring and checkpoint saves left out
     * @param trainCpuSeconds CPU seconds of the training thread, likewise
     * @param curve MAP@R on the evaluation set after each epoch (one point for introspection)
     * @param warnings the trainer's warnings
     */
    record Outcome(FloatMatrix embedding, double trainSeconds, double trainCpuSeconds,
            List<CurvePoint> curve, int steps, List<String> warnings) {
    }

    static Outcome run(Method method, LabelledFeatures train, LabelledFeatures eval, RunSettings s, long seed,
            Progress progress, Cancellation cancel) {
        return method.loss() == null ? introspection(train, eval, s, seed)
                : head(method.loss(), train, eval, s, seed, progress, cancel);
    }

    /** Standardise and PCA-reduce to d, both fitted on (a sample of) the training images, no labels used. */
    private static Outcome introspection(LabelledFeatures train, LabelledFeatures eval, RunSettings s, long seed) {
        long wall = System.nanoTime();
        long cpu = cpuNow();
        FloatMatrix sample = sampleRows(train.features(), s.pcaRows(), seed);
        Standardizer st = Standardizer.fit(sample);
        double[][] rows = standardized(sample, st);
        int k = Math.min(s.dim(), Math.min(sample.cols(), sample.rows()));
        smile.feature.extraction.PCA pca = smile.feature.extraction.PCA.fit(rows).getProjection(k);
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (cpuNow() - cpu) / 1e9;
        FloatMatrix embedding = FloatMatrix.of(pca.apply(standardized(eval.features(), st)));
        double map = Retrieval.compute(embedding, eval.labels()).mapAtR();
        return new Outcome(embedding, seconds, cpuSeconds,
                List.of(new CurvePoint(0, seconds, cpuSeconds, map)), 0, List.of());
    }

    private static Outcome head(LossKind loss, LabelledFeatures train, LabelledFeatures eval, RunSettings s, long seed,
            Progress progress, Cancellation cancel) {
        int dim = loss == LossKind.CCE ? train.classes().size() : s.dim();
        Path checkpoints;
        try {
            checkpoints = Files.createTempDirectory("silhouette-experiment-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            TrainOptions options = TrainOptions.builder(loss, dim)
                    .lossOptions(s.lossOptions())
                    .hidden(s.hidden())
                    .epochs(s.epochs())
                    .learningRate(s.learningRate())
                    .batchP(s.batchP())
                    .batchK(s.batchK())
                    .seed(seed)
                    .checkpointDir(checkpoints)
                    .build();
            int batch = new PkSampler(train.labels(), s.batchP(), s.batchK(), seed).maxBatchSize();
            int stepsPerEpoch = Math.max(1, (train.rows() + batch - 1) / batch);
            // untimed warm-up: the first steps of a loss pay for JIT compilation and native set-up
            TrainOptions warmUp = options.toBuilder().checkpointDir(null).maxSteps(5).build();
            HeadTrainer.fit(train.features(), train.labels(), warmUp, null, Progress.NONE, cancel).model().close();
            double initial;
            // the trainer starts from exactly this head: same spec, standardisation and seed
            try (EmbeddingModel start = EmbeddingModel.create(
                    new HeadSpec(train.features().cols(), s.hidden(), dim), Standardizer.fit(train.features()), seed)) {
                initial = mapAtR(start, eval);
            }
            TrainingProbe probe = new TrainingProbe(stepsPerEpoch, s.epochs(), epoch -> {
                try (EmbeddingModel m = EmbeddingModel.load(checkpoints)) {
                    return mapAtR(m, eval);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Progress both = (stage, done, total) -> {
                probe.update(stage, done, total);
                progress.update(stage, done, total);
            };
            TrainResult r = HeadTrainer.fit(train.features(), train.labels(), options, null, both, cancel);
            try (EmbeddingModel model = r.model()) {
                FloatMatrix embedding = model.embed(eval.features());
                double last = Retrieval.compute(embedding, eval.labels()).mapAtR();
                List<CurvePoint> curve = new ArrayList<>();
                curve.add(new CurvePoint(0, 0, 0, initial));
                curve.addAll(firstEpoch(train, eval, options, stepsPerEpoch, cancel));
                curve.addAll(probe.points(last, r.epochs()));
                CurvePoint end = curve.getLast();
                return new Outcome(embedding, end.wallSeconds(), end.cpuSeconds(), curve, r.steps(), r.warnings());
            }
        } finally {
            deleteTree(checkpoints);
        }
    }

    /** Fractions of the first epoch at which a shortened run is scored, to resolve fast starts. */
    static final int[] FIRST_EPOCH_DIVISORS = {16, 8, 4, 2};

    /**
     * Points inside the first epoch. The trainer is deterministic for a seed, so a run stopped after s steps is
     * exactly the first s steps of the full run; each is timed on its own clock, like the full run.
     */
    private static List<CurvePoint> firstEpoch(LabelledFeatures train, LabelledFeatures eval, TrainOptions options,
            int stepsPerEpoch, Cancellation cancel) {
        List<CurvePoint> out = new ArrayList<>();
        int previous = 0;
        for (int divisor : FIRST_EPOCH_DIVISORS) {
            int steps = stepsPerEpoch / divisor;
            if (steps <= previous || steps >= stepsPerEpoch) {
                continue;
            }
            previous = steps;
            TrainingProbe probe = new TrainingProbe(stepsPerEpoch, 1, e -> Double.NaN);
            TrainResult r = HeadTrainer.fit(train.features(), train.labels(),
                    options.toBuilder().checkpointDir(null).maxSteps(steps).build(), null, probe, cancel);
            try (EmbeddingModel model = r.model()) {
                double map = mapAtR(model, eval);
                CurvePoint p = probe.points(map, 0).getLast();
                out.add(new CurvePoint(steps / (double) stepsPerEpoch, p.wallSeconds(), p.cpuSeconds(), map));
            }
        }
        return out;
    }

    private static double mapAtR(EmbeddingModel model, LabelledFeatures eval) {
        return Retrieval.compute(model.embed(eval.features()), eval.labels()).mapAtR();
    }

    static FloatMatrix sampleRows(FloatMatrix x, int max, long seed) {
        if (x.rows() <= max) {
            return x;
        }
        int[] all = new int[x.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + r.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] keep = java.util.Arrays.copyOf(all, max);
        java.util.Arrays.sort(keep);
        return x.selectRows(keep);
    }

    private static double[][] standardized(FloatMatrix x, Standardizer st) {
        float[] z = st.applyRange(x, 0, x.rows());
        double[][] rows = new double[x.rows()][x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                rows[i][j] = z[i * x.cols() + j];
            }
        }
        return rows;
    }

    private static long cpuNow() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
