package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import smile.manifold.TSNE;
import smile.math.MathEx;
import smile.util.AlgoStatus;
import smile.util.IterativeAlgorithmController;

/**
 * Smile's t-SNE, which is the exact O(n²) algorithm: fine up to a few thousand points, minutes at 10k
 * (it also holds several n×n double matrices: about 3 GB at 10k). Below 4 points it falls back to PCA.
 *
 * <p>Smile pitfalls handled here: its short {@code Options} constructor switches momentum at iteration
 * 250 and rejects fewer iterations with a misleading "Invalid learning rate" message; its early stop
 * (no progress for 50 iterations) is kept; its random initial layout comes from a thread-local RNG,
 * seeded here on the calling thread.
 */
public final class Tsne {
    private Tsne() {
    }

    public static FloatMatrix fit(FloatMatrix x, TsneOptions o, Progress progress, Cancellation cancel) {
        int n = x.rows();
        if (n < 4) {
            return Pca.fit(x);
        }
        double perplexity = Math.min(o.perplexity(), (n - 1) / 3.0);
        if (perplexity < 2) {
            return Pca.fit(x);
        }
        // Smile reports each logged iteration here; we pass it on and stop Smile when cancelled.
        IterativeAlgorithmController<AlgoStatus> watch = new IterativeAlgorithmController<>() {
            @Override
            public void submit(AlgoStatus status) {
                progress.update("t-SNE", status.iteration(), o.iterations());
                if (cancel.isCancelled()) {
                    stop();
                }
            }
        };
        TSNE.Options options = new TSNE.Options(2, perplexity, o.learningRate(), o.earlyExaggeration(), o.iterations(),
                50, 1e-7, 0.5, 0.8, 250, 0.01, watch);
        MathEx.setSeed(o.seed());
        TSNE result = TSNE.fit(x.toDoubleRows(), options);
        cancel.check();
        FloatMatrix y = FloatMatrix.of(result.coordinates());
        if (!y.allFinite()) {
            throw new IllegalStateException("Smile t-SNE produced non-finite coordinates");
        }
        return y;
    }
}
