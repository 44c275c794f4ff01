package org.silhouette.core;

import java.util.concurrent.atomic.AtomicBoolean;

/** A {@link Cancellation} that someone can trip once, from any thread. */
public final class CancelFlag implements Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
