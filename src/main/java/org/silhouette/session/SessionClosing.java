package org.silhouette.session;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * Frees closed sessions in the background, one after another: the head (and its native memory) on the compute
 * thread, which owns it, then, once the thumbnails being made ahead have stopped, the thumbnails and the store on
 * the store thread, after the label writes queued there. A failure to free one never stops the next.
 */
public final class SessionClosing {

    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    /** Completes once every session handed to {@link #close} so far has been freed. */
    public CompletableFuture<Void> done() {
        return last;
    }

    /** Frees {@code ws} after the sessions before it; {@code thumbnails} is its thumbnail work, waited for. */
    public void close(ProjectSession ws, Future<?> thumbnails, Executor compute, Executor store) {
        close(ws::closeMap, ws::closeFiles, thumbnails, compute, store);
    }

    /** {@code closeMap} on {@code compute}, then {@code closeFiles} on {@code store} once {@code thumbnails} ended. */
    void close(Runnable closeMap, Runnable closeFiles, Future<?> thumbnails, Executor compute, Executor store) {
        last = last.thenRunAsync(closeMap, compute)
                .thenRunAsync(() -> {
                    await(thumbnails);
                    closeFiles.run();
                }, store)
                .exceptionally(t -> null);
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // the work ended; that is all we wait for
        }
    }
}
