package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.Standardizer;

/**
 * The label-free (or label-aware) map of the backbone's features that the semi-supervised head's structure
 * term pins unlabelled images to: standardise, keep the top {@link #VIEW_COMPONENTS} principal components
 * (which drops the noisiest directions of a 1,280-wide feature), then UMAP into the head's dimension with
 * min_dist 0, since the target is for neighbourhoods, not for looking at.
 */
public final class StructureMap {
    /** Principal components of the standardised features that the neighbourhoods are measured in. */
    public static final int VIEW_COMPONENTS = 128;

    private StructureMap() {
    }

    /** The standardised PCA view in which neighbourhoods are measured, [n, min(128, d)]. */
    public static FloatMatrix view(FloatMatrix features) {
        Standardizer st = Standardizer.fit(features);
        FloatMatrix z = new FloatMatrix(features.rows(), features.cols(), st.applyRange(features, 0, features.rows()));
        int k = Math.min(VIEW_COMPONENTS, Math.min(features.cols(), features.rows()));
        return k == features.cols() ? z : Pca.reduce(z, k);
    }

    /**
     * @param labels a label per row (-1 for unlabelled) to make the neighbourhood graph label-aware, or null
     * @return target coordinates [n, dim]
     */
    public static FloatMatrix fit(FloatMatrix features, int dim, int[] labels, long seed, int threads,
            Progress progress, Cancellation cancel) {
        UmapOptions options = UmapOptions.builder().minDist(0).seed(seed).threads(threads).build();
        return UmapSpace.fit(view(features), dim, labels, options, progress, cancel);
    }
}
