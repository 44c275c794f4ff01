package org.silhouette.embed.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1, with bias correction), computed in Java on the gradients the
 * loop has already read back for its NaN guard. Each weight then takes one native op, {@code w -= Δ}.
 *
 * <p>Why not DJL's {@code Adam}: its moment arrays are detached from every manager and would leak native
 * memory on each background retrain. Why not a chain of NDArray ops: a dozen small parallel kernels per
 * weight made a step 30× slower on a busy 2-core machine. Here the moments are plain Java arrays.
 */
final class AdamUpdater {
    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-8f;

    private final Map<Parameter, float[][]> moments = new IdentityHashMap<>();
    private int t;

    /**
     * Applies one step to every parameter; call with autograd off.
     *
     * @param grads each parameter's gradient, flattened in the weight's own order
     * @param gradScale multiplies every gradient first (global-norm clipping)
     * @param scope the batch's manager: the update arrays land there
     */
    void step(List<Parameter> params, float[][] grads, float gradScale, float lr, NDManager scope) {
        t++;
        float c1 = (float) (1 - Math.pow(BETA1, t));
        float c2 = (float) (1 - Math.pow(BETA2, t));
        for (int i = 0; i < grads.length; i++) {
            Parameter p = params.get(i);
            float[] g = grads[i];
            // m, v, and a scratch buffer for the step, reused across steps.
            float[][] state = moments.computeIfAbsent(p, k -> new float[3][g.length]);
            float[] m = state[0];
            float[] v = state[1];
            float[] delta = state[2];
            for (int j = 0; j < g.length; j++) {
                float gj = g[j] * gradScale;
                m[j] = BETA1 * m[j] + (1 - BETA1) * gj;
                v[j] = BETA2 * v[j] + (1 - BETA2) * gj * gj;
                delta[j] = lr * (m[j] / c1) / ((float) Math.sqrt(v[j] / c2) + EPSILON);
            }
            NDArray w = p.getArray();
            w.subi(scope.create(delta, w.getShape()));
        }
    }

    int steps() {
        return t;
    }
}
