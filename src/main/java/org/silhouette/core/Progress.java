package org.silhouette.core;

/**
 * Receives progress from long-running work. Implementations must be cheap and thread-safe: work calls
 * this from background threads, and the app adapts it onto the FX thread.
 */
@FunctionalInterface
public interface Progress {

    /** Nothing listens. */
    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage short human-readable stage name, e.g. "Scanning" or "Training"
     * @param done units finished so far
     * @param total units in all, or -1 when unknown
     */
    void update(String stage, long done, long total);
}
