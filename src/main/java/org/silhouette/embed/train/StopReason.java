package org.silhouette.embed.train;

/** Why a training run ended (a cancelled run throws {@link org.silhouette.core.CancelledException} instead). */
public enum StopReason {
    /** All requested epochs ran. */
    EPOCHS,
    /** The step budget ran out. */
    STEP_BUDGET,
    /** The time budget ran out. */
    TIME_BUDGET,
    /** Too many consecutive batches gave a non-finite loss or gradient; the last finite weights are kept. */
    NON_FINITE
}
