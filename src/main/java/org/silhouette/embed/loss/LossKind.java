package org.silhouette.embed.loss;

import org.silhouette.core.CliName;

/** The losses a head can be trained with, by their CLI names. */
public enum LossKind implements CliName {
    SILHOUETTE,
    SILHOUETTE_MEAN,
    CONTRASTIVE,
    TRIPLET,
    COSINE_COREL,
    GAUSSIAN_COREL,
    CCE;

    /**
     * Whether the loss works on the head's embeddings directly (no class vectors, no logits), so the
     * structure term can share the embedding with it.
     */
    public boolean combinesWithStructure() {
        return this == SILHOUETTE || this == SILHOUETTE_MEAN || this == CONTRASTIVE || this == TRIPLET;
    }

    public static LossKind parse(String name) {
        return CliName.parse(values(), name, "loss");
    }

    @Override
    public String toString() {
        return cliName();
    }
}
