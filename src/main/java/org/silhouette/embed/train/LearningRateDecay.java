package org.silhouette.embed.train;

/**
 * The learning rate's factor over a run's planned steps: 1 for the first two thirds, then half a cosine down
 * to 0 at the last planned step. Adam at a constant rate keeps the head jittering: on unseen classes MAP@R moved
 * by 0.01 to 0.03 from one epoch to the next (docs/RESULTS.md), and early stopping on the labelled fold then
 * picked an epoch by that jitter. The fall settles the last epochs instead. A loop round plans a million epochs
 * and stops on its step or time budget, so it stays at the full rate.
 */
final class LearningRateDecay {
    /** Where in the planned steps the rate begins to fall. */
    static final double FROM = 2.0 / 3;

    private LearningRateDecay() {
    }

    /** The factor at {@code step} of {@code planned} steps (budgets ignored; 1 when nothing is planned). */
    static double factor(long step, long planned) {
        double progress = planned > 0 ? (double) step / planned : 0;
        if (progress <= FROM) {
            return 1;
        }
        return 0.5 * (1 + Math.cos(Math.PI * Math.min(1, (progress - FROM) / (1 - FROM))));
    }
}
