package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/** A loss over the classes present in one batch: unpacks the labels and embeddings DJL hands over. */
abstract class BatchLoss extends Loss {

    BatchLoss(String name) {
        super(name);
    }

    @Override
    public final NDArray evaluate(NDList labels, NDList predictions) {
        NDArray x = predictions.singletonOrThrow();
        return evaluate(x, BatchClasses.of(labels.singletonOrThrow(), x));
    }

    /** The loss of the embeddings x [B, D], whose rows belong to {@code classes}, as a 0-d array. */
    abstract NDArray evaluate(NDArray x, BatchClasses classes);

    /** A margin: positive and finite. */
    static double margin(double margin) {
        if (!(margin > 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be positive, got " + margin);
        }
        return margin;
    }
}
