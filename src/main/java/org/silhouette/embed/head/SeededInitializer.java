package org.silhouette.embed.head;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

import java.util.SplittableRandom;

/**
 * He-uniform weights drawn from a Java RNG, so a seed fixes the initial head exactly, whatever other
 * threads do with the engine's global random state.
 */
public final class SeededInitializer implements Initializer {
    private final SplittableRandom random;

    public SeededInitializer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.size();
        double limit = Math.sqrt(6.0 / Math.max(1, fanIn));
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
        return manager.create(values, shape).toType(dataType, false);
    }
}
