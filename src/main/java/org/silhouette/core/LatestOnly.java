package org.silhouette.core;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

/**
 * Background work of which only the latest request counts: each {@link #run} supersedes the requests before
 * it, whose results are dropped and whose work is skipped if it has not started yet (an image the user has
 * stepped past is never decoded). Requests are made and results handed over on one thread (the app's FX
 * thread); the work runs on its executor.
 */
public final class LatestOnly {

    private final Executor resultsOn;
    private volatile long generation;

    /** @param resultsOn runs each result's hand-over on the requests' thread ({@code Platform::runLater}) */
    public LatestOnly(Executor resultsOn) {
        this.resultsOn = resultsOn;
    }

    /** Drops every request made so far (a window closed). */
    public void cancel() {
        generation++;
    }

    /**
     * Runs {@code work} on {@code executor}; {@code done} gets its result, or what it threw, on the requests' thread
     * unless a newer request came meanwhile. Nothing runs once the executor is shut down (the window is closing).
     */
    public <T> void run(ExecutorService executor, Callable<T> work, BiConsumer<T, Throwable> done) {
        long mine = ++generation;
        if (executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            if (mine != generation) {
                return;
            }
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                error = e;
            }
            T r = result;
            Throwable t = error;
            resultsOn.execute(() -> {
                if (mine == generation) {
                    done.accept(r, t);
                }
            });
        });
    }
}
