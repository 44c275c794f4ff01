package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * COREL's trainable class vectors w_1..w_C (Kenyon-Dean et al. 2018): maps embeddings [B, D] to their
 * similarity to every class vector, [B, C], which {@link CorelLoss} then scores. Used during training
 * only; the vectors are trained with the head and discarded afterwards.
 */
public final class CorelCentres extends AbstractBlock {

    /** The similarity E(h, w) between an embedding and a class vector. */
    public enum Similarity {
        /** cos(h, w). */
        COSINE,
        /** −γ‖h − w‖². */
        GAUSSIAN
    }

    /** Below this norm a vector counts as zero: its cosine with anything is 0. */
    private static final double ZERO_NORM = 1e-12;

    private final Similarity similarity;
    private final double gamma;
    private final int classes;
    private final Parameter centres;

    public CorelCentres(Similarity similarity, int classes, int dim, double gamma) {
        super((byte) 1);
        if (classes < 1 || dim < 1) {
            throw new IllegalArgumentException("COREL needs classes >= 1 and dim >= 1, got " + classes + ", " + dim);
        }
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive, got " + gamma);
        }
        this.similarity = similarity;
        this.gamma = gamma;
        this.classes = classes;
        this.centres = addParameter(Parameter.builder().setName("centres").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(classes, dim)).optInitializer(new NormalInitializer(0.1f)).build());
    }

    /** The class vectors [C, D]; null until the block is initialized. */
    public Parameter centres() {
        return centres;
    }

    /** Overwrites the class vectors, [C, D] (for example with class means); the block must be initialized. */
    public void setCentres(NDArray values) {
        NDArray w = centres.getArray();
        if (!w.getShape().equals(values.getShape())) {
            throw new IllegalArgumentException("centres must be " + w.getShape() + ", got " + values.getShape());
        }
        w.set(values.toType(w.getDataType(), false).toByteBuffer());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(centres, x.getDevice(), training);
        return new NDList(similarities(x, w, similarity, gamma));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), classes)};
    }

    /** E(x_i, w_k) for every row and class vector, [B, C]. */
    public static NDArray similarities(NDArray x, NDArray w, Similarity similarity, double gamma) {
        return switch (similarity) {
            case COSINE -> unit(x).matMul(unit(w).transpose());
            case GAUSSIAN -> Distances.crossSquared(x, w).mul(-gamma);
        };
    }

    /** Rows scaled to unit length; a zero row stays zero (its cosine is 0, with a finite gradient). */
    private static NDArray unit(NDArray v) {
        NDArray norm = Distances.safeSqrt(v.square().sum(new int[] {1}, true));
        NDArray nonZero = norm.gt(ZERO_NORM);
        return v.div(NDArrays.where(nonZero, norm, norm.onesLike()));
    }
}
