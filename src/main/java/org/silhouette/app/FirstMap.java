package org.silhouette.app;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;
import org.silhouette.session.IntrospectionMap;
import org.silhouette.session.MapState;

/**
 * The map a project opens with: the saved layout when it still covers every row, else a layout continued
 * from whatever it covers, else a fresh one; through the saved head when there is one, else from the
 * backbone's own view ({@link IntrospectionMap}).
 */
final class FirstMap {

    private FirstMap() {
    }

    /**
     * @param saved the saved coordinates of each row (NaN rows: not placed yet), or null
     * @param head the saved head, or null; the returned state owns it
     */
    static MapState make(FloatMatrix features, FloatMatrix saved, EmbeddingModel head, long seed, Progress progress,
            Cancellation cancel) {
        boolean complete = saved != null && saved.allFinite();
        FloatMatrix partial = saved != null && anyFinite(saved) ? saved : null;
        if (head != null) {
            progress.update("Embedding with the saved head", 0, 1);
            FloatMatrix embedding = head.embed(features);
            FloatMatrix coords = complete ? saved
                    : Umap.fit(embedding, UmapOptions.builder().seed(seed).build(), partial, progress, cancel).coordinates();
            return new MapState(head, embedding, coords);
        }
        if (complete) {
            return new MapState(null, IntrospectionMap.backboneView(features), saved);
        }
        return IntrospectionMap.fit(features, partial, seed, progress, cancel);
    }

    private static boolean anyFinite(FloatMatrix m) {
        for (int r = 0; r < m.rows(); r++) {
            if (Float.isFinite(m.get(r, 0)) && Float.isFinite(m.get(r, 1))) {
                return true;
            }
        }
        return false;
    }
}
