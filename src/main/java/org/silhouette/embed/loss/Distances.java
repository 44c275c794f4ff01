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
    private final NDArray gram;
    private final NDArray norms;
    private final double noiseFactor;

    /** The Gram matrix of the rows of x, [B, B]; the norms are read off its diagonal. */
    Distances(NDArray x) {
        gram = x.matMul(x.transpose());
        norms = gram.diagonal();
        noiseFactor = noiseFactor(x);
    }

    /** Squared distances [B, B]; the diagonal is exactly 0 (n_i + n_i − 2·G_ii with n_i = G_ii). */
    NDArray pairwiseSquared() {
        NDArray normSum = norms.expandDims(1).add(norms.expandDims(0));
        NDArray sq = normSum.sub(gram.mul(2));
        return NDArrays.where(sq.gt(normSum.mul(noiseFactor)), sq, sq.zerosLike());
    }

    /** Distances [B, B]; the diagonal is exactly 0. */
    NDArray pairwise() {
        NDArray normSum = norms.expandDims(1).add(norms.expandDims(0));
        return sqrtAbove(normSum.sub(gram.mul(2)), normSum.mul(noiseFactor));
    }

    /**
     * Distances [B, K] from every row to K weighted means of the rows, c_k = Σ_j w_jk x_j, from the Gram
     * matrix alone: ‖x_i − c_k‖² = G_ii − 2 (G w)_ik + (wᵀ G w)_kk.
     *
     * @param weights [B, K], each column summing to 1
     */
    NDArray toMeans(NDArray weights) {
        NDArray gw = gram.matMul(weights);
        NDArray meanNorms = gw.mul(weights).sum(new int[] {0}, true); // [1, K]
        NDArray normSum = norms.expandDims(1).add(meanNorms);
        return sqrtAbove(normSum.sub(gw.mul(2)), normSum.mul(noiseFactor));
    }

    /** Squared distances [B, K] from the rows of x to the rows of y. */
    static NDArray crossSquared(NDArray x, NDArray y) {
        NDArray normSum = x.square().sum(new int[] {1}, true).add(y.square().sum(new int[] {1}).expandDims(0));
        NDArray sq = normSum.sub(x.matMul(y.transpose()).mul(2));
        return NDArrays.where(sq.gt(normSum.mul(noiseFactor(x))), sq, sq.zerosLike());
    }

    /** sqrt(sq) for sq ≥ 0, with value and gradient 0 where sq is 0. */
    static NDArray safeSqrt(NDArray sq) {
        return sqrtAbove(sq, sq.zerosLike());
    }

    /** sqrt(sq) where sq &gt; floor, else exactly 0 with a zero gradient (both where() branches stay finite). */
    private static NDArray sqrtAbove(NDArray sq, NDArray floor) {
        NDArray above = sq.gt(floor);
        return NDArrays.where(above, NDArrays.where(above, sq, sq.onesLike()).sqrt(), sq.zerosLike());
    }

    private static double noiseFactor(NDArray x) {
        return 16 * (x.getDataType() == DataType.FLOAT64 ? 2.220446049250313e-16 : 1.1920929e-7);
    }
}
