package org.silhouette.app;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.silhouette.project.LabelState;
import org.silhouette.session.Failures;
import org.silhouette.session.FreshProject;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.OpenSequence;
import org.silhouette.session.OpenTimes;
import org.silhouette.session.ProjectLocation;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.ProjectSlot;
import org.silhouette.session.Rows;
import org.silhouette.session.UserPrefs;
import org.silhouette.session.Workers;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens and closes projects: the opening stages ({@link OpenSequence}) as one cancellable task, thumbnails made
 * ahead in a second one, the store's changes forwarded to the window. Which open may attach its session and what
 * closing frees is {@link ProjectSlot}'s. FX thread.
 */
public final class ProjectController {

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
    /** {@link ProjectSlot#current()}, for the menus and buttons to bind to. */
    private final ReadOnlyObjectWrapper<ProjectSession> current = new ReadOnlyObjectWrapper<>(this, "session");
    private final ProjectSlot slot;

    ProjectController(Workers workers, TaskList tasks, StatusLine status, Listener listener, Supplier<Window> owner,
            UserPrefs prefs) {
        this.workers = workers;
        this.tasks = tasks;
        this.status = status;
        this.listener = listener;
        this.owner = owner;
        this.prefs = prefs;
        this.slot = new ProjectSlot(workers);
    }

    ReadOnlyObjectProperty<ProjectSession> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ProjectSession current() {
        return current.get();
    }

    /** How long the last open took to its first map and to the map with features and suggestions. */
    public OpenTimes times() {
        return slot.times();
    }

    /** Closes what is open, then opens {@code request}; {@code done} gets true once the map is up. */
    void open(OpenRequest request, Consumer<Boolean> done) {
        closeCurrent();
        Path dataHome = ProjectLocation.userDataHome();
        boolean zoo = zooAgreed();
        AtomicReference<Job<ProjectSession>> self = new AtomicReference<>();
        OpenSequence.Steps steps = onFxThread(ws -> attach(self.get(), ws));
        Job<ProjectSession> job = new Job<>("Opening " + request.title(),
                (progress, cancel) -> OpenSequence.open(request, dataHome, zoo, steps, progress, cancel));
        self.set(job);
        job.setOnSucceeded(e -> {
            slot.times().opened();
            saveRecent(request);
            done.accept(true);
            prepareLoop(job.getValue());
        });
        job.setOnFailed(e -> {
            forgetFailedOpen(job);
            String header = "Could not open " + request.title();
            String why = Failures.describe(job.getException());
            // the reason goes in the status too: screenshot mode and scripts read it there, not in the dialog
            status.message(header + ": " + why);
            FreshProject.forFailure(job.getException(), request).ifPresentOrElse(
                    fresh -> FreshProjectOffer.show(owner.get(), header, why, fresh, r -> open(r, opened -> { })),
                    () -> Dialogs.error(owner.get(), header, why));
            done.accept(false);
        });
        job.setOnCancelled(e -> {
            forgetFailedOpen(job);
            status.message("Opening cancelled.");
            done.accept(false);
        });
        tasks.add(job);
        slot.open(job, () -> workers.compute.execute(job));
    }

    /** Re-embeds with new backbone settings, keeping the labels; the map continues from where it is. */
    void reembed(ProjectSettings next, Consumer<Boolean> done) {
        ProjectSession ws = current.get();
        if (ws == null) {
            return;
        }
        boolean zoo = zooAgreed();
        OpenSequence.Steps steps = onFxThread(attached -> { }); // the session is attached already
        Job<MapSnapshot> job = new Job<>("Computing new features",
                (p, c) -> OpenSequence.reembed(ws, next, zoo, steps, p, c));
        job.setOnSucceeded(e -> done.accept(true));
        job.setOnFailed(e -> {
            Dialogs.error(owner.get(), "Could not compute features with the new backbone", job.getException());
            done.accept(false);
        });
        job.setOnCancelled(e -> done.accept(false));
        tasks.add(job);
        workers.compute.execute(job);
    }

    /** Forgets the open project and frees it in the background, after its work and queued label writes. */
    CompletableFuture<Void> closeCurrent() {
        current.set(null);
        listener.closed();
        return slot.close();
    }

    private boolean zooAgreed() {
        return prefs.zooAnswer() == UserPrefs.ZooAnswer.YES;
    }

    /**
     * The opening stages' hand-overs, each on the FX thread: {@code attached} (from there on the FX side owns
     * closing the session), then the maps and analyses, shown while their session is the current one.
     */
    private OpenSequence.Steps onFxThread(Consumer<ProjectSession> attached) {
        return new OpenSequence.Steps(attached, this::previewReady, this::mapReady, this::analysedIfCurrent)
                .on(Platform::runLater);
    }

    private void analysedIfCurrent(ProjectSession ws, MapSnapshot s) {
        if (slot.isCurrent(ws)) {
            listener.analysed(ws, s);
        }
    }

    /** The open job failed or was cancelled: close its workspace if it was shown (FX thread). */
    private void forgetFailedOpen(Job<ProjectSession> job) {
        if (slot.openFailed(job)) {
            closeCurrent();
        }
    }

    /** Shows the workspace an open job made, unless that job was cancelled or superseded meanwhile. */
    private void attach(Job<ProjectSession> job, ProjectSession ws) {
        if (!slot.attach(job, ws)) {
            return; // freed after the job itself ends on the compute thread
        }
        current.set(ws);
        ws.addLabelListener(s -> Platform.runLater(() -> {
            if (slot.isCurrent(ws)) {
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
            slot.times().mapShown();
        });
    }

    /** Maps the backbone's neighbourhoods for the loop while the user looks at the first map (compute thread). */
    private void prepareLoop(ProjectSession ws) {
        if (!slot.isCurrent(ws)) {
            return;
        }
        Job<Void> job = new Job<>("Preparing the labelling loop", (p, c) -> {
            if (slot.isCurrent(ws)) {
                ws.prepareLoop(p, c);
            }
            return null;
        });
        tasks.add(job);
        workers.compute.execute(job);
    }

    /** A rough map of the features so far, until the real one is ready: the first points on screen. */
    private boolean previewReady(ProjectSession ws, MapSnapshot s) {
        if (!slot.isCurrent(ws)) {
            return false;
        }
        listener.mapShown(ws, s);
        slot.times().mapShown();
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
        int[] images = rows.imageOfRow().clone();
        Job<Void> job = new Job<>("Thumbnails", (p, c) -> {
            ws.thumbnails().prefetch(images, p, c);
            return null;
        });
        tasks.add(job);
        slot.prefetching(job, CompletableFuture.runAsync(job, workers.files));
    }

    private void saveRecent(OpenRequest request) {
        prefs.addRecent(UserPrefs.Recent.of(request));
        workers.files.execute(prefs::saveQuietly);
    }
}
