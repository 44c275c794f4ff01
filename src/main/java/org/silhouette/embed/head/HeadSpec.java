package org.silhouette.embed.head;

import org.silhouette.core.Checks;

import java.util.List;

/**
 * The shape of a head: an MLP from {@code inputDim} backbone features through ReLU hidden layers to
 * {@code outputDim} embedding dimensions. An empty {@code hidden} list gives a linear head.
 */
public record HeadSpec(int inputDim, List<Integer> hidden, int outputDim) {

    public static final int MIN_DIM = 2;
    public static final int MAX_DIM = 512;
    public static final int MAX_HIDDEN = 8192;

    public HeadSpec {
        Checks.atLeast(inputDim, 1, "input dimension");
        if (outputDim < MIN_DIM || outputDim > MAX_DIM) {
            throw new IllegalArgumentException(
                    "embedding dimension must be between " + MIN_DIM + " and " + MAX_DIM + ", got " + outputDim);
        }
        hidden = List.copyOf(hidden);
        for (int h : hidden) {
            if (h < 1 || h > MAX_HIDDEN) {
                throw new IllegalArgumentException("hidden layer width must be between 1 and " + MAX_HIDDEN + ", got " + h);
            }
        }
    }

    /** The default head: one hidden layer of 256 units. */
    public static HeadSpec of(int inputDim, int outputDim) {
        return new HeadSpec(inputDim, List.of(256), outputDim);
    }
}
