package org.silhouette.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The background threads a window runs its session on, each a single ordered queue:
 * <ul>
 *   <li>{@code compute}: opening, features, the loop's rounds, suggestions; owns the model and features;</li>
 *   <li>{@code store}: every project-store call from the UI (label operations, undo, settings), in order;</li>
 *   <li>{@code files}: thumbnail prefetch, exports and imports of files;</li>
 *   <li>{@code inspector}: thumbnails for the selection grid.</li>
 * </ul>
 * Non-daemon on purpose: closing must end them, and a leak would show.
 */
public final class Workers {

    /** Something else stopped with the queues, waited for after them (the map's image loaders). */
    @FunctionalInterface
    public interface Ending {
        boolean await(long millis) throws InterruptedException;
    }

    public final ExecutorService compute = single("silhouette-compute");
    public final ExecutorService store = single("silhouette-store");
    public final ExecutorService files = single("silhouette-files");
    public final ExecutorService inspector = single("silhouette-inspector");

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name(name).unstarted(r));
    }

    /** The queue a file action runs on. */
    public ExecutorService of(FileActions.Queue queue) {
        return switch (queue) {
            case FILES -> files;
            case COMPUTE -> compute;
            case STORE -> store;
        };
    }

    private List<ExecutorService> all() {
        return List.of(compute, store, files, inspector);
    }

    /** Lets queued work finish, accepts no more. */
    public void shutdown() {
        all().forEach(ExecutorService::shutdown);
    }

    /** Off the FX thread: waits for every queue to end. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ExecutorService e : all()) {
            if (!e.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Once {@code closed} completes (the session freed after its queued work), accepts no more work; the result
     * completes when every queue has ended (waiting at most 30 s) and then {@code also} (at most 10 s), waited for
     * on a thread of its own so the caller's thread never blocks.
     */
    public CompletableFuture<Void> shutdownAfter(CompletableFuture<Void> closed, Ending also) {
        CompletableFuture<Void> all = new CompletableFuture<>();
        closed.whenComplete((v, t) -> {
            shutdown();
            Thread.ofPlatform().name("silhouette-closer").start(() -> {
                try {
                    awaitTermination(30_000);
                    also.await(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                all.complete(null);
            });
        });
        return all;
    }
}
