package org.silhouette.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.silhouette.session.LoopOptions;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.ProjectSession;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The labelling loop: a label change (after a quiet second) or the Retrain button fine-tunes the head,
 * re-embeds and moves the map, on the compute thread. A newer request cancels the running one; a request
 * still queued when a newer one arrives never starts. With Auto off, a label change only refreshes the
 * suggestions. FX thread.
 */
final class LoopController {

    static final Duration DEBOUNCE = Duration.seconds(1);

    private final Executor compute;
    private final TaskList tasks;
    private final StatusLine status;
    private final Supplier<LoopOptions> options;
    private final BiConsumer<ProjectSession, MapSnapshot> moved;
    private final BiConsumer<ProjectSession, MapSnapshot> analysed;
    private final BooleanProperty auto = new SimpleBooleanProperty(this, "auto", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final PauseTransition quiet = new PauseTransition(DEBOUNCE);
    private final AtomicLong generation = new AtomicLong();
    private ProjectSession session;
    private Job<ProjectSession.Outcome> running;
    private int roundsFinished;
    private long requestedAt;
    private double lastMoveSeconds = Double.NaN;
    private int changes;
    private int analysedChange = -1;
    /** The last snapshot handed to {@code analysed} while a job ran; FX thread. */
    private MapSnapshot handed;

    LoopController(Executor compute, TaskList tasks, StatusLine status, Supplier<LoopOptions> options,
            BiConsumer<ProjectSession, MapSnapshot> moved, BiConsumer<ProjectSession, MapSnapshot> analysed) {
        this.compute = compute;
        this.tasks = tasks;
        this.status = status;
        this.options = options;
        this.moved = moved;
        this.analysed = analysed;
        quiet.setOnFinished(e -> start(auto.get()));
    }

    BooleanProperty autoProperty() {
        return auto;
    }

    /** True while a round or a suggestions update is queued or running. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Seconds from the last round's request to its new coordinates reaching the map (NaN before any). */
    double lastMoveSeconds() {
        return lastMoveSeconds;
    }

    /** Rounds that ended and were shown, for tests and the status line. */
    int roundsFinished() {
        return roundsFinished;
    }

    /** Whether the analysis last shown was asked for after the last label change. */
    boolean analysisCurrent() {
        return analysedChange == changes;
    }

    void attach(ProjectSession s) {
        cancel();
        session = s;
    }

    /** The labels changed: retrain (or refresh suggestions) once the user pauses. */
    void labelsChanged() {
        changes++;
        if (session != null) {
            quiet.playFromStart();
        }
    }

    /** The Retrain button. */
    void retrainNow() {
        quiet.stop();
        start(true);
    }

    void cancel() {
        quiet.stop();
        generation.incrementAndGet();
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    private void start(boolean train) {
        ProjectSession ws = session;
        if (ws == null) {
            return;
        }
        long mine = generation.incrementAndGet();
        requestedAt = System.nanoTime();
        if (running != null) {
            running.cancel(); // superseded
        }
        LoopOptions opts = options.get();
        int forChange = changes;
        Job<ProjectSession.Outcome> job = new Job<>(train ? "Retraining the map" : "Updating suggestions",
                (progress, cancel) -> {
                    if (generation.get() != mine) {
                        return null; // a newer request came in before this one started
                    }
                    return ws.update(train, opts, progress, cancel, s -> Platform.runLater(() -> {
                        if (generation.get() == mine) {
                            lastMoveSeconds = (System.nanoTime() - requestedAt) / 1e9;
                        }
                        moved.accept(ws, s);
                    }), s -> Platform.runLater(() -> {
                        if (ws == session) {
                            analysedChange = forChange;
                            handed = s;
                            analysed.accept(ws, s);
                        }
                    }));
                });
        // the map's head and the quality figures' held-out head both train on a time budget, a fresh head longest
        job.timed("Training", train ? "Round " + (roundsFinished + 1) + ", training" : "Training",
                Math.max(opts.firstTrainSeconds(), opts.trainSeconds()));
        job.setOnSucceeded(e -> {
            ProjectSession.Outcome o = job.getValue();
            finished(job);
            if (o == null || ws != session) {
                return;
            }
            analysedChange = forChange;
            if (o.snapshot() != handed) { // a round hands its finished analysis over before it ends
                analysed.accept(ws, o.snapshot());
            }
            if (train && o.note() == null) {
                roundsFinished++;
            }
            status.message(o.note() != null ? o.note() : o.snapshot().status());
        });
        job.setOnFailed(e -> {
            finished(job);
            status.message((train ? "Retraining failed: " : "Suggestions failed: ") + Dialogs.describe(job.getException()));
        });
        job.setOnCancelled(e -> finished(job));
        running = job;
        busy.set(true);
        tasks.add(job);
        compute.execute(job);
    }

    private void finished(Job<ProjectSession.Outcome> job) {
        if (running == job) {
            running = null;
            busy.set(false);
        }
    }
}
