package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.head.Standardizer;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.StructureTarget;
import org.silhouette.embed.train.TrainResult;
import org.silhouette.layout.Pca;
import org.silhouette.layout.StructureMap;
import org.silhouette.layout.UmapOptions;
import org.silhouette.layout.UmapSpace;
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

        /** The same outcome with time spent before training (the structure target) added to every point. */
        Outcome after(double seconds, double cpuSeconds) {
            List<CurvePoint> shifted = curve.stream().map(p -> new CurvePoint(p.epoch(), p.wallSeconds() + seconds,
                    p.cpuSeconds() + cpuSeconds, p.mapAtR())).toList();
            return new Outcome(embedding, trainSeconds + seconds, trainCpuSeconds + cpuSeconds, shifted, steps,
                    warnings);
        }
    }

    static final int RAW_COMPONENTS = 128;

    static Outcome run(Method method, LabelledFeatures train, LabelledFeatures eval, RunSettings s, long seed,
            Progress progress, Cancellation cancel) {
        if (method == Method.INTROSPECTION) {
            return introspection(train, eval, s, seed);
        }
        if (method == Method.INTROSPECTION_UMAP) {
            return introspectionUmap(train, eval, s, seed, progress, cancel);
        }
        if (!method.usesStructure()) {
            return head(method.loss(), TrainingSet.labelsOnly(train), eval, s, seed, progress, cancel);
        }
        // the structure term sees the training images and the evaluation images, the latter unlabelled, as the
        // app's sees every image in the folder; no-labels hides the training labels too
        long wall = System.nanoTime();
        long cpu = cpuNow();
        TrainingSet set = TrainingSet.withEvaluation(train, eval, method.usesLabels());
        StructureTarget target = StructureMap.fit(set.features(), s.dim(), set.labels(), seed, 2, progress, cancel);
        double targetSeconds = (System.nanoTime() - wall) / 1e9;
        double targetCpu = (cpuNow() - cpu) / 1e9;
        Outcome o = head(method.loss(), set.with(target), eval, s, seed, progress, cancel);
        return o.after(targetSeconds, targetCpu);
    }

    /**
     * What a head trains on: features, labels (-1 for unlabelled) and, for the semi-supervised heads, the
     * structure target over the same rows.
     */
    record TrainingSet(FloatMatrix features, int[] labels, StructureTarget structure) {
        static TrainingSet labelsOnly(LabelledFeatures train) {
            return new TrainingSet(train.features(), train.labels(), null);
        }

        /** Training rows first (labelled unless {@code labelled} is false), then the evaluation rows unlabelled. */
        static TrainingSet withEvaluation(LabelledFeatures train, LabelledFeatures eval, boolean labelled) {
            int n = train.rows() + eval.rows();
            int d = train.features().cols();
            float[] x = new float[n * d];
            System.arraycopy(train.features().data(), 0, x, 0, train.rows() * d);
            System.arraycopy(eval.features().data(), 0, x, train.rows() * d, eval.rows() * d);
            int[] labels = new int[n];
            java.util.Arrays.fill(labels, -1);
            if (labelled) {
                System.arraycopy(train.labels(), 0, labels, 0, train.rows());
            }
            return new TrainingSet(new FloatMatrix(n, d, x), labels, null);
        }

        TrainingSet with(StructureTarget target) {
            return new TrainingSet(features, labels, target);
        }

        TrainResult fit(TrainOptions options, Progress progress, Cancellation cancel) {
            return HeadTrainer.fit(features, labels, structure, options, null, progress, cancel);
        }
    }

    /**
     * A 16-d UMAP of the raw features of the training and evaluation images together, as FiftyOne computes it
     * (umap-learn's defaults: 15 neighbours, min_dist 0.1). Neighbours are measured on the raw features' top
     * {@link #RAW_COMPONENTS} principal components (centred, not standardised), which keeps exact k-NN over
     * 20,000 images affordable while leaving raw Euclidean distances nearly as they are.
     */
    private static Outcome introspectionUmap(LabelledFeatures train, LabelledFeatures eval, RunSettings s, long seed,
            Progress progress, Cancellation cancel) {
        long wall = System.nanoTime();
        long cpu = cpuNow();
        TrainingSet set = TrainingSet.withEvaluation(train, eval, false);
        UmapOptions options = UmapOptions.builder().seed(seed).threads(2).build();
        FloatMatrix raw = set.features().cols() > RAW_COMPONENTS ? Pca.reduce(set.features(), RAW_COMPONENTS)
                : set.features();
        FloatMatrix all = UmapSpace.fit(raw, s.dim(), options, progress, cancel);
        int[] evalRows = java.util.stream.IntStream.range(train.rows(), train.rows() + eval.rows()).toArray();
        FloatMatrix embedding = all.selectRows(evalRows);
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (cpuNow() - cpu) / 1e9;
        double map = Retrieval.compute(embedding, eval.labels()).mapAtR();
        return new Outcome(embedding, seconds, cpuSeconds, List.of(new CurvePoint(0, seconds, cpuSeconds, map)), 0,
                List.of());
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

    private static Outcome head(LossKind loss, TrainingSet train, LabelledFeatures eval, RunSettings s, long seed,
            Progress progress, Cancellation cancel) {
        int dim = loss == LossKind.CCE ? (int) java.util.Arrays.stream(train.labels()).filter(l -> l >= 0).distinct()
                .count() : s.dim();
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
                    .structureWeight(s.structureWeight())
                    .validationFraction(s.validationFraction())
                    .build();
            int stepsPerEpoch = stepsPerEpoch(train, options);
            // untimed warm-up: the first steps of a loss pay for JIT compilation and native set-up
            TrainOptions warmUp = options.toBuilder().checkpointDir(null).maxSteps(5).build();
            train.fit(warmUp, Progress.NONE, cancel).model().close();
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
            TrainResult r = train.fit(options, both, cancel);
            try (EmbeddingModel model = r.model()) {
                FloatMatrix embedding = model.embed(eval.features());
                double last = Retrieval.compute(embedding, eval.labels()).mapAtR();
                List<CurvePoint> curve = new ArrayList<>();
                curve.add(new CurvePoint(0, 0, 0, initial));
                curve.addAll(firstEpoch(train, eval, options, stepsPerEpoch, cancel));
                curve.addAll(probe.points(last, r.epochs()));
                CurvePoint end = curve.getLast();
                List<String> warnings = new ArrayList<>(r.warnings());
                if (train.structure() != null) {
                    warnings.add("The structure term saw " + train.labels().length + " images: the "
                            + (train.labels().length - eval.rows()) + " training images and the " + eval.rows()
                            + " evaluation images, the latter unlabelled.");
                }
                return new Outcome(embedding, end.wallSeconds(), end.cpuSeconds(), curve, r.steps(), warnings);
            }
        } finally {
            deleteTree(checkpoints);
        }
    }

    /** Fractions of the first epoch at which a shortened run is scored, to resolve fast starts. */
    static final int[] FIRST_EPOCH_DIVISORS = {16, 8, 4, 2};

    /** Batches per epoch, counted by the trainer itself, so the probe's epoch marks fall where its epochs end. */
    static int stepsPerEpoch(TrainingSet train, TrainOptions options) {
        return HeadTrainer.stepsPerEpoch(train.features(), train.labels(), train.structure() != null, options);
    }

    /**
     * Points inside the first epoch. The trainer is deterministic for a seed, so a run stopped after s steps is
     * exactly the first s steps of the full run; each is timed on its own clock, like the full run.
     */
    private static List<CurvePoint> firstEpoch(TrainingSet train, LabelledFeatures eval, TrainOptions options,
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
            TrainResult r = train.fit(options.toBuilder().checkpointDir(null).maxSteps(steps).build(), probe, cancel);
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
