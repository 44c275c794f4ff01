package org.silhouette.layout;

import org.silhouette.core.UserError;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How embeddings become 2-D map coordinates, by CLI name. */
public enum LayoutMethod {
    /** A head trained with d = 2: the network itself is the map. */
    HEAD("head"),
    PCA("pca"),
    UMAP("umap"),
    TSNE("tsne");

    private final String cliName;

    LayoutMethod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static LayoutMethod parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new UserError("Unknown layout method '" + name + "'; choose one of "
                        + Arrays.stream(values()).map(LayoutMethod::cliName).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
