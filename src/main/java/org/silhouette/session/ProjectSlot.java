package org.silhouette.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The window's one open project and the work around it: the open under way, which alone may attach its session
 * (one cancelled or superseded meanwhile has its session freed instead), the thumbnails made ahead for the open
 * session, and the sessions closed, freed in the background after their work ({@link SessionClosing}). How long
 * the last open took is {@link OpenTimes}'. The window's thread calls it; {@link #isCurrent} may be asked from
 * the compute thread too.
 */
public final class ProjectSlot {

    private final Workers workers;
    private final SessionClosing closing = new SessionClosing();
    private final OpenTimes times = new OpenTimes();
    private volatile ProjectSession current;
    private Future<?> opening;
    private Future<?> prefetch;
    private Future<?> prefetchDone = CompletableFuture.completedFuture(null);

    /** @param workers the queues a closed session is freed on: its head on compute, its files on store */
    public ProjectSlot(Workers workers) {
        this.workers = workers;
    }

    /** The open project, or null. */
    public ProjectSession current() {
        return current;
    }

    /** Whether {@code ws} is the open project (events of another one are dropped). */
    public boolean isCurrent(ProjectSession ws) {
        return ws != null && ws == current;
    }

    /** How long the last open took to its first map and to the map with features and suggestions. */
    public OpenTimes times() {
        return times;
    }

    /**
     * A new open, {@code job}, which alone may attach a session from now on; {@code start} runs it once every
     * session closed before is freed.
     */
    public void open(Future<?> job, Runnable start) {
        times.start();
        opening = job;
        closing.done().whenComplete((v, t) -> start.run());
    }

    /**
     * The open {@code job} made {@code ws}: true when that makes it the open project; false when the job was
     * cancelled or superseded meanwhile, and {@code ws} is freed after the job ends.
     */
    public boolean attach(Future<?> job, ProjectSession ws) {
        if (opening != job) {
            free(ws);
            return false;
        }
        current = ws;
        return true;
    }

    /** The open {@code job} failed or was cancelled: true when it had attached its session, which must close now. */
    public boolean openFailed(Future<?> job) {
        if (opening != job) {
            return false;
        }
        opening = null;
        return current != null;
    }

    /** {@code job}, running as {@code done}, makes the open session's thumbnails ahead; the one before stops. */
    public void prefetching(Future<?> job, Future<?> done) {
        cancel(prefetch);
        prefetch = job;
        prefetchDone = done;
    }

    /**
     * Forgets the open project, stopping the open under way and the thumbnails, and frees it in the background
     * after its work and the label writes queued; completes once every closed session is freed.
     */
    public CompletableFuture<Void> close() {
        cancel(opening);
        opening = null;
        cancel(prefetch);
        prefetch = null;
        ProjectSession ws = current;
        current = null;
        if (ws != null) {
            free(ws);
        }
        return closing.done();
    }

    private void free(ProjectSession ws) {
        closing.close(ws, prefetchDone, workers.compute, workers.store);
    }

    private static void cancel(Future<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }
}
