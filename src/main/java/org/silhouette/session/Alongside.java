package org.silhouette.session;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A piece of work run on its own daemon thread while the caller's thread does another, then joined: the
 * loop round's layout and suggestions are both single-threaded and independent, so on two cores they can
 * share the wall time. The result is the same as running them one after the other.
 */
final class Alongside<T> {
    private final FutureTask<T> task;
    private volatile long nanos;

    private Alongside(Supplier<T> work) {
        this.task = new FutureTask<>(() -> {
            long t0 = System.nanoTime();
            try {
                return work.get();
            } finally {
                nanos = System.nanoTime() - t0;
            }
        });
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    static <T> Alongside<T> start(String name, Supplier<T> work) {
        Alongside<T> a = new Alongside<>(work);
        Thread.ofPlatform().daemon().name(name).start(a.task);
        return a;
    }

    /** Waits for the work and returns its result; its exception, if it threw, is thrown here as it was. */
    T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + e.getMessage(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How long the work itself ran; meaningful after {@link #join}. */
    double seconds() {
        return nanos / 1e9;
    }
}
