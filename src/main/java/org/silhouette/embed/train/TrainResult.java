package org.silhouette.embed.train;

import org.silhouette.embed.head.EmbeddingModel;

import java.util.List;

/**
 * The outcome of a training run. The caller owns {@code model} and must close it.
 *
 * @param model the trained head (standardisation included)
 * @param epochLoss mean finite batch loss of every epoch run (NaN for an epoch whose every batch was skipped)
 * @param stepLoss the loss of every batch in order, NaN/Inf included as seen
 * @param epochs epochs started (the last one may be partial when a budget ran out)
 * @param steps batches run, skipped ones included
 * @param skippedSteps batches whose update was skipped because the loss or a gradient was not finite
 * @param finalLearningRate the learning rate at the end (lowered by each skipped batch)
 * @param seconds wall time of the run
 * @param stopReason why it ended
 * @param trainingClasses the caller's class id of each class the head was trained with: the loss saw
 *     class c as {@code c}, the caller calls it {@code trainingClasses[c]}
 * @param keptEpoch the epoch whose weights were kept by early stopping on held-out labelled images, or -1
 *     when the last weights were kept
 * @param warnings human-readable notes about degenerate input or numerical trouble; empty when all went well
 */
public record TrainResult(
        EmbeddingModel model,
        double[] epochLoss,
        float[] stepLoss,
        int epochs,
        int steps,
        int skippedSteps,
        double finalLearningRate,
        double seconds,
        StopReason stopReason,
        int[] trainingClasses,
        int keptEpoch,
        List<String> warnings) {

    public TrainResult {
        warnings = List.copyOf(warnings);
    }

    public double firstEpochLoss() {
        return epochLoss.length == 0 ? Double.NaN : epochLoss[0];
    }

    public double lastEpochLoss() {
        return epochLoss.length == 0 ? Double.NaN : epochLoss[epochLoss.length - 1];
    }
}
