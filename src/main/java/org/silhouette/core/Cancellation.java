package org.silhouette.core;

/** Polled by long-running work between units; {@link #check()} turns a request into {@link CancelledException}. */
@FunctionalInterface
public interface Cancellation {

    /** Never cancelled. */
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
