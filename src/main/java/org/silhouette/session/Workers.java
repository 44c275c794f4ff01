package org.silhouette.session;

import java.util.List;
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

    public final ExecutorService compute = single("silhouette-compute");
    public final ExecutorService store = single("silhouette-store");
    public final ExecutorService files = single("silhouette-files");
    public final ExecutorService inspector = single("silhouette-inspector");

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name(name).unstarted(r));
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
}
