package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The labelling loop's bookkeeping for the window: which request is the newest (an older one that has not
 * started never runs, and its results are not timed), which label change the analysis last shown was asked
 * after, the rounds finished, and how long the newest round took to move the map. The window's thread calls it,
 * except {@link #run} and {@link #isNewest}, which the compute thread calls too.
 */
public final class LoopRounds {

    /** One request: its place in the order of requests, the label change it follows and when it was made. */
    public record Request(long id, int change, long requestedNanos) {
    }

    private final AtomicLong newest = new AtomicLong();
    private int changes;
    private int analysedChange = -1;
    /** The analysis last handed over while a round ran, so that its end does not hand it over again. */
    private MapSnapshot handed;
    private int roundsFinished;
    private double lastMoveSeconds = Double.NaN;

    /** The labels changed: the analysis shown is out of date until one asked for after now is shown. */
    public void labelsChanged() {
        changes++;
    }

    /** A new request, which supersedes every one before it. */
    public Request request() {
        return new Request(newest.incrementAndGet(), changes, System.nanoTime());
    }

    /** Supersedes every request so far without a new one. */
    public void cancel() {
        newest.incrementAndGet();
    }

    /** Whether no request (or cancel) came after {@code r}; any thread. */
    public boolean isNewest(Request r) {
        return newest.get() == r.id();
    }

    /**
     * Runs request {@code r} for {@code ws} on the calling (compute) thread, unless a newer one came before it
     * started (then null): a round that trains the head ({@code train}) or a suggestions update. Its new
     * coordinates (timed, {@link #moved}) and its analysis go to {@code moved} and {@code analysed} on
     * {@code window}, the window's thread.
     */
    public ProjectSession.Outcome run(Request r, ProjectSession ws, boolean train, LoopOptions options,
            Progress progress, Cancellation cancel, Executor window, Consumer<MapSnapshot> moved,
            Consumer<MapSnapshot> analysed) {
        if (!isNewest(r)) {
            return null;
        }
        return ws.update(train, options, progress, cancel, s -> window.execute(() -> {
            moved(r);
            moved.accept(s);
        }), s -> window.execute(() -> analysed.accept(s)));
    }

    /** {@code r}'s new coordinates reached the map: timed, unless a newer request came meanwhile. */
    public void moved(Request r) {
        if (isNewest(r)) {
            lastMoveSeconds = (System.nanoTime() - r.requestedNanos()) / 1e9;
        }
    }

    /** {@code r}'s round handed its analysis over before it ended. */
    public void handed(Request r, MapSnapshot s) {
        analysedChange = r.change();
        handed = s;
    }

    /**
     * {@code r} ended with {@code s}; a round that trained counts as finished. True when {@code s} is still to be
     * shown: a round hands its analysis over before it ends, and that one is not shown twice.
     */
    public boolean ended(Request r, MapSnapshot s, boolean trained) {
        analysedChange = r.change();
        if (trained) {
            roundsFinished++;
        }
        return s != handed;
    }

    /** Whether the analysis last shown was asked for after the last label change. */
    public boolean analysisCurrent() {
        return analysedChange == changes;
    }

    /** Rounds that trained and ended. */
    public int roundsFinished() {
        return roundsFinished;
    }

    /** Seconds from the last timed request to its new coordinates reaching the map (NaN before any). */
    public double lastMoveSeconds() {
        return lastMoveSeconds;
    }
}
