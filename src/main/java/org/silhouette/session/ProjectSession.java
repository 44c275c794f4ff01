package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.Problem;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One open project, with no UI: the store with its labels and undo history, the scanned images and their
 * thumbnails, the backbone features and the map through the labelling loop. The app presents a session and
 * forwards gestures to it; tests drive it directly.
 *
 * <p>The map side ({@link #embedAndMap}, {@link #reembed}, {@link #refresh}, {@link #analyse},
 * {@link SessionExports#embeddings}, {@link #closeMap}) runs on one thread at a time, the app's compute thread: the
 * window never touches the model or the features, it only receives immutable {@link MapSnapshot}s. Label
 * edits go through the store, which serialises them, from any thread; so do settings, the thumbnails and
 * the read-only accessors.
 */
public final class ProjectSession implements AutoCloseable {

    /** What a round hands back: the analysed snapshot, and why it could not train when it could not. */
    public record Outcome(MapSnapshot snapshot, String note) {
    }

    private final ProjectStore store;
    private final ProjectLocation location;
    private final ProjectThumbnails thumbnails;
    private final ScannedImages scanned;
    private final List<Problem> scanProblems;
    private final LabelEdits edits;
    private final MapAnalysis analysis;
    private final SessionExports exports;
    private final MapSnapshot savedMap;

    private volatile List<Problem> problems;
    private volatile ProjectSettings settings;
    private volatile String notice;
    private volatile String backbone = "";
    /** The layout read at open, one row per image id; the first map takes it, then it is dropped. */
    private FloatMatrix savedLayout;
    private FeatureStage.Features features;
    private MapLoop loop;
    private MapSnapshot shown;
    private boolean closed;

    ProjectSession(ProjectStore store, ProjectLocation location, ProjectThumbnails thumbnails, DemoTruth truth,
            ScannedImages scanned, List<Problem> scanProblems, ProjectSettings settings, FloatMatrix savedLayout) {
        this.store = store;
        this.location = location;
        this.thumbnails = thumbnails;
        this.scanned = scanned;
        this.scanProblems = scanProblems;
        this.settings = settings;
        this.savedLayout = savedLayout;
        this.problems = scanProblems;
        this.edits = new LabelEdits(store);
        this.analysis = new MapAnalysis(truth);
        this.exports = new SessionExports(store, this);
        this.savedMap = savedLayout == null ? null : MapSnapshot.saved(savedLayout, scanned);
    }

    /**
     * Opens a folder or project: the store (read-only when another window holds it), the scan, the images
     * recorded, the thumbnail cache and the saved map. The features and the map follow in
     * {@link #embedAndMap}.
     *
     * @param dataHome where a project goes when its image folder cannot be written
     */
    public static ProjectSession open(OpenRequest request, Path dataHome, Progress progress, Cancellation cancel)
            throws IOException {
        return ProjectOpener.open(request, dataHome, progress, cancel);
    }

    // ---- what it is (any thread) -------------------------------------------------------------------

    public Path imageRoot() {
        return store.imageRoot();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** Why this window cannot write, for a banner; empty when it can. */
    public Optional<String> readOnlyReason() {
        return store.readOnlyReason();
    }

    /** What opening found that the user must hear of (a lost write-ahead log); empty when all was well. */
    public Optional<String> openWarning() {
        return store.openWarning();
    }

    /** A sentence for the user when the project is not where they would look for it; null otherwise. */
    public String locationNote() {
        return location.note();
    }

    /** An image's path relative to the image folder, {@code /}-separated. */
    public String imageName(int image) {
        return store.images().path(image);
    }

    /** The committed labels; cheap. */
    public LabelState labels() {
        return store.snapshot();
    }

    /** Called with each newly committed label state, on the thread that committed it. */
    public void addLabelListener(Consumer<LabelState> listener) {
        store.addListener(listener);
    }

    /** Label changes, each one undo step. */
    public LabelEdits edits() {
        return edits;
    }

    public ProjectThumbnails thumbnails() {
        return thumbnails;
    }

    /** Files that were skipped, with reasons: the scan's and the feature stage's. */
    public List<Problem> problems() {
        return problems;
    }

    /** The map saved in the project, for the images it still places; shown before the features are checked. */
    public Optional<MapSnapshot> savedMap() {
        return Optional.ofNullable(savedMap);
    }

    /** Leaves a notice for the window to show once ({@link #takeNotice}). */
    void notice(String text) {
        notice = text;
    }

    /** Something the user should read and that must not scroll away with the status line; once. */
    public String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }

    public ProjectSettings settings() {
        return settings;
    }

    /** Loss, dimension, anchor and Auto apply from the next round. Any thread. */
    public void setSettings(ProjectSettings s) {
        settings = s;
    }

    /** Writes settings into the project, unless it is read-only; the store thread, in order with label edits. */
    public void storeSettings(ProjectSettings s) {
        if (!store.isReadOnly()) {
            s.write(store);
        }
    }

    /** The backbone that made the features, in words; empty before the features. */
    public String backboneDescription() {
        return backbone;
    }

    // ---- the map (compute thread) ------------------------------------------------------------------

    /** Maps the backbone's neighbourhoods for the loop's structure term while the user looks at the map. */
    public void prepareLoop(Progress progress, Cancellation cancel) {
        if (loop != null) {
            loop.prepare(settings.loopOptions(), 2, progress, cancel);
        }
    }

    /** Rounds run so far. */
    public int roundsDone() {
        return loop == null ? 0 : loop.rounds();
    }

    /** Features, then the first map (restored when the project has one). */
    public MapSnapshot embedAndMap(boolean allowDownload, Progress progress, Cancellation cancel) throws IOException {
        return embedAndMap(allowDownload, s -> { }, progress, cancel);
    }

    /**
     * As above; when the project has no saved map, {@code preview} receives rough maps of the features so far
     * while they arrive (compute thread), so the first points show long before the map is ready.
     */
    public MapSnapshot embedAndMap(boolean allowDownload, Consumer<MapSnapshot> preview, Progress progress,
            Cancellation cancel) throws IOException {
        FeatureStage.Features f;
        String fallback = "";
        Consumer<MapSnapshot> previews = savedMap == null ? preview : null;
        try {
            f = FeatureStage.run(store, scanned, thumbnails, settings, allowDownload, previews, progress, cancel);
        } catch (UserError e) {
            if (settings.backbone() == null) {
                throw e;
            }
            // the project's own backbone went missing or broke: open with the bundled one rather than not at all
            fallback = " The project's backbone could not be opened (" + e.getMessage() + "); using the bundled one"
                    + " for now (File > Settings to choose again).";
            settings = settings.withBackbone(null);
            notice = fallback.strip();
            f = FeatureStage.run(store, scanned, thumbnails, settings, allowDownload, progress, cancel);
        }
        cancel.check();
        if (f.rows().count() == 0) {
            throw new UserError("None of the " + scanned.count() + " images could be read; see the problems list.");
        }
        FloatMatrix saved = savedLayout == null ? null : f.rows().pick(savedLayout);
        EmbeddingModel head = SavedHead.load(store, f.fingerprint(), f.matrix().cols());
        startMap(f, MapLoop.start(f.matrix(), saved, head, LoopOptions.defaults().seed(), 0, progress, cancel));
        savedLayout = null;
        saveLayout();
        shown = MapSnapshot.of(f.rows(), loop.state().coords(), f.readyStatus() + fallback);
        return shown;
    }

    /** New backbone settings: new features and a new head; the map continues from where the points are. */
    public MapSnapshot reembed(ProjectSettings next, boolean allowDownload, Progress progress, Cancellation cancel)
            throws IOException {
        FeatureStage.Features f = FeatureStage.run(store, scanned, thumbnails, next, allowDownload, progress, cancel);
        cancel.check();
        FloatMatrix previous = features.rows().spread(loop.state().coords(), imageCount());
        startMap(f, MapLoop.start(f.matrix(), f.rows().pick(previous), null, LoopOptions.defaults().seed(),
                loop.rounds(), progress, cancel));
        settings = next;
        SavedHead.forget(store);
        saveLayout();
        shown = MapSnapshot.of(f.rows(), loop.state().coords(), "Features from " + f.backbone());
        return shown;
    }

    /**
     * One round of the loop. {@code moved} receives the new coordinates as soon as they are committed here, so
     * the window shows them even when the analysis after them is cancelled by a newer request; {@code suggested}
     * the suggestions, then with the quality figures, before {@link MapLoop#followLabels} prepares the next round.
     */
    public MapSnapshot refresh(LoopOptions options, Progress progress, Cancellation cancel,
            Consumer<MapSnapshot> moved, Consumer<MapSnapshot> suggested) {
        int[] labels = features.rows().labelsOf(store.snapshot());
        RefreshLoop.Round r = loop.refresh(labels, analysis.trusted(features.rows(), labels), options, progress,
                cancel);
        shown = MapSnapshot.of(features.rows(), loop.state().coords(),
                r.status(loop.rounds(), loop.lastDoubts().count()));
        moved.accept(shown);
        persist();
        MapSnapshot analysed = analyse(progress, cancel, suggested);
        suggested.accept(analysed);
        loop.followLabels(options, progress, cancel);
        return analysed;
    }

    /** A round when {@code train}, else only the analysis; a round that cannot train (one label) says why. */
    public Outcome update(boolean train, LoopOptions options, Progress progress, Cancellation cancel,
            Consumer<MapSnapshot> moved, Consumer<MapSnapshot> suggested) {
        if (!train) {
            return new Outcome(analyse(progress, cancel, suggested), null);
        }
        try {
            return new Outcome(refresh(options, progress, cancel, moved, suggested), null);
        } catch (UserError e) {
            return new Outcome(analyse(progress, cancel, suggested), e.getMessage()); // e.g. fewer than two labels
        }
    }

    /**
     * Suggestions and demo truth (handed to {@code suggested} at once), then the quality figures, for the map
     * now shown.
     */
    public MapSnapshot analyse(Progress progress, Cancellation cancel, Consumer<MapSnapshot> suggested) {
        shown = analysis.analyse(shown, store.snapshot(), features, loop, settings.loopOptions(), progress, cancel,
                suggested);
        return shown;
    }

    /** The labels their neighbours contradict, for review, most doubtful first. Compute thread. */
    public List<LabelReview.DoubtfulImage> doubtfulLabels(Cancellation cancel) {
        return analysis.doubtful(store.snapshot(), features.rows(), loop, cancel);
    }

    /** The labels against what the suggestions give their images held out (the confusion table). Compute thread. */
    public Confusion confusion(Cancellation cancel) {
        return analysis.confusion(store.snapshot(), features.rows(), loop, cancel);
    }

    /** Confirmed labels: trained on and no longer doubtful (this session only). Any thread. */
    public LabelReview review() {
        return analysis.review();
    }

    /** Labels, images and the map's embedding out to files. */
    public SessionExports exports() {
        return exports;
    }

    // ---- closing -------------------------------------------------------------------------------------

    /** Frees the head; the thumbnails and the store stay open for pending writes. Compute thread. */
    public void closeMap() {
        if (!closed) {
            closed = true;
            startMap(features, null);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the thumbnail cache and the store; after pending label writes, and after {@link #closeMap}. */
    public void closeFiles() {
        try {
            thumbnails.close();
        } catch (IOException | RuntimeException e) {
            // the thumbnail index is rebuilt from the pack next time
        }
        try {
            store.close();
        } catch (RuntimeException e) {
            // committed work is safe in the database; the lock goes with the process anyway
        }
    }

    /** Everything at once, for a session used from one thread. */
    @Override
    public void close() {
        closeMap();
        closeFiles();
    }

    // ---- internals -----------------------------------------------------------------------------------

    /** The rows of the map now, for the exports; compute thread. */
    Rows rows() {
        return features.rows();
    }

    MapState mapState() {
        return loop.state();
    }

    /** The map and suggestions last handed to the window, for the manifest. */
    MapSnapshot shownSnapshot() {
        return shown;
    }

    private int imageCount() {
        return store.snapshot().imageCount();
    }

    /** New features and the loop over them; frees the old loop's head. */
    private void startMap(FeatureStage.Features f, MapLoop next) {
        MapLoop old = loop;
        loop = next;
        features = f;
        if (f != null) {
            backbone = f.backbone();
            problems = concat(scanProblems, f.problems());
        }
        if (old != null) {
            old.close();
        }
    }

    private void persist() {
        if (store.isReadOnly()) {
            return;
        }
        saveLayout();
        EmbeddingModel head = loop.state().model();
        if (head != null) {
            SavedHead.save(store, head, features.fingerprint());
        }
    }

    private void saveLayout() {
        if (!store.isReadOnly()) {
            store.layout().save(features.rows().spread(loop.state().coords(), imageCount()));
        }
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        List<Problem> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
