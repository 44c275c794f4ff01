package org.silhouette.embed.loss;

import org.silhouette.core.UserError;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The losses a head can be trained with, by their CLI names. */
public enum LossKind {
    SILHOUETTE("silhouette"),
    SILHOUETTE_MEAN("silhouette-mean"),
    CONTRASTIVE("contrastive"),
    TRIPLET("triplet"),
    COSINE_COREL("cosine-corel"),
    GAUSSIAN_COREL("gaussian-corel"),
    CCE("cce");

    private final String cliName;

    LossKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static LossKind parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new UserError("Unknown loss '" + name + "'; choose one of "
                        + Arrays.stream(values()).map(LossKind::cliName).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
