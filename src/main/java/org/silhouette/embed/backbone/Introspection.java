package org.silhouette.embed.backbone;

import org.silhouette.core.UserError;

/**
 * Which layer to read and how: the output index of a multi-output model (negative counts from the
 * end, so -1 is the last output), the pooling, and the square input size in pixels.
 */
public record Introspection(int tap, Pooling pooling, int size) {
    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 1024;

    public Introspection {
        if (pooling == null) {
            throw new UserError("Pooling must be avg or flatten.");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new UserError("Input size must be between " + MIN_SIZE + " and " + MAX_SIZE + " pixels, got " + size + ".");
        }
    }

    /** The last output, average-pooled, at 128 px: a sensible default on a CPU. */
    public static Introspection defaults() {
        return new Introspection(-1, Pooling.AVG, 128);
    }

    /** Resolves a possibly negative tap against the number of outputs, or says which taps exist. */
    int resolveTap(int outputs) {
        int t = tap < 0 ? outputs + tap : tap;
        if (t < 0 || t >= outputs) {
            throw new UserError("The model has " + outputs + (outputs == 1 ? " output" : " outputs")
                    + "; the output to read (the tap) must be between 0 and " + (outputs - 1)
                    + " (or -1 for the last), got " + tap + ".");
        }
        return t;
    }
}
