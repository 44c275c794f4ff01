package org.silhouette.core;

/** Thrown by work that stopped because its {@link Cancellation} was tripped. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled", null, false, false);
    }
}
