package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.EmbeddingModel;

/** Turns embeddings into 2-D map coordinates, one row per input row, optionally continuing an earlier map. */
public final class Layout {
    private Layout() {
    }

    /**
     * @param warmStarted UMAP refined the previous coordinates rather than starting afresh
     * @param aligned the result was Procrustes-aligned onto the previous coordinates
     */
    public record Result(FloatMatrix coordinates, LayoutMethod method, boolean warmStarted, boolean aligned,
            double seconds) {
    }

    /**
     * @param embeddings [n, d]; for {@link LayoutMethod#HEAD} the d = 2 output of a head (see
     *     {@link #head(EmbeddingModel, FloatMatrix)})
     * @param previous the map's current coordinates [n, 2] for the same rows (NaN rows for new points), or null
     */
    public static Result fit(FloatMatrix embeddings, LayoutOptions options, FloatMatrix previous, Progress progress,
            Cancellation cancel) {
        long started = System.nanoTime();
        check(embeddings, previous);
        LayoutMethod method = options.method();
        FloatMatrix coords;
        boolean warm = false;
        switch (method) {
            case UMAP -> {
                Umap.Result r = Umap.fit(embeddings, options.umap(), previous, progress, cancel);
                coords = r.coordinates();
                warm = r.warmStarted();
            }
            case PCA -> coords = Pca.fit(embeddings);
            case TSNE -> coords = Tsne.fit(embeddings, options.tsne(), progress, cancel);
            case HEAD -> {
                if (embeddings.cols() != 2) {
                    throw new UserError("The head layout needs a 2-D head output, but the embeddings have "
                            + embeddings.cols() + " dimensions; train a head of dimension 2 or pick pca, umap or tsne.");
                }
                coords = new FloatMatrix(embeddings.rows(), 2, embeddings.data().clone());
            }
            default -> throw new IllegalStateException("unhandled layout method " + method);
        }
        boolean aligned = false;
        if (previous != null && method != LayoutMethod.UMAP && options.alignToPrevious()) {
            coords = Procrustes.fit(coords, previous).apply(coords);
            aligned = true;
        }
        return new Result(coords, method, warm, aligned, (System.nanoTime() - started) / 1e9);
    }

    /** Runs a d = 2 head on backbone features: the network is the map. */
    public static FloatMatrix head(EmbeddingModel model, FloatMatrix features) {
        if (model.dim() != 2) {
            throw new UserError("The head layout needs a model of dimension 2, but this model has dimension "
                    + model.dim() + ".");
        }
        return model.embed(features);
    }

    private static void check(FloatMatrix embeddings, FloatMatrix previous) {
        if (embeddings.cols() < 1) {
            throw new UserError("The embeddings have no columns.");
        }
        float[] d = embeddings.data();
        for (int i = 0; i < d.length; i++) {
            if (!Float.isFinite(d[i])) {
                throw new UserError("Embedding row " + i / embeddings.cols() + " holds a non-finite value (" + d[i]
                        + "); it cannot be placed on the map.");
            }
        }
        if (previous != null && (previous.rows() != embeddings.rows() || previous.cols() != 2)) {
            throw new UserError("The previous coordinates are " + previous.rows() + "x" + previous.cols()
                    + ", but " + embeddings.rows() + "x2 are needed.");
        }
    }
}
