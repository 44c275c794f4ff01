package org.silhouette.embed.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.GradMode;
import org.silhouette.embed.head.IntraOpThreads;
import org.silhouette.embed.head.ModelInfo;
import org.silhouette.embed.head.SeededInitializer;
import org.silhouette.embed.loss.LossFactory;
import org.silhouette.embed.loss.LossSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trains a head on cached features with our own loop: P×K batches, one forward and one backward per
 * batch, Adam, explicit gradient zeroing, and a guard that keeps NaN/Inf out of the weights.
 */
public final class HeadTrainer {
    /** PyTorch's gradient collector is process-wide: only one may be open at a time. */
    private static final ReentrantLock COLLECTOR = new ReentrantLock();
    /** After this many non-finite batches in a row the run stops and keeps the last finite weights. */
    static final int MAX_CONSECUTIVE_SKIPS = 10;
    private static final double LR_BACKOFF = 0.5;
    private static final double MIN_LR_FRACTION = 1e-4;

    private HeadTrainer() {
    }

    /**
     * Trains a head with the loss the options name.
     *
     * @param features backbone features [N, D], every row finite
     * @param labels class id per row, {@code -1} for unlabelled rows (never trained on, but used for the
     *     standardisation of a fresh head)
     * @param warmStart a model to continue from (left untouched; its shape and standardisation are kept), or null
     * @throws UserError for input that cannot be trained on (fewer than two classes, mismatched sizes, ...)
     * @throws org.silhouette.core.CancelledException when {@code cancel} trips
     */
    public static TrainResult fit(FloatMatrix features, int[] labels, TrainOptions options, EmbeddingModel warmStart,
            Progress progress, Cancellation cancel) {
        return fit(features, labels, null, options, warmStart, progress, cancel);
    }

    /**
     * Trains a semi-supervised head: the options' loss on the labelled rows plus, when {@code structure} is
     * given, {@link org.silhouette.embed.loss.StructureLoss}'s term that keeps every unlabelled row near its structure target. With a
     * structure target, zero or one labelled class is allowed (the head then learns the structure alone).
     *
     * @param structure label-free target coordinates for every row, with the head's dimension, or null
     */
    public static TrainResult fit(FloatMatrix features, int[] labels, StructureTarget structure, TrainOptions options,
            EmbeddingModel warmStart, Progress progress, Cancellation cancel) {
        long started = System.nanoTime();
        TrainingData data = TrainingData.of(features, labels, structure != null);
        LossSetup setup;
        try {
            setup = LossFactory.create(options.loss(), options.lossOptions(), Math.max(2, data.classCount()),
                    options.dim());
        } catch (UnsupportedOperationException e) {
            throw new UserError("The " + options.loss() + " loss is not available in this build.", e);
        }
        if (structure != null) {
            setup = structure.lossWith(setup, features, options);
        }
        return run(features, data, options, warmStart, setup, structure, progress, cancel, started);
    }

    /** As {@link #fit(FloatMatrix, int[], TrainOptions, EmbeddingModel, Progress, Cancellation)} with a given loss. */
    public static TrainResult fit(FloatMatrix features, int[] labels, TrainOptions options, EmbeddingModel warmStart,
            LossSetup setup, Progress progress, Cancellation cancel) {
        long started = System.nanoTime();
        return run(features, TrainingData.of(features, labels), options, warmStart, setup, null, progress, cancel,
                started);
    }

    /** Batches per epoch as {@link #fit} counts them: validation share held out, structure over unlabelled rows. */
    public static int stepsPerEpoch(FloatMatrix features, int[] labels, boolean structure, TrainOptions options) {
        TrainingData data = TrainingData.of(features, labels, structure);
        try (EpochSelection selection = EpochSelection.of(features, data, options)) {
            return selection.stepsPerEpoch(selection.sampler(data, options), data.free().length, options);
        }
    }

