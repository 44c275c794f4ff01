package org.silhouette.app;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.silhouette.project.LabelState;
import org.silhouette.session.FreshProject;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectLocation;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.Rows;
import org.silhouette.session.UserPrefs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens and closes projects: the opening stages as one cancellable task (store, scan, features, first map),
 * thumbnails made ahead in a second one, the store's changes forwarded to the window. Closing cancels the
 * work, lets pending label writes finish, then frees the head, the thumbnails and the store. FX thread.
 */
final class ProjectController {

    /** Where the window's parts learn about the open project. */
    interface Listener {
        void opened(ProjectSession session);

        void mapShown(ProjectSession session, MapSnapshot s);

        void analysed(ProjectSession session, MapSnapshot s);

        void labelsChanged(ProjectSession session, LabelState s);

        void closed();
    }

    private final Workers workers;
    private final TaskList tasks;
    private final StatusLine status;
    private final Listener listener;
    private final Supplier<Window> owner;
    private final UserPrefs prefs;
    private final ReadOnlyObjectWrapper<ProjectSession> current = new ReadOnlyObjectWrapper<>(this, "session");
    private Job<ProjectSession> opening;
    private Job<Void> prefetch;
    private Future<?> prefetchDone = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> lastClose = CompletableFuture.completedFuture(null);
    private long openStarted;

    ProjectController(Workers workers, TaskList tasks, StatusLine status, Listener listener, Supplier<Window> owner,
            UserPrefs prefs) {
        this.workers = workers;
        this.tasks = tasks;
        this.status = status;
        this.listener = listener;
        this.owner = owner;
        this.prefs = prefs;
    }

    ReadOnlyObjectProperty<ProjectSession> currentProperty() {
        return current.getReadOnlyProperty();
    }

    ProjectSession current() {
        return current.get();
    }

    /** Seconds from the open request to the map with features and suggestions (0 until then). */
    double lastOpenSeconds;
    /** Seconds from the open request to the first map on screen (the saved one, when there is one). */
    double firstMapSeconds;

    /** Closes what is open, then opens {@code request}; {@code done} gets true once the map is up. */
    void open(OpenRequest request, Consumer<Boolean> done) {
        closeCurrent();
        openStarted = System.nanoTime();
        lastOpenSeconds = 0;
        firstMapSeconds = 0;
        Path dataHome = ProjectLocation.userDataHome();
        boolean zoo = prefs.zooAnswer() == UserPrefs.ZooAnswer.YES;
        java.util.concurrent.atomic.AtomicReference<Job<ProjectSession>> self = new java.util.concurrent.atomic.AtomicReference<>();
        Job<ProjectSession> job = new Job<>("Opening " + request.title(), (progress, cancel) -> {
            ProjectSession ws = ProjectSession.open(request, dataHome, progress, cancel);
            Platform.runLater(() -> attach(self.get(), ws)); // from here on the FX side owns closing it
            MapSnapshot first = ws.embedAndMap(zoo, s -> Platform.runLater(() -> previewReady(ws, s)), progress,
                    cancel);
            Platform.runLater(() -> mapReady(ws, first));
            MapSnapshot analysed = ws.analyse(progress, cancel, s -> Platform.runLater(() -> {
                if (current.get() == ws) {
                    listener.analysed(ws, s);
                }
            }));
            Platform.runLater(() -> {
                if (current.get() == ws) {
                    listener.analysed(ws, analysed);
                }
            });
            return ws;
        });
        self.set(job);
        job.setOnSucceeded(e -> {
            lastOpenSeconds = (System.nanoTime() - openStarted) / 1e9;
            saveRecent(request);
            done.accept(true);
            prepareLoop(job.getValue());
        });
        job.setOnFailed(e -> {
            forgetFailedOpen(job);
            // the reason goes in the status too: screenshot mode and scripts read it there, not in the dialog
            status.message("Could not open " + request.title() + ": " + Dialogs.describe(job.getException()));
            Optional<OpenRequest> fresh = FreshProject.forFailure(job.getException(), request);
            if (fresh.isPresent()) {
                FreshProjectOffer.show(owner.get(), "Could not open " + request.title(),
                        Dialogs.describe(job.getException()), fresh.get(), r -> open(r, opened -> { }));
            } else {
                Dialogs.error(owner.get(), "Could not open " + request.title(), job.getException());
            }
            done.accept(false);
        });
        job.setOnCancelled(e -> {
            forgetFailedOpen(job);
            status.message("Opening cancelled.");
            done.accept(false);
        });
        opening = job;
        tasks.add(job);
        lastClose.whenComplete((v, t) -> workers.compute.execute(job));
    }

