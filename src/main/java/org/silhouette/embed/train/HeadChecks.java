package org.silhouette.embed.train;

import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;

/**
 * The checks of the components that describe a head, shared by the records that carry them
 * ({@link TrainOptions} for one run, {@code session.LoopOptions} for the app's loop, {@code session.ProjectSettings}
 * for a project's choice), so that each rule and its message is written once, as {@link HeadBuilder}'s setters are.
 */
public final class HeadChecks {
    private HeadChecks() {
    }

    /** {@code loss}, or an {@link IllegalArgumentException} when there is none. */
    public static LossKind requireLoss(LossKind loss) {
        if (loss == null) {
            throw new IllegalArgumentException("a loss is required");
        }
        return loss;
    }

    /** {@code options}, or the loss defaults when none are given. */
    public static LossOptions orDefaults(LossOptions options) {
        return options == null ? LossOptions.defaults() : options;
    }

    /** {@code dim}, or an {@link IllegalArgumentException} when it is outside the range a head's output may have. */
    public static int checkDim(int dim) {
        if (dim < HeadSpec.MIN_DIM || dim > HeadSpec.MAX_DIM) {
            throw new IllegalArgumentException("the embedding dimension must be between " + HeadSpec.MIN_DIM + " and "
                    + HeadSpec.MAX_DIM + ", got " + dim);
        }
        return dim;
    }
}
