package org.silhouette.experiment;

import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossOptions;

import java.util.List;

/**
 * How every head of an experiment is trained; validated here and nowhere else. The same settings serve
 * every loss, so the comparison differs only in the loss.
 *
 * @param dim embedding dimension (cce uses the seen class count instead)
 * @param epochs passes over the training images
 * @param batchP classes per batch
 * @param batchK images per class per batch
 * @param learningRate Adam's rate
 * @param hidden hidden widths of the head
 * @param lossOptions margins, temperature, γ
 * @param pcaRows training rows the introspection PCA is fitted on (a seeded sample when there are more)
 * @param structureWeight the structure term's weight in the semi-supervised heads
 * @param validationFraction share of each class's labelled training images held out to pick the best epoch
 */
public record RunSettings(int dim, int epochs, int batchP, int batchK, double learningRate, List<Integer> hidden,
        LossOptions lossOptions, int pcaRows, double structureWeight, double validationFraction) {

    public RunSettings {
        if (dim < 2 || dim > 512) {
            throw new UserError("The embedding dimension must be between 2 and 512, got " + dim + ".");
        }
        if (epochs < 1 || epochs > 10_000) {
            throw new UserError("The number of epochs must be between 1 and 10000, got " + epochs + ".");
        }
        if (batchP < 2 || batchK < 2) {
            throw new UserError("A batch needs at least two classes and two images per class, got " + batchP
                    + " classes of " + batchK + ".");
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new UserError("The learning rate must be in (0, 10], got " + learningRate + ".");
        }
        hidden = List.copyOf(hidden);
        if (lossOptions == null) {
            lossOptions = LossOptions.defaults();
        }
        if (!(structureWeight >= 0) || !Double.isFinite(structureWeight)) {
            throw new UserError("The structure weight must be >= 0, got " + structureWeight + ".");
        }
        if (!(validationFraction >= 0) || !(validationFraction < 0.9)) {
            throw new UserError("The validation share must be in [0, 0.9), got " + validationFraction + ".");
        }
        if (pcaRows < 2) {
            throw new IllegalArgumentException("PCA needs at least two rows, got " + pcaRows);
        }
    }

    /**
     * d = 16, 30 epochs, 16×8 batches, Adam at 1e-3, one hidden layer of 256 (the trainer's defaults), the
     * default structure weight, and a tenth of the labelled images held out for early stopping.
     */
    public static RunSettings defaults() {
        return new RunSettings(16, 30, 16, 8, 1e-3, List.of(256), LossOptions.defaults(), 10_000,
                org.silhouette.embed.train.TrainOptions.DEFAULT_STRUCTURE_WEIGHT, 0.1);
    }
}
