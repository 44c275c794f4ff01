package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;

/**
 * COREL's attractive-repulsive loss (Kenyon-Dean et al. 2018) on similarities E_k = E(h, w_k) [B, C]
 * from {@link CorelCentres}, for labels y in 0..C−1, averaged over the batch, at the paper's balance
 * λ = ½ scaled by 2:
 * <ul>
 *   <li>Gaussian-COREL: −E_y + log Σ_k exp(E_k), i.e. cross-entropy on the logits −γ‖h − w_k‖²;</li>
 *   <li>Cosine-COREL: −cos(h, w_y) + max(0, max_{k≠y} cos(h, w_k))², the repulsion on the most
 *       similar other class only, as in the authors' implementation.</li>
 * </ul>
 */
public final class CorelLoss extends Loss {
    private final CorelCentres.Similarity similarity;

    public CorelLoss(String name, CorelCentres.Similarity similarity) {
        super(name);
        this.similarity = similarity;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray e = predictions.singletonOrThrow();
        Shape shape = e.getShape();
        if (shape.dimension() != 2) {
            throw new IllegalArgumentException("COREL scores must be [B, C], got " + shape);
        }
        NDArray target = oneHot(labels.singletonOrThrow(), e);
        NDArray attraction = e.mul(target).sum(new int[] {1});
        NDArray repulsion = switch (similarity) {
            case GAUSSIAN -> logSumExp(e);
            // The target entry becomes 0 and takes part in the max, hence max(0, ·).
            case COSINE -> e.mul(target.neg().add(1)).max(new int[] {1}).square();
        };
        return repulsion.sub(attraction).mean();
    }

    private static NDArray logSumExp(NDArray e) {
        NDArray top = e.max(new int[] {1}, true).stopGradient();
        return e.sub(top).exp().sum(new int[] {1}).log().add(top.squeeze(1));
    }

    private static NDArray oneHot(NDArray labels, NDArray e) {
        long b = e.getShape().get(0);
        int c = (int) e.getShape().get(1);
        double[] raw = labels.toType(DataType.FLOAT64, false).toDoubleArray();
        if (raw.length != b) {
            throw new IllegalArgumentException(raw.length + " labels for " + b + " rows");
        }
        float[] m = new float[raw.length * c];
        for (int i = 0; i < raw.length; i++) {
            int y = (int) raw[i];
            if (y != raw[i] || y < 0 || y >= c) {
                throw new IllegalArgumentException("COREL labels must be class indices 0.." + (c - 1) + ", got " + raw[i]);
            }
            m[i * c + y] = 1;
        }
        return e.getManager().create(m, new Shape(raw.length, c)).toType(e.getDataType(), false);
    }
}
