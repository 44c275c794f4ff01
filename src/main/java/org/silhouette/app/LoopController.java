package org.silhouette.app;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.silhouette.core.UserError;
import org.silhouette.session.LoopOptions;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.silhouette.session.MapSnapshot;

/**
 * The labelling loop: a label change (after a quiet second) or the Retrain button fine-tunes the head,
 * re-embeds and moves the map, on the compute thread. A newer request cancels the running one; a request
 * still queued when a newer one arrives never starts. With Auto off, a label change only refreshes the
 * suggestions. FX thread.
 */
final class LoopController {

    static final Duration DEBOUNCE = Duration.seconds(1);

    /** What a round hands back: the analysed snapshot, and a note when it could not train. */
    private record Outcome(MapSnapshot snapshot, String note) {
    }

    private final Executor compute;
    private final TaskList tasks;
    private final StatusLine status;
    private final Supplier<LoopOptions> options;
    private final BiConsumer<Workspace, MapSnapshot> moved;
    private final BiConsumer<Workspace, MapSnapshot> analysed;
    private final BooleanProperty auto = new SimpleBooleanProperty(this, "auto", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final PauseTransition quiet = new PauseTransition(DEBOUNCE);
    private final AtomicLong generation = new AtomicLong();
    private Workspace workspace;
    private Job<Outcome> running;
    private int roundsFinished;
    private long requestedAt;
    private double lastMoveSeconds = Double.NaN;

    LoopController(Executor compute, TaskList tasks, StatusLine status, Supplier<LoopOptions> options,
            BiConsumer<Workspace, MapSnapshot> moved, BiConsumer<Workspace, MapSnapshot> analysed) {
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

    void attach(Workspace ws) {
        cancel();
        workspace = ws;
    }

    /** The labels changed: retrain (or refresh suggestions) once the user pauses. */
    void labelsChanged() {
        if (workspace != null) {
            quiet.playFromStart();
        }
    }

    /** The Retrain button. */
    void retrainNow() {
        quiet.stop();
        start(true);
    }

    /** Suggestions and quality for the current map, without training (after opening). */
    void analyseNow() {
        start(false);
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
        Workspace ws = workspace;
        if (ws == null) {
            return;
        }
        long mine = generation.incrementAndGet();
        requestedAt = System.nanoTime();
        if (running != null) {
            running.cancel(); // superseded
        }
        LoopOptions opts = options.get();
        Job<Outcome> job = new Job<>(train ? "Retraining the map" : "Updating suggestions", (progress, cancel) -> {
            if (generation.get() != mine) {
                return null; // a newer request came in before this one started
            }
            java.util.function.Consumer<MapSnapshot> early = s -> javafx.application.Platform.runLater(() -> {
                if (ws == workspace) {
                    analysed.accept(ws, s);
                }
            });
            if (!train) {
                return new Outcome(ws.analyse(progress, cancel, early), null);
            }
            try {
                return new Outcome(ws.refresh(opts, progress, cancel,
                        s -> javafx.application.Platform.runLater(() -> {
                            if (generation.get() == mine) {
                                lastMoveSeconds = (System.nanoTime() - requestedAt) / 1e9;
                            }
                            moved.accept(ws, s);
                        }), early), null);
            } catch (UserError e) {
                return new Outcome(ws.analyse(progress, cancel, early), e.getMessage()); // e.g. fewer than two labels
            }
        });
        job.setOnSucceeded(e -> {
            Outcome o = job.getValue();
            finished(job);
            if (o == null || ws != workspace) {
                return;
            }
            analysed.accept(ws, o.snapshot());
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

    private void finished(Job<Outcome> job) {
        if (running == job) {
            running = null;
            busy.set(false);
        }
    }
}
