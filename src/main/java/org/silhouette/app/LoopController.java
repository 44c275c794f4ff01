package org.silhouette.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.silhouette.session.Failures;
import org.silhouette.session.LoopOptions;
import org.silhouette.session.LoopRounds;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.ProjectSession;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The labelling loop: a label change (after a quiet second) or the Retrain button fine-tunes the head,
 * re-embeds and moves the map, on the compute thread. A newer request cancels the running one; a request
 * still queued when a newer one arrives never starts. With Auto off, a label change only refreshes the
 * suggestions. Which request is current and what was shown is {@link LoopRounds}'s. FX thread.
 */
public final class LoopController {

    static final Duration DEBOUNCE = Duration.seconds(1);

    private final Executor compute;
    private final TaskList tasks;
    private final StatusLine status;
    private final BiConsumer<ProjectSession, MapSnapshot> moved;
    private final BiConsumer<ProjectSession, MapSnapshot> analysed;
    private final BooleanProperty auto = new SimpleBooleanProperty(this, "auto", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final PauseTransition quiet = new PauseTransition(DEBOUNCE);
    private final LoopRounds rounds = new LoopRounds();
    private ProjectSession session;
    private Job<ProjectSession.Outcome> running;

    LoopController(Executor compute, TaskList tasks, StatusLine status, BiConsumer<ProjectSession, MapSnapshot> moved,
            BiConsumer<ProjectSession, MapSnapshot> analysed) {
        this.compute = compute;
        this.tasks = tasks;
        this.status = status;
        this.moved = moved;
        this.analysed = analysed;
        quiet.setOnFinished(e -> start(auto.get()));
    }

    BooleanProperty autoProperty() {
        return auto;
    }

    /** True while a round or a suggestions update is queued or running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Seconds from the last round's request to its new coordinates reaching the map (NaN before any). */
    public double lastMoveSeconds() {
        return rounds.lastMoveSeconds();
    }

    /** Rounds that ended and were shown, for tests and the status line. */
    public int roundsFinished() {
        return rounds.roundsFinished();
    }

    /** Whether the analysis last shown was asked for after the last label change. */
    boolean analysisCurrent() {
        return rounds.analysisCurrent();
    }

    void attach(ProjectSession s) {
        cancel();
        session = s;
    }

    /** The labels changed: retrain (or refresh suggestions) once the user pauses. */
    void labelsChanged() {
        rounds.labelsChanged();
        if (session != null) {
            quiet.playFromStart();
        }
    }

    /** The Retrain button. */
    public void retrainNow() {
        quiet.stop();
        start(true);
    }

    void cancel() {
        quiet.stop();
        rounds.cancel();
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
        LoopRounds.Request mine = rounds.request();
        if (running != null) {
            running.cancel(); // superseded
        }
        LoopOptions opts = ws.settings().loopOptions(); // as the settings are now: a change applies from here
        Job<ProjectSession.Outcome> job = new Job<>(train ? "Retraining the map" : "Updating suggestions",
                (progress, cancel) -> rounds.run(mine, ws, train, opts, progress, cancel, Platform::runLater,
                        s -> moved.accept(ws, s), s -> {
                            if (ws == session) {
                                rounds.handed(mine, s);
                                analysed.accept(ws, s);
                            }
                        }));
        // the map's head and the quality figures' held-out head both train on a time budget, a fresh head longest
        job.timed("Training", train ? "Round " + (rounds.roundsFinished() + 1) + ", training" : "Training",
                Math.max(opts.firstTrainSeconds(), opts.trainSeconds()));
        job.setOnSucceeded(e -> {
            ProjectSession.Outcome o = job.getValue();
            finished(job);
            if (o == null || ws != session) {
                return;
            }
            if (rounds.ended(mine, o.snapshot(), train && o.note() == null)) {
                analysed.accept(ws, o.snapshot());
            }
            status.message(o.note() != null ? o.note() : o.snapshot().status());
        });
        job.setOnFailed(e -> {
            finished(job);
            status.message((train ? "Retraining failed: " : "Suggestions failed: ") + Failures.describe(job.getException()));
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
