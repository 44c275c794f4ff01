package org.silhouette.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.project.Exporter;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.LoopOptions;
import org.silhouette.session.MapState;
import org.silhouette.session.RefreshLoop;
import org.silhouette.session.Suggestions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.silhouette.session.Rows;
import org.silhouette.session.QualityReport;
import org.silhouette.session.QualityMeter;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.ProjectLocation;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.DemoTruth;
import org.silhouette.session.MapLoop;

/**
 * One open project on the compute side: the store, the thumbnails, the features and the map state with
 * its head. Everything but the store, the thumbnails and the immutable fields is confined to the compute
 * thread: the window never touches the model or the features, it only receives {@link MapSnapshot}s.
 */
final class Workspace {

    private static final String HEAD_KEY = "app.head";
    private static final String HEAD_FOLDER = "head";

    final ProjectStore store;
    final ProjectLocation location;
    final Thumbnails thumbnails;
    final DemoTruth truth;
    private final List<ImageEntry> entries;
    private final int[] imageOfEntry;
    private final List<Problem> scanProblems;

    private volatile List<Problem> problems;
    private volatile ProjectSettings settings;
    private FeatureStage.Features features;
    private MapLoop loop;
    private MapSnapshot shown;
    private volatile MapSnapshot savedMap;
    private volatile String notice;
    private boolean closed;

    Workspace(ProjectStore store, ProjectLocation location, Thumbnails thumbnails, DemoTruth truth,
            List<ImageEntry> entries, int[] imageOfEntry, List<Problem> scanProblems,
            ProjectSettings settings) {
        this.store = store;
        this.location = location;
        this.thumbnails = thumbnails;
        this.truth = truth;
        this.entries = entries;
        this.imageOfEntry = imageOfEntry;
        this.scanProblems = scanProblems;
        this.settings = settings;
        this.problems = scanProblems;
    }

    /** Files that were skipped, with reasons: the scan's and the feature stage's. Any thread. */
    List<Problem> problems() {
        return problems;
    }

    /** The map saved in the project, for the images it still places; shown before the features are checked. */
    java.util.Optional<MapSnapshot> savedMap() {
        return java.util.Optional.ofNullable(savedMap);
    }

    void setSavedMap(MapSnapshot s) {
        savedMap = s;
    }

