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
 */
public record RunSettings(int dim, int epochs, int batchP, int batchK, double learningRate, List<Integer> hidden,
        LossOptions lossOptions, int pcaRows) {

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
        if (pcaRows < 2) {
            throw new IllegalArgumentException("PCA needs at least two rows, got " + pcaRows);
        }
    }

    /** d = 16, 30 epochs, 16×8 batches, Adam at 1e-3, one hidden layer of 256: the trainer's defaults. */
    public static RunSettings defaults() {
        return new RunSettings(16, 30, 16, 8, 1e-3, List.of(256), LossOptions.defaults(), 10_000);
    }
}
