package org.silhouette.layout;

/**
 * Which layout to compute and how.
 *
 * @param method head, pca, umap or tsne
 * @param umap UMAP's knobs (used by {@link LayoutMethod#UMAP})
 * @param tsne t-SNE's knobs (used by {@link LayoutMethod#TSNE})
 * @param alignToPrevious for head, PCA and t-SNE: rotate/reflect/scale/shift the new layout onto the
 *     previous coordinates (Procrustes) so the map does not spin or flip; UMAP starts from them instead
 */
public record LayoutOptions(LayoutMethod method, UmapOptions umap, TsneOptions tsne, boolean alignToPrevious) {

    public LayoutOptions {
        if (method == null) {
            throw new IllegalArgumentException("a layout method is required");
        }
        if (umap == null) {
            umap = UmapOptions.defaults();
        }
        if (tsne == null) {
            tsne = TsneOptions.defaults();
        }
    }

    /** Defaults for a method, every random source seeded with {@code seed}. */
    public static LayoutOptions of(LayoutMethod method, long seed) {
        return new LayoutOptions(method, UmapOptions.builder().seed(seed).build(), TsneOptions.defaults().withSeed(seed), true);
    }

    public LayoutOptions withUmap(UmapOptions u) {
        return new LayoutOptions(method, u, tsne, alignToPrevious);
    }

    public LayoutOptions withTsne(TsneOptions t) {
        return new LayoutOptions(method, umap, t, alignToPrevious);
    }
}
