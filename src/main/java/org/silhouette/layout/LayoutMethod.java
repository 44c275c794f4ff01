package org.silhouette.layout;

import org.silhouette.core.CliName;

/** How embeddings become 2-D map coordinates, by CLI name. */
public enum LayoutMethod implements CliName {
    /** A head trained with d = 2: the network itself is the map. */
    HEAD,
    PCA,
    UMAP,
    TSNE;

    public static LayoutMethod parse(String name) {
        return CliName.parse(values(), name, "layout method");
    }

    @Override
    public String toString() {
        return cliName();
    }
}
