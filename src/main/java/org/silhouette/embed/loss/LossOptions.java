package org.silhouette.embed.loss;

import org.silhouette.core.Checks;

/**
 * Knobs shared by the losses; each loss reads the ones it needs.
 *
 * @param margin contrastive/triplet margin
 * @param batchHard triplet mining: batch-hard when true, batch-all otherwise
 * @param softMinTemperature silhouette: 0 takes the hard minimum over other classes for b(i); a positive
 *     value takes a soft minimum with that temperature
 * @param corelGamma Gaussian-COREL's inverse width
 */
public record LossOptions(double margin, boolean batchHard, double softMinTemperature, double corelGamma) {

    public LossOptions {
        if (!(margin > 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be positive, got " + margin);
        }
        Checks.nonNegative(softMinTemperature, "soft-min temperature");
        if (!(corelGamma > 0) || !Double.isFinite(corelGamma)) {
            throw new IllegalArgumentException("COREL gamma must be positive, got " + corelGamma);
        }
    }

    public static LossOptions defaults() {
        return new LossOptions(1.0, true, 0.0, 1.0);
    }

    public LossOptions withMargin(double m) {
        return new LossOptions(m, batchHard, softMinTemperature, corelGamma);
    }
}
