package org.silhouette.embed.backbone;

import ai.djl.ndarray.NDArray;
import org.silhouette.core.UserError;

import java.util.Locale;

/** How a feature map [N, C, H, W] becomes one vector per image, as in the introspection tutorial. */
public enum Pooling {
    /** Global average over every axis after the channel axis: [N, C, ...] to [N, C]. */
    AVG,
    /** Everything after the batch axis laid out in one row: [N, C, H, W] to [N, C·H·W]. */
    FLATTEN;

    public static Pooling parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("Unknown pooling '" + name + "'; use avg or flatten.");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Applies the pooling to a channels-first batch; a 2-D [N, D] output passes through unchanged. */
    NDArray apply(NDArray x) {
        long n = x.getShape().get(0);
        int rank = x.getShape().dimension();
        if (rank <= 2) {
            return rank == 2 ? x : x.reshape(n, 1);
        }
        if (this == FLATTEN) {
            return x.reshape(n, -1);
        }
        // PyTorch's DJL binding averages over one axis at a time: fold the spatial axes into one first
        return x.reshape(n, x.getShape().get(1), -1).mean(new int[] {2});
    }
}
