package org.silhouette.app;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

/**
 * Background work of which only the latest request counts: each {@link #run} supersedes the requests before
 * it, whose results are dropped and whose work is skipped if it has not started yet (an image the user has
 * stepped past is never decoded). Requests and results on the FX thread; the work on its executor.
 */
final class LatestOnly {

    private volatile long generation;

    /** Drops every request made so far (a window closed). */
    void cancel() {
        generation++;
    }

    /**
     * Runs {@code work} on {@code executor}; {@code done} gets its result, or what it threw, on the FX thread
     * unless a newer request came meanwhile. Nothing runs once the executor is shut down (the window is closing).
     */
    <T> void run(ExecutorService executor, Callable<T> work, BiConsumer<T, Throwable> done) {
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
            Platform.runLater(() -> {
                if (mine == generation) {
                    done.accept(r, t);
                }
            });
        });
    }
}