    /** Something the user should read and that must not scroll away with the status line; once. Any thread. */
    String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }

    ProjectSettings settings() {
        return settings;
    }

    String backboneDescription() {
        return features == null ? "" : features.backbone();
    }

    int roundsDone() {
        return loop == null ? 0 : loop.rounds();
    }

    /** Features, then the first map (restored when the project has one). Compute thread. */
    MapSnapshot embedAndMap(boolean allowDownload, Progress progress, Cancellation cancel) throws IOException {
        FeatureStage.Features got;
        String fallback = "";
        try {
            got = FeatureStage.run(store, entries, imageOfEntry, settings, allowDownload, progress, cancel);
        } catch (org.silhouette.core.UserError e) {
            if (settings.backbone() == null) {
                throw e;
            }
            // the project's own backbone went missing or broke: open with the bundled one rather than not at all
            fallback = " The project's backbone could not be opened (" + e.getMessage() + "); using the bundled one"
                    + " for now (File > Settings to choose again).";
            settings = settings.withBackbone(null);
            notice = fallback.strip();
            got = FeatureStage.run(store, entries, imageOfEntry, settings, allowDownload, progress, cancel);
        }
        FeatureStage.Features f = got;
        cancel.check();
        if (f.rows().count() == 0) {
            throw new org.silhouette.core.UserError("None of the " + entries.size() + " images could be read; see"
                    + " the problems list.");
        }
        FloatMatrix saved = store.loadLayout().map(all -> rowsOf(all, f.rows())).orElse(null);
        replace(MapLoop.start(f.matrix(), saved, loadHead(f), LoopOptions.defaults().seed(), 0, progress, cancel));
        features = f;
        problems = concat(scanProblems, f.problems());
        saveLayout();
        shown = snapshotOf(String.format(Locale.ROOT, "Map ready: %,d images; features in %.1f s (%,d computed, %,d"
                + " from the cache).", f.rows().count(), f.seconds(), f.computed(), f.cacheHits()) + fallback);
        return shown;
    }

    /**
     * New backbone settings: new features and a fresh head; the map continues from where the points are.
     * Compute thread.
     */
    MapSnapshot reembed(ProjectSettings next, boolean allowDownload, Progress progress, Cancellation cancel)
            throws IOException {
        FeatureStage.Features f = FeatureStage.run(store, entries, imageOfEntry, next, allowDownload, progress, cancel);
        cancel.check();
        FloatMatrix previous = imageSpace(loop.state().coords(), features.rows());
        replace(MapLoop.start(f.matrix(), rowsOf(previous, f.rows()), null, LoopOptions.defaults().seed(),
                loop.rounds(), progress, cancel));
        features = f;
        settings = next;
        problems = concat(scanProblems, f.problems());
        if (!store.isReadOnly()) {
            store.removeSetting(HEAD_KEY);
        }
        saveLayout();
        shown = snapshotOf("Features from " + f.backbone());
        return shown;
    }

    /** Loss, dimension and Auto apply from the next round; any thread (the field is volatile). */
    void setSettings(ProjectSettings s) {
        settings = s;
    }

    /**
     * One round of the loop. {@code moved} receives the new coordinates as soon as they are committed here, so
     * the window shows them even when the analysis after them is cancelled by a newer request; {@code suggested}
     * the suggestions before the quality figures.
     */
    MapSnapshot refresh(LoopOptions options, Progress progress, Cancellation cancel, Consumer<MapSnapshot> moved,
            Consumer<MapSnapshot> suggested) {
        int[] labels = features.rows().labelsOf(store.snapshot());
        RefreshLoop.Round r = loop.refresh(labels, options, progress, cancel);
        String status = String.format(Locale.ROOT, "Round %d: trained %.1f s (%d steps%s), re-embedded %.2f s,"
                        + " layout %.2f s", loop.rounds(), r.trainSeconds(), r.training().steps(),
                r.continued() ? ", continued" : ", fresh head", r.embedSeconds(), r.layoutSeconds());
        shown = snapshotOf(status);
        moved.accept(shown);
        persist();
        return analyse(progress, cancel, suggested);
    }

    /**
     * Suggestions and demo truth (handed to {@code suggested} at once), then the quality figures, for the map
     * now shown. Compute thread.
     */
    MapSnapshot analyse(Progress progress, Cancellation cancel, Consumer<MapSnapshot> suggested) {
        LabelState labels = store.snapshot();
        Rows rows = features.rows();
        int[] labelOfRow = rows.labelsOf(labels);
        Suggestions s = loop.suggest(labelOfRow, cancel);
        String t = truthLine(labels, rows, s);
        shown = shown.withAnalysis(s.label(), s.confidence(), null, t);
        suggested.accept(shown); // at once: the held-out quality figures take a training run longer
        progress.update("Measuring quality", 0, -1);
        QualityReport q = QualityMeter.measure(features.matrix(), loop.state().embedding(), labelOfRow,
                settings.loopOptions(), loop.rounds(), progress, cancel);
        shown = shown.withAnalysis(s.label(), s.confidence(), q, t);
        return shown;
    }

    private String truthLine(LabelState labels, Rows rows, Suggestions s) {
        String t = null;
        if (truth != null) {
            int[] suggestedOfImage = new int[labels.imageCount()];
            java.util.Arrays.fill(suggestedOfImage, -1);
            for (int r = 0; r < rows.count(); r++) {
                if (rows.image(r) < suggestedOfImage.length) {
                    suggestedOfImage[rows.image(r)] = s.label()[r];
                }
            }
            t = truth.score(labels, suggestedOfImage).describe();
        }
        return t;
    }

    /**
     * Writes the current embedding and coordinates, one row per project image in image order; images that
     * have no features (unreadable, gone) get NaN rows. Compute thread.
     */
    int exportEmbeddings(Path npy, Path csv) throws IOException {
        MapState state = loop.state();
        Exporter.exportEmbeddings(store, imageSpace(state.embedding(), features.rows()), npy,
                imageSpace(state.coords(), features.rows()), csv);
        return features.rows().count();
    }

    /** Frees the head; the caller closes the store and thumbnails after any pending writes. Compute thread. */
    void close() {
        if (!closed) {
            closed = true;
            replace(null);
        }
    }

    boolean isClosed() {
        return closed;
    }

    // ---- internals ---------------------------------------------------------------------------

    private MapSnapshot snapshotOf(String status) {
        FloatMatrix c = loop.state().coords();
        float[] x = new float[c.rows()];
        float[] y = new float[c.rows()];
        for (int r = 0; r < c.rows(); r++) {
            x[r] = c.get(r, 0);
            y[r] = c.get(r, 1);
        }
        Rows rows = features != null && features.rows().count() == c.rows() ? features.rows() : null;
        return new MapSnapshot(rows, x, y, null, null, null, null, status);
    }

    /** Takes the new loop and frees the old one's head. */
    private void replace(MapLoop next) {
        MapLoop old = loop;
        loop = next;
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
            try {
                head.save(store.paths().checkpointDir().resolve(HEAD_FOLDER));
                store.putSetting(HEAD_KEY, JsonNodeFactory.instance.objectNode().put("fingerprint",
                        features.fingerprint()));
            } catch (IOException e) {
                // the map still works; the next open starts from the saved layout with a fresh head
            }
        }
    }

    private void saveLayout() {
        if (!store.isReadOnly()) {
            store.saveLayout(imageSpace(loop.state().coords(), features != null ? features.rows() : null));
        }
    }

    /** The head saved for these features, or null. */
    private EmbeddingModel loadHead(FeatureStage.Features f) {
        JsonNode meta = store.setting(HEAD_KEY).orElse(null);
        if (meta == null || !f.fingerprint().equals(meta.path("fingerprint").asText())) {
            return null;
        }
        try {
            EmbeddingModel m = EmbeddingModel.load(store.paths().checkpointDir().resolve(HEAD_FOLDER));
            if (m.inputDim() != f.matrix().cols()) {
                m.close();
                return null;
            }
            return m;
        } catch (IOException | RuntimeException e) {
            return null; // damaged or missing: a fresh head is trained at the next round
        }
    }

    /** Per-row values spread over every image of the project; images without a row get NaN. */
    private FloatMatrix imageSpace(FloatMatrix perRow, Rows rows) {
        int n = store.snapshot().imageCount();
        int cols = perRow.cols();
        float[] data = new float[n * cols];
        java.util.Arrays.fill(data, Float.NaN);
        if (rows != null) {
            for (int r = 0; r < rows.count(); r++) {
                System.arraycopy(perRow.data(), r * cols, data, rows.image(r) * cols, cols);
            }
        }
        return new FloatMatrix(n, cols, data);
    }

    /** Image-space coordinates picked out for each row. */
    static FloatMatrix rowsOf(FloatMatrix all, Rows rows) {
        float[] data = new float[rows.count() * 2];
        for (int r = 0; r < rows.count(); r++) {
            int i = rows.image(r);
            data[2 * r] = i < all.rows() ? all.get(i, 0) : Float.NaN;
            data[2 * r + 1] = i < all.rows() ? all.get(i, 1) : Float.NaN;
        }
        return new FloatMatrix(rows.count(), 2, data);
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        List<Problem> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
