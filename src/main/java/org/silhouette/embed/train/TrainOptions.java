package org.silhouette.embed.train;

import org.silhouette.core.Checks;
import org.silhouette.core.RecordBuilder;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a training run needs to know, validated here and nowhere else.
 *
 * @param loss the loss to train with
 * @param lossOptions the loss's knobs
 * @param dim embedding dimension d, 2..512
 * @param hidden hidden layer widths of a fresh head (ignored on a warm start, which keeps its shape)
 * @param epochs upper bound on passes; one epoch is ceil(labelled rows / (P×K)) batches
 * @param maxSteps stop after this many batches; 0 for no limit
 * @param maxSeconds stop once this much wall time has passed (checked after each batch); 0 for no limit
 * @param learningRate Adam's initial learning rate
 * @param batchP classes per batch
 * @param batchK images per class per batch
 * @param seed seeds the head's initial weights, the sampler and the engine's RNG
 * @param maxGradNorm gradients with a larger global L2 norm are scaled down to it
 * @param checkpointDir a model folder to save into every {@code checkpointEvery} epochs and at the end, or null
 * @param checkpointEvery epochs between checkpoints (when checkpointDir is set)
 * @param structureWeight w, the weight of the structure term when a structure target is given (see
 *     {@link org.silhouette.embed.loss.StructureLoss}); 0 trains on the labels alone
 * @param validationFraction share of each class's labelled images held out to pick the best epoch (early
 *     stopping); 0 keeps the last epoch
 */
public record TrainOptions(
        LossKind loss,
        LossOptions lossOptions,
        int dim,
        List<Integer> hidden,
        int epochs,
        int maxSteps,
        double maxSeconds,
        double learningRate,
        int batchP,
        int batchK,
        long seed,
        double maxGradNorm,
        Path checkpointDir,
        int checkpointEvery,
        double structureWeight,
        double validationFraction) {

    public static final int DEFAULT_EPOCHS = 30;
    public static final double DEFAULT_LR = 1e-3;
    public static final int DEFAULT_P = 16;
    public static final int DEFAULT_K = 8;
    /** The structure term's default weight; docs/LOSSES.md explains the choice. */
    public static final double DEFAULT_STRUCTURE_WEIGHT = 1.0;

    public TrainOptions {
        HeadChecks.requireLoss(loss);
        lossOptions = HeadChecks.orDefaults(lossOptions);
        HeadChecks.checkDim(dim);
        hidden = List.copyOf(hidden);
        for (int h : hidden) {
            if (h < 1 || h > 8192) {
                throw new IllegalArgumentException("hidden widths must be between 1 and 8192, got " + h);
            }
        }
        Checks.atLeast(epochs, 1, "the number of epochs");
        if (maxSteps < 0) {
            throw new IllegalArgumentException("the step budget must be >= 0 (0 = none), got " + maxSteps);
        }
        if (!(maxSeconds >= 0) || !Double.isFinite(maxSeconds)) {
            throw new IllegalArgumentException("the time budget must be >= 0 seconds (0 = none), got " + maxSeconds);
        }
        if (!(learningRate > 0) || !(learningRate <= 10)) {
            throw new IllegalArgumentException("the learning rate must be in (0, 10], got " + learningRate);
        }
        if (batchP < 1 || batchK < 1) {
            throw new IllegalArgumentException("a batch needs at least one class and one image per class, got " + batchP
                    + " classes of " + batchK);
        }
        if ((long) batchP * batchK > 65536) {
            throw new IllegalArgumentException("a batch of P×K = " + (long) batchP * batchK + " is too large (max 65536)");
        }
        if (!(maxGradNorm > 0)) {
            throw new IllegalArgumentException("the gradient norm limit must be positive, got " + maxGradNorm);
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("the checkpoint interval must be at least 1 epoch, got " + checkpointEvery);
        }
        Checks.nonNegative(structureWeight, "the structure weight");
        if (!(validationFraction >= 0) || !(validationFraction < 0.9)) {
            throw new IllegalArgumentException("the validation share must be in [0, 0.9), got " + validationFraction);
        }
    }

    /** Defaults for a loss and a dimension: one hidden layer of 256, 30 epochs, Adam at 1e-3, 16×8 batches. */
    public static TrainOptions defaults(LossKind loss, int dim) {
        return new TrainOptions(loss, LossOptions.defaults(), dim, List.of(256), DEFAULT_EPOCHS, 0, 0, DEFAULT_LR,
                DEFAULT_P, DEFAULT_K, 0L, 10.0, null, 1, DEFAULT_STRUCTURE_WEIGHT, 0);
    }

    /** {@link #defaults} to change before {@link Builder#build}. */
    public static Builder builder(LossKind loss, int dim) {
        return defaults(loss, dim).toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy to change component by component; {@link RecordBuilder#build} validates it as the constructor does. */
    public static final class Builder extends HeadBuilder<TrainOptions, Builder> {
        private Builder(TrainOptions o) {
            super(o);
        }

        public Builder epochs(int v) { return set("epochs", v); }
        public Builder maxSteps(int v) { return set("maxSteps", v); }
        public Builder maxSeconds(double v) { return set("maxSeconds", v); }
        public Builder learningRate(double v) { return set("learningRate", v); }
        public Builder batchP(int v) { return set("batchP", v); }
        public Builder batchK(int v) { return set("batchK", v); }
        public Builder maxGradNorm(double v) { return set("maxGradNorm", v); }
        public Builder checkpointDir(Path v) { return set("checkpointDir", v); }
        public Builder checkpointEvery(int v) { return set("checkpointEvery", v); }
        public Builder validationFraction(double v) { return set("validationFraction", v); }
    }
}
