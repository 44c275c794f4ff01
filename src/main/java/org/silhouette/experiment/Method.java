package org.silhouette.experiment;

import org.silhouette.core.CliName;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;

import java.util.ArrayList;
import java.util.List;

/**
 * What the experiment compares: the backbone's own features (reduced by PCA or UMAP), a head per loss
 * trained on the labelled images, and the semi-supervised heads that also see the unlabelled images
 * through a structure term.
 */
public enum Method implements CliName {
    INTROSPECTION(null),
    /** A 16-d UMAP of the raw backbone features: what a FiftyOne user gets. */
    INTROSPECTION_UMAP(null),
    /** The default head with its structure term alone: no label is used. */
    NO_LABELS(LossKind.SILHOUETTE),
    /** The app's head: silhouette on the labelled images plus the structure term on every unlabelled one. */
    SEMI_SILHOUETTE(LossKind.SILHOUETTE),
    SILHOUETTE(LossKind.SILHOUETTE),
    SILHOUETTE_MEAN(LossKind.SILHOUETTE_MEAN),
    CONTRASTIVE(LossKind.CONTRASTIVE),
    TRIPLET(LossKind.TRIPLET),
    COSINE_COREL(LossKind.COSINE_COREL),
    GAUSSIAN_COREL(LossKind.GAUSSIAN_COREL),
    CCE(LossKind.CCE);

    private final LossKind loss;

    Method(LossKind loss) {
        this.loss = loss;
    }

    /** The method the app trains, named as "default" in every report. */
    public static final Method DEFAULT = SEMI_SILHOUETTE;

    /** The loss a head is trained with, or null for introspection (no head). */
    public LossKind loss() {
        return loss;
    }

    /** Whether the head also sees the unlabelled images, through the structure term. */
    public boolean usesStructure() {
        return this == NO_LABELS || this == SEMI_SILHOUETTE;
    }

    /** Whether the method uses the training images' labels at all. */
    public boolean usesLabels() {
        return loss != null && this != NO_LABELS;
    }

    /** Parses a comma-separated list, keeping the given order and dropping repeats. */
    public static List<Method> parseList(String list) {
        List<Method> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Method m = CliName.find(values(), part).orElseThrow(() -> new UserError("Unknown method '" + part.strip()
                    + "'; choose from " + CliName.choices(values()) + "."));
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            throw new UserError("No method was named.");
        }
        return out;
    }

    @Override
    public String toString() {
        return cliName();
    }
}
