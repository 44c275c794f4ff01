package org.silhouette.embed.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction. Our own rather than DJL's {@code Adam}, whose moment
 * arrays are detached from every manager and so would leak native memory on each background retrain;
 * here they live in a sub-manager that {@link #close()} frees.
 */
final class AdamUpdater implements AutoCloseable {
    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-8f;

    private final NDManager state;
    private final Map<Parameter, NDArray[]> moments = new IdentityHashMap<>();
    private int t;

    AdamUpdater(NDManager parent) {
        this.state = parent.newSubManager();
    }

    /**
     * Applies one step to every parameter; call with autograd off.
     *
     * @param grads gradients in the same order as {@code params}, attached to {@code scope}
     * @param scope the batch's manager: temporaries land there
     */
    void step(List<Parameter> params, NDArray[] grads, float lr, NDManager scope) {
        t++;
        float c1 = (float) (1 - Math.pow(BETA1, t));
        float c2 = (float) (1 - Math.pow(BETA2, t));
        for (int i = 0; i < grads.length; i++) {
            Parameter p = params.get(i);
            NDArray w = p.getArray();
            NDArray[] mv = moments.computeIfAbsent(p, k -> new NDArray[] {state.zeros(w.getShape()), state.zeros(w.getShape())});
            scope.tempAttachAll(mv[0], mv[1]);
            NDArray g = grads[i];
            mv[0].muli(BETA1).addi(g.mul(1 - BETA1));
            mv[1].muli(BETA2).addi(g.square().muli(1 - BETA2));
            NDArray denom = mv[1].div(c2).sqrt().addi(EPSILON);
            w.subi(mv[0].div(c1).divi(denom).muli(lr));
        }
    }

    int steps() {
        return t;
    }

    @Override
    public void close() {
        state.close();
    }
}