    private static TrainResult run(FloatMatrix features, TrainingData data, TrainOptions options,
            EmbeddingModel warmStart, LossSetup setup, StructureTarget structure, Progress progress,
            Cancellation cancel, long started) {
        List<String> warnings = new ArrayList<>(data.warnings());
        Engine.getInstance().setRandomSeed((int) options.seed());

        EmbeddingModel model = StartingHead.of(features, options, warmStart, warnings);
        Run run = null;
        try {
            run = new Run(features, data, options, model, setup, structure, progress, cancel, started);
            Run training = run;
            IntraOpThreads.with(1, () -> {
                training.train();
                return null;
            });
            warnings.addAll(run.warnings);
            if (options.checkpointDir() != null) {
                run.checkpoint();
            }
            // a copy leaves Adam's state behind in the training manager
            EmbeddingModel result = run.selection.best() != null ? run.selection.takeBest() : model.copy();
            result.setInfo(new ModelInfo(options.loss().cliName(), null));
            if (run.selection.active()) {
                warnings.add(run.selection.describe());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new TrainResult(result, run.epochLosses(), run.stepLosses(), run.epoch, run.step, run.skipped,
                    run.lr, seconds, run.stopReason, data.classIds(), run.selection.keptEpoch(), warnings);
        } finally {
            if (run != null) {
                run.selection.close();
            }
            model.close();
        }
    }

    /** The mutable state of one run. */
    private static final class Run {
        private final FloatMatrix features;
        private final TrainingData data;
        private final TrainOptions options;
        private final EmbeddingModel model;
        private final LossSetup setup;
        private final Progress progress;
        private final Cancellation cancel;
        private final long started;
        /** Draws the labelled part of each batch; null when fewer than two classes are labelled. */
        private final PkSampler sampler;
        /** Draws the structure part of each batch; null without a structure target. */
        private final StructureRows structureRows;
        private final float[] target;
        /** Each row's share of the structure weight; null when every row is pulled fully. */
        private final float[] rowWeights;
        final EpochSelection selection;
        private final int stepsPerEpoch;
        private final long totalSteps;
        private final List<Parameter> params = new ArrayList<>();
        private final ParameterStore store;
        private final AdamUpdater optimizer;
        /** Lowered by each skipped batch. */
        double lr;
        private final float[] batchBuffer;
        private final List<Double> epochLoss = new ArrayList<>();
        private float[] stepLoss = new float[64];
        final List<String> warnings = new ArrayList<>();
        int epoch;
        int step;
        int skipped;
        private int consecutiveSkips;
        StopReason stopReason = StopReason.EPOCHS;

        Run(FloatMatrix features, TrainingData data, TrainOptions options, EmbeddingModel model, LossSetup setup,
                StructureTarget structure, Progress progress, Cancellation cancel, long started) {
            this.features = features;
            this.data = data;
            this.options = options;
            this.model = model;
            this.setup = setup;
            this.progress = progress;
            this.cancel = cancel;
            this.started = started;
            this.selection = EpochSelection.of(features, data, options);
            this.sampler = selection.sampler(data, options);
            int structureBatch = options.batchP() * options.batchK();
            this.structureRows = structure != null && data.free().length > 0
                    ? new StructureRows(data.free(), structureBatch, options.seed() ^ 0x7F4A7C15L) : null;
            this.target = structure != null ? structure.coordinates().data() : null;
            this.rowWeights = structure != null ? structure.rowWeights() : null;
            int labelledBatch = sampler != null ? sampler.maxBatchSize() : 0;
            this.stepsPerEpoch = selection.stepsPerEpoch(sampler, structureRows != null ? data.free().length : 0, options);
            if (sampler == null && structureRows == null) {
                throw new UserError("Nothing to train on: no two labelled classes and no unlabelled image for the "
                        + "structure term.");
            }
            long byEpochs = (long) stepsPerEpoch * options.epochs();
            this.totalSteps = options.maxSteps() > 0 ? Math.min(byEpochs, options.maxSteps()) : byEpochs;
            this.params.addAll(model.parameters());
            Block extra = setup.trainingBlock();
            if (extra != null) {
                for (var p : extra.getParameters()) {
                    if (p.getValue().getInitializer() == null) {
                        p.getValue().setInitializer(new SeededInitializer(options.seed() ^ 0x5DEECE66DL));
                    }
                }
                extra.initialize(model.manager(), DataType.FLOAT32, new Shape(1, options.dim()));
                for (var p : extra.getParameters()) {
                    params.add(p.getValue());
                }
            }
            this.store = new ParameterStore(model.manager(), false);
            this.lr = options.learningRate();
            this.optimizer = new AdamUpdater();
            this.batchBuffer = new float[(labelledBatch + (structureRows != null ? structureBatch : 0))
                    * features.cols()];
        }

        void train() {
            progress.update("Training", 0, totalSteps);
            outer:
            for (epoch = 0; epoch < options.epochs(); ) {
                epoch++;
                double sum = 0;
                int finite = 0;
                for (int s = 0; s < stepsPerEpoch; s++) {
                    cancel.check();
                    float loss = step(sampler != null ? sampler.next() : new int[0]);
                    if (Float.isFinite(loss) && consecutiveSkips == 0) {
                        sum += loss;
                        finite++;
                    }
                    progress.update("Training", step, totalSteps);
                    StopReason stop = budgetSpent();
                    if (stop != null) {
                        stopReason = stop;
                        epochLoss.add(finite > 0 ? sum / finite : Double.NaN);
                        break outer;
                    }
                }
                epochLoss.add(finite > 0 ? sum / finite : Double.NaN);
                selection.afterEpoch(epoch, model);
                if (options.checkpointDir() != null && epoch % options.checkpointEvery() == 0 && epoch < options.epochs()) {
                    checkpoint();
                }
            }
            if (skipped > 0) {
                warnings.add(skipped + " of " + step + " batches gave a non-finite loss or gradient and were skipped; "
                        + "the learning rate was lowered to " + String.format(java.util.Locale.ROOT, "%.3g", lr)
                        + ".");
            }
            if (stopReason == StopReason.NON_FINITE) {
                warnings.add("Training stopped after " + MAX_CONSECUTIVE_SKIPS
                        + " non-finite batches in a row; the last finite weights were kept.");
            }
        }

        private StopReason budgetSpent() {
            if (consecutiveSkips >= MAX_CONSECUTIVE_SKIPS) {
                return StopReason.NON_FINITE;
            }
            if (options.maxSteps() > 0 && step >= options.maxSteps()) {
                return StopReason.STEP_BUDGET;
            }
            if (options.maxSeconds() > 0 && (System.nanoTime() - started) / 1e9 >= options.maxSeconds()) {
                return StopReason.TIME_BUDGET;
            }
            return null;
        }

        /** One batch: forward, loss, backward, guard, clip, Adam, zero. Returns the loss as seen. */
        private float step(int[] batch) {
            int l = batch.length;
            int[] free = structureRows != null ? structureRows.next() : new int[0];
            int b = l + free.length;
            int d = features.cols();
            int[] rows = new int[b];
            int[] y = new int[l];
            for (int i = 0; i < l; i++) {
                rows[i] = data.rows()[batch[i]];
                y[i] = data.dense()[batch[i]];
            }
            System.arraycopy(free, 0, rows, l, free.length);
            model.standardizer().applyRows(features, rows, batchBuffer);
            float loss;
            boolean applied = false;
            COLLECTOR.lock();
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray x = scope.create(Arrays.copyOf(batchBuffer, b * d), new Shape(b, d));
                NDList labels = new NDList(scope.create(y));
                if (target != null) {
                    labels.add(targetRows(scope, free));
                    if (rowWeights != null) {
                        float[] r = new float[free.length];
                        for (int i = 0; i < free.length; i++) {
                            r[i] = rowWeights[free[i]];
                        }
                        labels.add(scope.create(r));
                    }
                }
                boolean[] backwardDone = {false};
                loss = GradMode.with(true, () -> {
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray out = model.forward(store, x, true);
                        if (setup.trainingBlock() != null) {
                            out = setup.trainingBlock().forward(store, new NDList(out), true).singletonOrThrow();
                        }
                        NDArray value = setup.loss().evaluate(labels, new NDList(out));
                        if (value.getShape().size() != 1) {
                            value = value.mean();
                        }
                        float v = value.toType(DataType.FLOAT32, false).getFloat();
                        if (Float.isFinite(v)) {
                            collector.backward(value);
                            backwardDone[0] = true;
                        }
                        return v;
                    }
                });
                try {
                    if (backwardDone[0]) {
                        applied = GradMode.with(false, () -> update(scope));
                    }
                } finally {
                    if (backwardDone[0]) {
                        for (Parameter p : params) {
                            GradMode.zeroGradient(p.getArray());
                        }
                    }
                }
            } finally {
                COLLECTOR.unlock();
            }
            record(loss);
            step++;
            if (applied) {
                consecutiveSkips = 0;
            } else {
                skipped++;
                consecutiveSkips++;
                lr = Math.max(lr * LR_BACKOFF, options.learningRate() * MIN_LR_FRACTION);
            }
            return loss;
        }