    /** Re-embeds with new backbone settings, keeping the labels; the map continues from where it is. */
    void reembed(ProjectSettings next, Consumer<Boolean> done) {
        ProjectSession ws = current.get();
        if (ws == null) {
            return;
        }
        boolean zoo = prefs.zooAnswer() == UserPrefs.ZooAnswer.YES;
        Job<MapSnapshot> job = new Job<>("Computing new features", (p, c) -> {
            MapSnapshot s = ws.reembed(next, zoo, p, c);
            Platform.runLater(() -> mapReady(ws, s));
            MapSnapshot a = ws.analyse(p, c, x -> Platform.runLater(() -> listener.analysed(ws, x)));
            Platform.runLater(() -> listener.analysed(ws, a));
            return a;
        });
        job.setOnSucceeded(e -> done.accept(true));
        job.setOnFailed(e -> {
            Dialogs.error(owner.get(), "Could not compute features with the new backbone", job.getException());
            done.accept(false);
        });
        job.setOnCancelled(e -> done.accept(false));
        tasks.add(job);
        workers.compute.execute(job);
    }

    /**
     * Forgets the open project and frees it in the background: cancels its work, waits for queued label
     * writes, then closes the head (compute thread) and the thumbnails and store (store thread).
     */
    CompletableFuture<Void> closeCurrent() {
        if (opening != null) {
            opening.cancel();
            opening = null;
        }
        if (prefetch != null) {
            prefetch.cancel();
            prefetch = null;
        }
        ProjectSession ws = current.get();
        current.set(null);
        listener.closed();
        if (ws != null) {
            closeLater(ws);
        }
        return lastClose;
    }

    private void closeLater(ProjectSession ws) {
        Future<?> thumbs = prefetchDone;
        lastClose = lastClose.thenRunAsync(ws::closeMap, workers.compute)
                .thenRunAsync(() -> {
                    await(thumbs);
                    ws.closeFiles();
                }, workers.store)
                .exceptionally(t -> null);
    }

    /** The open job failed or was cancelled: close its workspace if it was shown (FX thread). */
    private void forgetFailedOpen(Job<ProjectSession> job) {
        if (opening == job) {
            opening = null;
            if (current.get() != null) {
                closeCurrent();
            }
        }
    }

    /** Shows the workspace an open job made, unless that job was cancelled or superseded meanwhile. */
    private void attach(Job<ProjectSession> job, ProjectSession ws) {
        if (opening != job) {
            closeLater(ws); // after the job itself ends on the compute thread
            return;
        }
        current.set(ws);
        ws.addLabelListener(s -> Platform.runLater(() -> {
            if (current.get() == ws) {
                listener.labelsChanged(ws, s);
            }
        }));
        listener.opened(ws);
        listener.labelsChanged(ws, ws.labels());
        ws.readOnlyReason().ifPresent(r -> Dialogs.info(owner.get(), "Opened read-only", r));
        ws.openWarning().ifPresent(w -> {
            status.message(w);
            Dialogs.error(owner.get(), "Labels may be missing", w);
        });
        ws.savedMap().ifPresent(saved -> {
            listener.mapShown(ws, saved); // the map at once, features follow
            firstMapSeconds = (System.nanoTime() - openStarted) / 1e9;
        });
    }

    /** Maps the backbone's neighbourhoods for the loop while the user looks at the first map (compute thread). */
    private void prepareLoop(ProjectSession ws) {
        if (ws == null || current.get() != ws) {
            return;
        }
        Job<Void> job = new Job<>("Preparing the labelling loop", (p, c) -> {
            if (current.get() == ws) {
                ws.prepareLoop(p, c);
            }
            return null;
        });
        tasks.add(job);
        workers.compute.execute(job);
    }

    /** A rough map of the features so far, until the real one is ready: the first points on screen. */
    private boolean previewReady(ProjectSession ws, MapSnapshot s) {
        if (current.get() != ws) {
            return false;
        }
        listener.mapShown(ws, s);
        if (firstMapSeconds == 0) {
            firstMapSeconds = (System.nanoTime() - openStarted) / 1e9;
        }
        status.message(s.status());
        return true;
    }

    /** The map with features: shown as a preview is, and its thumbnails fetched. */
    private void mapReady(ProjectSession ws, MapSnapshot s) {
        if (previewReady(ws, s)) {
            startPrefetch(ws, s.rows());
        }
    }

    private void startPrefetch(ProjectSession ws, Rows rows) {
        if (prefetch != null) {
            prefetch.cancel();
        }
        int[] images = rows.imageOfRow().clone();
        Job<Void> job = new Job<>("Thumbnails", (p, c) -> {
            ws.thumbnails().prefetch(images, p, c);
            return null;
        });
        prefetch = job;
        tasks.add(job);
        prefetchDone = CompletableFuture.runAsync(job, workers.files);
    }

    private void saveRecent(OpenRequest request) {
        prefs.addRecent(UserPrefs.Recent.of(request));
        workers.files.execute(prefs::saveQuietly);
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // the prefetch ended; that is all we wait for
        }
    }
}
