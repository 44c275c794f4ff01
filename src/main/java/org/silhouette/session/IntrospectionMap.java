package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.Standardizer;
import org.silhouette.layout.Pca;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;

/**
 * The map before anyone labelled anything: the backbone's own view of the images ("layer introspection"),
 * standardised, reduced by PCA so the neighbour search stays cheap, then laid out by UMAP.
 */
public final class IntrospectionMap {
    /** Enough components to keep the neighbourhoods; the k-NN search cost grows linearly with it. */
    static final int COMPONENTS = 32;

    private IntrospectionMap() {
    }

    /**
     * @param previous earlier coordinates for the same rows to continue from, or null for a fresh map
     */
    public static MapState fit(FloatMatrix features, FloatMatrix previous, long seed, Progress progress,
            Cancellation cancel) {
        progress.update("Reducing features", 0, 1);
        FloatMatrix reduced = backboneView(features);
        cancel.check();
        progress.update("Reducing features", 1, 1);
        UmapOptions umap = UmapOptions.builder().seed(seed).build();
        FloatMatrix coords = Umap.fit(reduced, umap, previous, progress, cancel).coordinates();
        return new MapState(null, reduced, coords);
    }

    /**
     * The backbone features as the map sees them: standardised, then PCA-reduced. Also what anchors every
     * refreshed map ({@link RefreshLoop}).
     */
    public static FloatMatrix backboneView(FloatMatrix features) {
        Standardizer s = Standardizer.fit(features);
        FloatMatrix standardized = new FloatMatrix(features.rows(), features.cols(),
                s.applyRange(features, 0, features.rows()));
        return Pca.reduce(standardized, Math.min(COMPONENTS, features.cols()));
    }
}
