package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;

/**
 * Euclidean distances from Gram matrices (one matmul, so cheap at 1024×1024), with a square root that is
 * exactly zero, with a zero gradient, for coincident points: sqrt'(0) is infinite and would turn every
 * gradient that touches a duplicate point into NaN.
 *
 * <p>‖a‖² + ‖b‖² − 2a·b cancels badly when a ≈ b: the result is rounding noise of the size of
 * eps·(‖a‖² + ‖b‖²), possibly negative. Values within that noise count as exactly 0 (coincident points),
 * rather than as a random small distance with a large random gradient. Callers centre the batch first,
 * which changes no distance but shrinks the norms the noise scales with.
 */
final class Distances {
    private Distances() {
    }

    /** Squared distances [B, B] between the rows of x; the diagonal is exactly 0. */
    static NDArray pairwiseSquared(NDArray x) {
        Parts p = pairwiseParts(x);
        return NDArrays.where(p.squared.gt(p.noise), p.squared, p.squared.zerosLike());
    }

    /** Distances [B, B] between the rows of x; the diagonal is exactly 0. */
    static NDArray pairwise(NDArray x) {
        Parts p = pairwiseParts(x);
        return sqrtAbove(p.squared, p.noise);
    }

    /** Squared distances [B, K] from the rows of x to the rows of y. */
    static NDArray crossSquared(NDArray x, NDArray y) {
        Parts p = crossParts(x, y);
        return NDArrays.where(p.squared.gt(p.noise), p.squared, p.squared.zerosLike());
    }

    /** Distances [B, K] from the rows of x to the rows of y. */
    static NDArray cross(NDArray x, NDArray y) {
        Parts p = crossParts(x, y);
        return sqrtAbove(p.squared, p.noise);
    }

    /** sqrt(sq) for sq ≥ 0, with value and gradient 0 where sq is 0 (both where() branches stay finite). */
    static NDArray safeSqrt(NDArray sq) {
        return sqrtAbove(sq, sq.zerosLike());
    }

    private record Parts(NDArray squared, NDArray noise) {
    }

    private static Parts pairwiseParts(NDArray x) {
        NDArray gram = x.matMul(x.transpose());
        // Norms read off the Gram diagonal make the diagonal of n_i + n_j - 2 G_ij exactly 0.
        NDArray n = gram.diagonal();
        NDArray normSum = n.expandDims(1).add(n.expandDims(0));
        return new Parts(normSum.sub(gram.mul(2)), normSum.mul(noiseFactor(x)));
    }

    private static Parts crossParts(NDArray x, NDArray y) {
        NDArray normSum = x.square().sum(new int[] {1}, true).add(y.square().sum(new int[] {1}).expandDims(0));
        return new Parts(normSum.sub(x.matMul(y.transpose()).mul(2)), normSum.mul(noiseFactor(x)));
    }

    /** sqrt(sq) where sq &gt; floor, else exactly 0 with a zero gradient. */
    private static NDArray sqrtAbove(NDArray sq, NDArray floor) {
        NDArray above = sq.gt(floor);
        return NDArrays.where(above, NDArrays.where(above, sq, sq.onesLike()).sqrt(), sq.zerosLike());
    }

    private static double noiseFactor(NDArray x) {
        return 16 * (x.getDataType() == DataType.FLOAT64 ? 2.220446049250313e-16 : 1.1920929e-7);
    }
}
