package org.silhouette.experiment;

import org.silhouette.core.CliName;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;

import java.util.ArrayList;
import java.util.List;

/** What the experiment compares: the backbone's own features (reduced by PCA) and a head per loss. */
public enum Method implements CliName {
    INTROSPECTION(null),
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

    /** The loss a head is trained with, or null for introspection (no head). */
    public LossKind loss() {
        return loss;
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
