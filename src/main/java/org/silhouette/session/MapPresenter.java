package org.silhouette.session;

import org.silhouette.data.ThumbnailCache;
import org.silhouette.project.LabelState;
import org.silhouette.render.ArgbTile;
import org.silhouette.render.MapDisplay;
import org.silhouette.render.MapSelection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Puts the open project into the window's map ({@link MapDisplay}): rows and coordinates, the labels as classes,
 * suggestions and silhouettes, and the thumbnails. Keeps the selection on the same images when the rows change.
 * What is shown and what each change changes is {@link ShownMap}'s; this puts it on the map. The map's thread
 * (the FX thread in the app).
 */
public final class MapPresenter {

    private static final long THUMBNAIL_BYTES = 256L << 20;
    private static final int BACKDROP = 0x101114;
    /** Showing one image zooms in at least this far (1 = the whole map), so it stands out from its neighbours. */
    private static final double JUMP_ZOOM = 6;
    /** Pixels left around images brought into view. */
    private static final double SHOW_MARGIN = 80;

    private final MapDisplay map;
    private final List<Runnable> labelListeners = new ArrayList<>();
    private final List<Runnable> shownListeners = new ArrayList<>();
    private final ShownMap state = new ShownMap();

    public MapPresenter(MapDisplay map) {
        this.map = map;
    }

    /** The rows on the map with their labels and suggestions, as last shown. */
    public RowLabels shown() {
        return state.shown();
    }

    public Rows rows() {
        return state.rows();
    }

    public LabelPalette palette() {
        return shown().palette();
    }

    public LabelState labels() {
        return shown().state();
    }

    /** Label id per row, as last shown. */
    public int[] labelOfRow() {
        return shown().labelOfRow();
    }

    /** Suggested label id per row (-1 none), or null before the first analysis. */
    public int[] suggested() {
        return shown().suggested();
    }

    /** The target coordinates of every row (not mid-animation). */
    public float[] x() {
        return state.x();
    }

    public float[] y() {
        return state.y();
    }

    /** Told after every change of the shown labels (FX thread). */
    public void addLabelListener(Runnable r) {
        labelListeners.add(r);
    }

    /** Told after every change of the rows, labels or suggestions shown (FX thread). */
    public void addShownListener(Runnable r) {
        shownListeners.add(r);
    }

    /** Each row's label, suggestion and confidence as shown now, for the review views. */
    public ShownRows shownRows() {
        return state.shownRows();
    }

    private void shownChanged() {
        shownListeners.forEach(Runnable::run);
    }

    /** The map's selected rows. */
    public MapSelection selection() {
        return map.selectionModel();
    }

    /** The selected map rows' images. */
    public int[] selectedImages() {
        return rows().images(map.selectionModel().toArray());
    }

    /** Empties the map (no project). */
    public void clear() {
        state.clear();
        map.setThumbnails(null, THUMBNAIL_BYTES, 1);
        map.setPoints(new float[0], new float[0], false);
        shownChanged();
    }

    /** New coordinates, and possibly new rows; glides when the rows are the same images. */
    public void showMap(ProjectSession ws, MapSnapshot s) {
        int[] keep = state.session() == ws ? selectedImages() : new int[0];
        if (state.moveTo(ws, s)) {
            map.setPoints(s.x(), s.y(), true);
            return;
        }
        Rows next = s.rows();
        map.setThumbnails(row -> tileOf(ws.thumbnails().tile(next.image(row))), THUMBNAIL_BYTES, 2);
        map.setPreviewLoader(row -> tileOf(ws.thumbnails().preview(next.image(row))));
        map.setItemNames(row -> ws.imageName(next.image(row)));
        map.setPoints(s.x(), s.y(), false);
        map.setSuggestions(null, null);
        map.setSilhouette(null);
        if (labels() != null) {
            showLabels();
        }
        reselect(keep);
        shownChanged();
    }

    /** Suggestions and per-point silhouettes from the last analysis. */
    public void showAnalysis(ProjectSession ws, MapSnapshot s) {
        if (!state.analysed(ws, s)) {
            return;
        }
        if (s.suggested() != null) {
            map.setSuggestions(palette().classesOf(s.suggested()), s.confidence());
        }
        if (s.quality() != null) {
            map.setSilhouette(s.quality().silhouetteOfRow());
        }
        shownChanged();
    }

    /** The committed labels; called with each new store state. True when a row's label changed. */
    public boolean showLabels(LabelState s) {
        boolean changed = state.labelsChanged(s);
        showLabels();
        return changed;
    }

    private void showLabels() {
        RowLabels shown = state.shown();
        LabelPalette palette = shown.palette();
        map.setLabels(palette.classesOf(shown.labelOfRow()), palette.names());
        map.setLabelColours(palette.rgb());
        if (shown.suggested() != null) {
            map.setSuggestions(palette.classesOf(shown.suggested()), shown.confidence());
        }
        labelListeners.forEach(Runnable::run);
        shownChanged();
    }

    /** Selects the rows of these images. */
    public void reselect(int[] images) {
        map.selectionModel().apply(rows().rowsOf(images), MapSelection.Op.REPLACE);
    }

    /**
     * Selects the images on the map and brings them into view: the map fits around them, and one image alone is
     * zoomed in on far enough to stand out from its neighbours.
     */
    public void showOnMap(int... images) {
        BitSet hits = state.rowsOf(images);
        if (!hits.isEmpty()) {
            map.selectionModel().apply(hits, MapSelection.Op.REPLACE);
            map.framing().show(hits, x(), y(), SHOW_MARGIN, JUMP_ZOOM);
        }
    }

    /** A thumbnail as the map draws it, over the map's backdrop; null stays null. */
    public static ArgbTile tileOf(ThumbnailCache.Thumbnail t) {
        return t == null ? null : ArgbTile.of(t.width(), t.height(), t.argb(), BACKDROP);
    }

    /** Selects every row whose label id passes the test. */
    public void selectWhere(IntPredicate labelIdTest, MapSelection.Op op) {
        int[] l = labelOfRow();
        map.selectionModel().selectWhere(r -> r < l.length && labelIdTest.test(l[r]), op);
    }
}
