package org.silhouette.experiment;

import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the experiment compares: the backbone's own features (reduced by PCA) and a head per loss. */
public enum Method {
    INTROSPECTION("introspection", null),
    SILHOUETTE("silhouette", LossKind.SILHOUETTE),
    SILHOUETTE_MEAN("silhouette-mean", LossKind.SILHOUETTE_MEAN),
    CONTRASTIVE("contrastive", LossKind.CONTRASTIVE),
    TRIPLET("triplet", LossKind.TRIPLET),
    COSINE_COREL("cosine-corel", LossKind.COSINE_COREL),
    GAUSSIAN_COREL("gaussian-corel", LossKind.GAUSSIAN_COREL),
    CCE("cce", LossKind.CCE);

    private final String cliName;
    private final LossKind loss;

    Method(String cliName, LossKind loss) {
        this.cliName = cliName;
        this.loss = loss;
    }

    public String cliName() {
        return cliName;
    }

    /** The loss a head is trained with, or null for introspection (no head). */
    public LossKind loss() {
        return loss;
    }

    /** Parses a comma-separated list, keeping the given order and dropping repeats. */
    public static List<Method> parseList(String list) {
        List<Method> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Method m = Arrays.stream(values()).filter(v -> v.cliName.equals(name)).findFirst()
                    .orElseThrow(() -> new UserError("Unknown method '" + part.strip() + "'; choose from "
                            + Arrays.stream(values()).map(Method::cliName).collect(Collectors.joining(", ")) + "."));
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
        return cliName;
    }
}
