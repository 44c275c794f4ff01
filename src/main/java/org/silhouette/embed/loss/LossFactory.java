package org.silhouette.embed.loss;

import ai.djl.training.loss.Loss;
import org.silhouette.core.UserError;

/** Builds the loss for a run: one place that knows which loss needs what. */
public final class LossFactory {
    private LossFactory() {
    }

    /**
     * @param numClasses classes present in the training labels
     * @param dim the head's embedding dimension
     */
    public static LossSetup create(LossKind kind, LossOptions options, int numClasses, int dim) {
        return switch (kind) {
            case CCE -> {
                if (dim != numClasses) {
                    throw new UserError("The cce loss needs the embedding dimension to equal the class count ("
                            + numClasses + "), got " + dim + ".");
                }
                yield new LossSetup(Loss.softmaxCrossEntropyLoss("cce", 1f, -1, true, true), null);
            }
            default -> throw new UnsupportedOperationException(kind + " is not implemented yet");
        };
    }
}
