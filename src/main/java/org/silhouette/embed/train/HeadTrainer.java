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
import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.head.IntraOpThreads;
import org.silhouette.embed.head.ModelInfo;
import org.silhouette.embed.head.SeededInitializer;
import org.silhouette.embed.head.Standardizer;
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
        long started = System.nanoTime();
        TrainingData data = TrainingData.of(features, labels);
        LossSetup setup;
        try {
            setup = LossFactory.create(options.loss(), options.lossOptions(), data.classCount(), options.dim());
        } catch (UnsupportedOperationException e) {
            throw new UserError("The " + options.loss() + " loss is not available in this build.", e);
        }
        return run(features, data, options, warmStart, setup, progress, cancel, started);
    }

    /** As {@link #fit(FloatMatrix, int[], TrainOptions, EmbeddingModel, Progress, Cancellation)} with a given loss. */
    public static TrainResult fit(FloatMatrix features, int[] labels, TrainOptions options, EmbeddingModel warmStart,
            LossSetup setup, Progress progress, Cancellation cancel) {
        long started = System.nanoTime();
        return run(features, TrainingData.of(features, labels), options, warmStart, setup, progress, cancel, started);
    }

    private static TrainResult run(FloatMatrix features, TrainingData data, TrainOptions options,
            EmbeddingModel warmStart, LossSetup setup, Progress progress, Cancellation cancel, long started) {
        List<String> warnings = new ArrayList<>(data.warnings());
        Engine.getInstance().setRandomSeed((int) options.seed());

        EmbeddingModel model = startingModel(features, options, warmStart, warnings);
        try {
            Run run = new Run(features, data, options, model, setup, progress, cancel, started);
            IntraOpThreads.with(1, () -> {
                run.train();
                return null;
            });
            warnings.addAll(run.warnings);
            if (options.checkpointDir() != null) {
                run.checkpoint();
            }
            EmbeddingModel result = model.copy(); // leaves Adam's state behind in the training manager
            result.setInfo(new ModelInfo(options.loss().cliName(), null));
            double seconds = (System.nanoTime() - started) / 1e9;
            return new TrainResult(result, run.epochLosses(), run.stepLosses(), run.epoch, run.step, run.skipped,
                    run.lr, seconds, run.stopReason, data.classIds(), warnings);
        } finally {
            model.close();
        }
    }

    private static EmbeddingModel startingModel(FloatMatrix features, TrainOptions options, EmbeddingModel warmStart,
            List<String> warnings) {
        if (warmStart != null) {
            if (warmStart.inputDim() != features.cols()) {
                throw new UserError("The model to continue from expects " + warmStart.inputDim()
                        + " features per row, but the features have " + features.cols() + ".");
            }
            if (warmStart.dim() != options.dim()) {
                throw new UserError("The model to continue from has dimension " + warmStart.dim() + ", but " + options.dim()
                        + " was asked for.");
            }
            return warmStart.copy();
        }
        Standardizer standardizer = Standardizer.fit(features);
        int constant = 0;
        for (int j = 0; j < features.cols(); j++) {
            constant += standardizer.scale()[j] == 1f && isConstantColumn(features, j) ? 1 : 0;
        }
        if (constant == features.cols()) {
            warnings.add("Every feature is constant across the images, so the head sees no information.");
        } else if (constant > 0) {
            warnings.add(constant + " of " + features.cols() + " features are constant and carry no information.");
        }
        return EmbeddingModel.create(new HeadSpec(features.cols(), options.hidden(), options.dim()), standardizer,
                options.seed());
    }

    private static boolean isConstantColumn(FloatMatrix x, int j) {
        float first = x.get(0, j);
        for (int i = 1; i < x.rows(); i++) {
            if (x.get(i, j) != first) {
                return false;
            }
        }
        return true;
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
        private final PkSampler sampler;
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
                Progress progress, Cancellation cancel, long started) {
            this.features = features;
            this.data = data;
            this.options = options;
            this.model = model;
            this.setup = setup;
            this.progress = progress;
            this.cancel = cancel;
            this.started = started;
            this.sampler = new PkSampler(data.dense(), options.batchP(), options.batchK(), options.seed());
            this.stepsPerEpoch = Math.max(1, (data.rows().length + sampler.maxBatchSize() - 1) / sampler.maxBatchSize());
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
            this.batchBuffer = new float[sampler.maxBatchSize() * features.cols()];
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
                    float loss = step(sampler.next());
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
            int b = batch.length;
            int d = features.cols();
            int[] rows = new int[b];
            int[] y = new int[b];
            for (int i = 0; i < b; i++) {
                rows[i] = data.rows()[batch[i]];
                y[i] = data.dense()[batch[i]];
            }
            model.standardizer().applyRows(features, rows, batchBuffer);
            float loss;
            boolean applied = false;
            COLLECTOR.lock();
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray x = scope.create(Arrays.copyOf(batchBuffer, b * d), new Shape(b, d));
                NDArray labels = scope.create(y);
                boolean[] backwardDone = {false};
                loss = GradMode.with(true, () -> {
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray out = model.forward(store, x, true);
                        if (setup.trainingBlock() != null) {
                            out = setup.trainingBlock().forward(store, new NDList(out), true).singletonOrThrow();
                        }
                        NDArray value = setup.loss().evaluate(new NDList(labels), new NDList(out));
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
            optimizer.step(params, grads, scale, (float) lr, scope);
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