        private NDArray targetRows(NDManager scope, int[] free) {
            int dim = options.dim();
            float[] t = new float[free.length * dim];
            for (int i = 0; i < free.length; i++) {
                System.arraycopy(target, free[i] * dim, t, i * dim, dim);
            }
            return scope.create(t, new Shape(free.length, dim));
        }

        /** Clips to the global norm and applies Adam; false (and no update) when a gradient is not finite. */
        private boolean update(NDManager scope) {
            float[][] grads = new float[params.size()][];
            double normSq = 0;
            for (int i = 0; i < grads.length; i++) {
                try (NDArray g = params.get(i).getArray().getGradient()) {
                    grads[i] = g.toFloatArray();
                }
                for (float v : grads[i]) {
                    normSq += (double) v * v;
                }
            }
            double norm = Math.sqrt(normSq);
            if (!Double.isFinite(norm)) {
                return false;
            }
            float scale = norm > options.maxGradNorm() ? (float) (options.maxGradNorm() / norm) : 1f;
            double fall = LearningRateDecay.factor(step, (long) stepsPerEpoch * options.epochs());
            optimizer.step(params, grads, scale, (float) (lr * fall), scope);
            return true;
        }

        void checkpoint() {
            try {
                model.setInfo(new ModelInfo(options.loss().cliName(), null));
                model.save(options.checkpointDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void record(float loss) {
            if (step == stepLoss.length) {
                stepLoss = Arrays.copyOf(stepLoss, stepLoss.length * 2);
            }
            stepLoss[step] = loss;
        }

        double[] epochLosses() {
            return epochLoss.stream().mapToDouble(Double::doubleValue).toArray();
        }

        float[] stepLosses() {
            return Arrays.copyOf(stepLoss, step);
        }
    }
}
