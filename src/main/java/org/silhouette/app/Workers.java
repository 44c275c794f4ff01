package org.silhouette.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The window's background threads, each a single ordered queue:
 * <ul>
 *   <li>{@code compute}: opening, features, the loop's rounds, suggestions; owns the model and features;</li>
 *   <li>{@code store}: every project-store call from the UI (label operations, undo, settings), in order;</li>
 *   <li>{@code files}: thumbnail prefetch, exports and imports of files;</li>
 *   <li>{@code inspector}: thumbnails for the selection grid.</li>
 * </ul>
 * Non-daemon on purpose: closing must end them, and a leak would show.
 */
final class Workers {

    final ExecutorService compute = single("silhouette-compute");
    final ExecutorService store = single("silhouette-store");
    final ExecutorService files = single("silhouette-files");
    final ExecutorService inspector = single("silhouette-inspector");

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name(name).unstarted(r));
    }

    private List<ExecutorService> all() {
        return List.of(compute, store, files, inspector);
    }

    /** Lets queued work finish, accepts no more. */
    void shutdown() {
        all().forEach(ExecutorService::shutdown);
    }

    /** Off the FX thread: waits for every queue to end. */
    boolean awaitTermination(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ExecutorService e : all()) {
            if (!e.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }
}
