package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;

/**
 * Euclidean distances built from Gram matrices (one matmul, so cheap at 1024×1024), with a square root
 * that is exactly zero, with a zero gradient, for coincident points: sqrt'(0) is infinite and would turn
 * every gradient touching a duplicate point into NaN.
 */
final class Distances {
    private Distances() {
    }

    /** Squared distances [B, B] between the rows of x, with an exactly zero diagonal. */
    static NDArray pairwiseSquared(NDArray x) {
        NDArray n = x.square().sum(new int[] {1});
        NDArray sq = n.expandDims(1).add(n.expandDims(0)).sub(x.matMul(x.transpose()).mul(2));
        NDArray offDiagonal = x.getManager().eye((int) x.getShape().get(0)).toType(x.getDataType(), false)
                .neg().add(1);
        return roundOffToZero(sq.mul(offDiagonal), n.expandDims(1).add(n.expandDims(0)));
    }

    /** Distances [B, B] between the rows of x. */
    static NDArray pairwise(NDArray x) {
        return safeSqrt(pairwiseSquared(x));
    }

    /** Squared distances [B, K] from the rows of x to the rows of y. */
    static NDArray crossSquared(NDArray x, NDArray y) {
        NDArray nx = x.square().sum(new int[] {1}).expandDims(1);
        NDArray ny = y.square().sum(new int[] {1}).expandDims(0);
        NDArray sq = nx.add(ny).sub(x.matMul(y.transpose()).mul(2));
        return roundOffToZero(sq, nx.add(ny));
    }

    /** Distances [B, K] from the rows of x to the rows of y. */
    static NDArray cross(NDArray x, NDArray y) {
        return safeSqrt(crossSquared(x, y));
    }

    /** sqrt(sq) for sq ≥ 0, with value and gradient 0 where sq is 0 (both where() branches stay finite). */
    static NDArray safeSqrt(NDArray sq) {
        NDArray positive = sq.gt(0);
        return NDArrays.where(positive, NDArrays.where(positive, sq, sq.onesLike()).sqrt(), sq.zerosLike());
    }

    /**
     * ‖a‖² + ‖b‖² − 2a·b cancels badly when a ≈ b: the result is rounding noise of the size of
     * eps·(‖a‖² + ‖b‖²), possibly negative. Such values are set to exactly 0 (a coincident pair), so
     * duplicates get distance 0 rather than a random small one with a large, random gradient.
     */
    private static NDArray roundOffToZero(NDArray sq, NDArray normSum) {
        double eps = x64(sq) ? 2.220446049250313e-16 : 1.1920929e-7;
        NDArray noise = normSum.mul(16 * eps);
        return NDArrays.where(sq.gt(noise), sq, sq.zerosLike());
    }

    static boolean x64(NDArray a) {
        return a.getDataType() == DataType.FLOAT64;
    }
}
