package org.silhouette.app.map;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * The thumbnail map: every image a point (or, zoomed in, its thumbnail) on one canvas, with selection,
 * hover preview, legend and overview as nodes above it.
 *
 * <p>Feed it arrays indexed by image: {@link #setPoints} (animates when the count is unchanged),
 * {@link #setLabels}, {@link #setSuggestions}, {@link #setSilhouette}, then pick a {@link ColourMode}.
 * The view keeps the arrays it is given except positions, which it copies; pass new arrays to change
 * them. Thumbnails come from a {@link TileStore.Loader} run on background threads. The selection is a
 * set of image indices ({@link #selectionModel()}) and survives new coordinates. FX thread only.
 */
public final class MapView extends StackPane {

    private static final double FIT_MARGIN = 28;

    private final MapPoints points = new MapPoints();
    private final Viewport viewport = new Viewport();
    private final MapSelection selection = new MapSelection(0);
    private final MapCanvas canvas = new MapCanvas(points, viewport);
    private final SelectionOverlay selectionOverlay = new SelectionOverlay();
    private final LassoLayer lasso = new LassoLayer();
    private final HoverPreview hover = new HoverPreview();
    private final Legend legend = new Legend();
    private final Minimap minimap = new Minimap(viewport);
    private final MapInteraction interaction = new MapInteraction(this);
    private final FrameLoop loop = new FrameLoop(this::frame);
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(this, "colourMode", ColourMode.LABEL);
    private final ObjectProperty<SelectionTool> tool = new SimpleObjectProperty<>(this, "tool", SelectionTool.LASSO);
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private final AtomicInteger previewGeneration = new AtomicInteger();
    private final AtomicBoolean repaintPosted = new AtomicBoolean();

    private float[] shownX = new float[0];
    private float[] shownY = new float[0];
    private float[] targetX = new float[0];
    private float[] targetY = new float[0];
    private PointTween tween;
    private long tweenNanos = PointTween.DEFAULT_NANOS;
    private boolean viewTouched;
    private boolean coloursDirty;
    private double fitScale = 1;
    private final List<Runnable> frameListeners = new java.util.ArrayList<>();

    private int[] labels;
    private List<String> labelNames = List.of();
    private int[] labelRgb;
    private int[] suggested;
    private float[] confidence;
    private float[] silhouette;
    private PointColours colours;
    private IntFunction<String> itemNames = i -> "Image " + (i + 1);
    private IntFunction<ArgbTile> previewLoader;
    private volatile ExecutorService previewExecutor;
    private volatile TileStore tileStore;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public MapView() {
        getStyleClass().add("map-view");
        getStylesheets().add(Objects.requireNonNull(MapView.class.getResource("map.css")).toExternalForm());
        setFocusTraversable(true);
        setMinSize(0, 0);

        Pane overlay = new Pane(selectionOverlay, lasso, hover);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        MapControls controls = new MapControls(this);
        getChildren().addAll(canvas, overlay, controls, legend, minimap);
        setAlignment(controls, Pos.TOP_LEFT);
        setAlignment(legend, Pos.TOP_RIGHT);
        setAlignment(minimap, Pos.BOTTOM_RIGHT);
        setMargin(controls, new Insets(10));
        setMargin(legend, new Insets(10));
        setMargin(minimap, new Insets(10));

        viewport.addListener(() -> {
            viewTouched = true;
            loop.invalidate(FrameLoop.CANVAS | FrameLoop.OVERLAY | FrameLoop.MINIMAP_VIEW | FrameLoop.HOVER);
        });
        canvas.setOnResize((w, h) -> {
            boolean refit = !viewTouched; // until the user moves the view, a resized window still shows everything
            viewport.setSize(w, h);
            if (refit) {
                fitSilently();
            }
            updateScaleLimits();
            loop.invalidate(FrameLoop.ALL);
        });
        selection.addListener(s -> loop.invalidate(FrameLoop.OVERLAY));
        colourMode.addListener((obs, was, now) -> refreshColoursLater());
        legend.setOnPick((entry, op) -> {
            flushColours();
            int[] index = points.colourIndex();
            selection.selectWhere(i -> entry.covers(index[i]), op);
        });
        interaction.install(canvas);
        refreshColours();
    }

    // ---- data in ------------------------------------------------------------------------------

    /** New coordinates; copied. With the same number of points as before they glide to their new places. */
    public void setPoints(float[] x, float[] y) {
        setPoints(x, y, true);
    }

    public void setPoints(float[] x, float[] y, boolean animate) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        int n = x.length;
        boolean sameCount = n == points.count() && n > 0;
        targetX = x.clone();
        targetY = y.clone();
        points.setSpacing(PointSpacing.estimate(targetX, targetY, n));
        if (sameCount && animate) {
            tween = new PointTween(shownX, shownY, targetX, targetY, tweenNanos);
            loop.setAnimating(true);
        } else {
            tween = null;
            loop.setAnimating(false);
            shownX = targetX.clone();
            shownY = targetY.clone();
            points.setPositions(shownX, shownY);
        }
        if (!sameCount) {
            selection.setItemCount(n);
            hover.hide();
            hovered.set(-1);
            refreshColours();
            fitSilently();
        } else if (!viewTouched) {
            fitSilently(); // the user has not moved the view: keep showing every point as they move
        }
        updateScaleLimits();
        loop.invalidate(FrameLoop.ALL);
    }

    /** Class id per image ({@code -1} = unlabelled) and the class names; colours default per class. */
    public void setLabels(int[] labelIds, List<String> names) {
        labels = labelIds;
        labelNames = List.copyOf(names);
        refreshColoursLater();
    }

    /** Overrides the colour of each class (0xRRGGBB, by class id); null for the defaults. */
    public void setLabelColours(int[] rgbByClass) {
        labelRgb = rgbByClass;
        refreshColoursLater();
    }

    /** Suggested class per image ({@code -1} = none) with its confidence in [0, 1] (NaN = none). */
    public void setSuggestions(int[] suggestedIds, float[] confidences) {
        suggested = suggestedIds;
        confidence = confidences;
        refreshColoursLater();
    }

    /** Per-image silhouette in [-1, 1] (NaN = not computed). */
    public void setSilhouette(float[] perImage) {
        silhouette = perImage;
        refreshColoursLater();
    }

    /** Colours the points directly, bypassing the colour modes, until the next mode or data change. */
    public void setColours(PointColours c) {
        if (c.index().length != points.count()) {
            throw new IllegalArgumentException("Colours for " + c.index().length + " points, map has " + points.count());
        }
        colours = c;
        points.setColours(c.index(), c.palette(), c.order());
        legend.show(colourMode.get().title(), c.legend());
        loop.invalidate(FrameLoop.CANVAS | FrameLoop.MINIMAP_POINTS);
    }

    public PointColours colours() {
        flushColours();
        return colours;
    }

    /** Names shown on hover, e.g. the file name. */
    public void setItemNames(IntFunction<String> names) {
        itemNames = names == null ? i -> "Image " + (i + 1) : names;
    }

    /**
     * Thumbnails for zoomed-in views, loaded on {@code threads} background threads into an LRU of
     * {@code byteBudget} bytes; null for dots only.
     */
    public void setThumbnails(TileStore.Loader loader, long byteBudget, int threads) {
        if (tileStore != null) {
            tileStore.close();
            tileStore = null;
        }
        if (loader != null) {
            tileStore = new TileStore(loader, byteBudget, threads, this::postRepaint);
        }
        canvas.setTiles(tileStore);
        loop.invalidate(FrameLoop.CANVAS | FrameLoop.OVERLAY);
    }

    /** A larger image for the hover preview, loaded off the FX thread; null to show the thumbnail. */
    public void setPreviewLoader(IntFunction<ArgbTile> loader) {
        previewLoader = loader;
    }

    /** Stops background loading. The view must not be used afterwards. */
    public void dispose() {
        if (tileStore != null) {
            tileStore.close();
        }
        if (previewExecutor != null) {
            previewExecutor.shutdown(); // no interrupt: a preview decode ends on its own
        }
    }

    /** Waits (off the FX thread) until the background loaders stopped by {@link #dispose()} have ended. */
    public boolean awaitDisposed(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        TileStore store = tileStore;
        if (store != null && !store.awaitWorkers(millis)) {
            return false;
        }
        ExecutorService previews = previewExecutor;
        long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
        return previews == null || previews.awaitTermination(left, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    // ---- state out ----------------------------------------------------------------------------

    public MapSelection selectionModel() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    public int pointCount() {
        return points.count();
    }

    public ObjectProperty<ColourMode> colourModeProperty() {
        return colourMode;
    }

    public void setColourMode(ColourMode mode) {
        colourMode.set(mode);
    }

    public ObjectProperty<SelectionTool> toolProperty() {
        return tool;
    }

    public SelectionTool getTool() {
        return tool.get();
    }

    public void setTool(SelectionTool t) {
        tool.set(t);
    }

    /** The image under the cursor, or -1. */
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Zoom relative to showing the whole map (1 = about fit). */
    public double zoom() {
        return viewport.scale() / fitScale;
    }

    /** Typical distance between neighbouring points on screen now, in pixels. */
    public double spacingPx() {
        return points.spacing() * viewport.scale();
    }

    /** Called after each frame the map drew (FX thread), e.g. to update a status line. */
    public void addFrameListener(Runnable listener) {
        frameListeners.add(listener);
    }

    /** Numbers from the last frame drawn. */
    public MapRenderer.Stats lastFrame() {
        return canvas.lastStats();
    }

    /** Selects every image of class {@code labelId}. */
    public void selectLabel(int labelId, MapSelection.Op op) {
        int[] l = labels;
        if (l == null || l.length != points.count()) {
            return;
        }
        selection.selectWhere(i -> l[i] == labelId, op);
    }

    /** Shows all points; F or Home on the map. */
    public void fitToView() {
        fitSilently();
    }

    /** Positions of the image on screen now (mid-animation included), for tests and tools. */
    public double screenX(int index) {
        return viewport.toScreenX(shownX[index]);
    }

    public double screenY(int index) {
        return viewport.toScreenY(shownY[index]);
    }

    /** True when nothing is waiting to be drawn and no animation runs. */
    public boolean isSettled() {
        return loop.isIdle() && tween == null;
    }

    // ---- package-private: interaction, overlays, tests -----------------------------------------

    LassoLayer lassoLayer() {
        return lasso;
    }

    SelectionOverlay selectionOverlay() {
        return selectionOverlay;
    }

    MapCanvas mapCanvas() {
        return canvas;
    }

    void setTargetWrapper(UnaryOperator<DrawTarget> wrapper) {
        canvas.setTargetWrapper(wrapper);
    }

    void setTweenNanos(long nanos) {
        tweenNanos = nanos;
    }

    void hoverAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        loop.invalidate(FrameLoop.HOVER);
    }

    /** The point drawn under screen position (x, y), or -1. */
    int pointAt(double x, double y) {
        double scale = viewport.scale();
        RenderSettings s = canvas.settings();
        boolean thumbs = showsThumbnails();
        double radiusPx = thumbs ? s.thumbnailPx(points.spacing(), scale) / 2
                : s.dotRadius(points.spacing(), scale) + 3;
        return Polygons.nearest(shownX, shownY, points.count(), viewport.toWorldX(x), viewport.toWorldY(y),
                radiusPx / scale);
    }

    BitSet pointsInScreenPolygon(double[] sx, double[] sy, int vertices) {
        double[] wx = new double[vertices];
        double[] wy = new double[vertices];
        for (int v = 0; v < vertices; v++) {
            wx[v] = viewport.toWorldX(sx[v]);
            wy[v] = viewport.toWorldY(sy[v]);
        }
        return Polygons.inside(shownX, shownY, points.count(), wx, wy, vertices);
    }

    BitSet pointsInScreenBox(double x0, double y0, double x1, double y1) {
        return Polygons.insideBox(shownX, shownY, points.count(), viewport.toWorldX(x0), viewport.toWorldY(y0),
                viewport.toWorldX(x1), viewport.toWorldY(y1));
    }

    // ---- internals ----------------------------------------------------------------------------

    private boolean showsThumbnails() {
        return canvas.tiles().available() && canvas.settings().showsThumbnails(points.spacing(), viewport.scale());
    }

    private void fitSilently() {
        if (viewport.width() <= 0 || points.count() == 0) {
            return;
        }
        float[] b = FiniteBounds.orUnitSquare(targetX, targetY, targetX.length);
        viewport.fit(b[0], b[1], b[2], b[3], FIT_MARGIN);
        viewTouched = false;
    }

    private void updateScaleLimits() {
        if (points.count() == 0 || viewport.width() <= 0) {
            return;
        }
        float[] b = FiniteBounds.orUnitSquare(targetX, targetY, targetX.length);
        double span = Math.max(1e-9, Math.max(b[2] - b[0], b[3] - b[1]));
        fitScale = Math.min(viewport.width(), viewport.height()) / span;
        double thumbScale = 2 * canvas.settings().thumbnailMaxPx() / points.spacing();
        viewport.setScaleLimits(fitScale / 8, Math.max(fitScale * 8, thumbScale));
    }

    /**
     * Several data setters in a row (labels, colours, suggestions, silhouettes) recolour 10k points once, in
     * the next frame, instead of once each.
     */
    private void refreshColoursLater() {
        coloursDirty = true;
        loop.invalidate(FrameLoop.CANVAS | FrameLoop.MINIMAP_POINTS);
    }

    private void flushColours() {
        if (coloursDirty) {
            refreshColours();
        }
    }

    private void refreshColours() {
        coloursDirty = false;
        int n = points.count();
        PointColours c = switch (colourMode.get()) {
            case LABEL -> Colouring.categorical(fit(labels, n), labelNames, labelRgb, "unlabelled");
            case SUGGESTED -> Colouring.categorical(fit(suggested, n), labelNames, labelRgb, "no suggestion");
            case CONFIDENCE -> Colouring.confidence(fit(confidence, n));
            case SILHOUETTE -> Colouring.silhouette(fit(silhouette, n));
        };
        setColours(c);
    }

    /** The array if it matches the map, else "no value" for every point. */
    private static int[] fit(int[] values, int n) {
        if (values != null && values.length == n) {
            return values;
        }
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        return none;
    }

    private static float[] fit(float[] values, int n) {
        if (values != null && values.length == n) {
            return values;
        }
        float[] none = new float[n];
        java.util.Arrays.fill(none, Float.NaN);
        return none;
    }

    /** From loader threads: one repaint request per burst of arrivals. */
    private void postRepaint() {
        if (repaintPosted.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                repaintPosted.set(false);
                loop.invalidate(FrameLoop.CANVAS);
            });
        }
    }

    private int frame(long now, int dirty) {
        flushColours();
        if (tween != null) {
            boolean done = tween.step(now, shownX, shownY);
            dirty |= FrameLoop.CANVAS | FrameLoop.OVERLAY | FrameLoop.MINIMAP_POINTS | FrameLoop.HOVER;
            if (done) {
                tween = null;
                loop.setAnimating(false);
            }
        }
        if ((dirty & FrameLoop.CANVAS) != 0) {
            canvas.paint();
        }
        if ((dirty & FrameLoop.OVERLAY) != 0) {
            selectionOverlay.rebuild(points, viewport, selection.bitsView(), canvas.settings(), showsThumbnails());
        }
        if ((dirty & FrameLoop.MINIMAP_POINTS) != 0) {
            minimap.drawPoints(points, targetX, targetY, Minimap.BACKGROUND_RGB);
        } else if ((dirty & FrameLoop.MINIMAP_VIEW) != 0) {
            minimap.drawView();
        }
        if ((dirty & FrameLoop.HOVER) != 0) {
            updateHover();
        }
        if ((dirty & FrameLoop.CANVAS) != 0) {
            for (Runnable r : frameListeners) {
                r.run();
            }
        }
        return 0;
    }

    private void updateHover() {
        int index = Double.isNaN(mouseX) || interaction.isSelecting() ? -1 : pointAt(mouseX, mouseY);
        hovered.set(index);
        if (index < 0) {
            hover.hide();
            return;
        }
        if (index != hover.index()) {
            ArgbTile quick = canvas.tiles().peek(index);
            hover.show(index, itemNames.apply(index), describe(index),
                    quick == null ? null : FxImages.enlarged(quick, HoverPreview.EDGE));
            requestPreview(index);
        }
        hover.placeNear(mouseX, mouseY, getWidth(), getHeight());
    }

    private String describe(int i) {
        StringBuilder text = new StringBuilder();
        text.append(labelName(labels, i, "unlabelled"));
        if (suggested != null && suggested.length == points.count() && suggested[i] >= 0) {
            text.append("\nsuggested: ").append(labelName(suggested, i, "none"));
            if (confidence != null && confidence.length == points.count() && !Float.isNaN(confidence[i])) {
                text.append(String.format(java.util.Locale.ROOT, " (%.0f%%)", 100 * confidence[i]));
            }
        }
        if (silhouette != null && silhouette.length == points.count() && !Float.isNaN(silhouette[i])) {
            text.append(String.format(java.util.Locale.ROOT, "\nsilhouette %.2f", silhouette[i]));
        }
        return text.toString();
    }

    private String labelName(int[] ids, int i, String none) {
        if (ids == null || ids.length != points.count() || ids[i] < 0 || ids[i] >= labelNames.size()) {
            return none;
        }
        return labelNames.get(ids[i]);
    }

    private void requestPreview(int index) {
        int generation = previewGeneration.incrementAndGet();
        TileStore store = tileStore;
        IntFunction<ArgbTile> loader = previewLoader != null ? previewLoader
                : store != null ? store::loadDirect : null;
        if (loader == null) {
            return;
        }
        if (previewExecutor == null) {
            previewExecutor = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
                    .name("preview-loader").unstarted(r));
        }
        previewExecutor.execute(() -> {
            if (previewGeneration.get() != generation) {
                return; // the cursor moved on
            }
            ArgbTile big;
            try {
                big = loader.apply(index);
            } catch (RuntimeException e) {
                big = null;
            }
            ArgbTile result = big;
            if (result != null && previewGeneration.get() == generation) {
                javafx.scene.image.Image image = FxImages.enlarged(result, HoverPreview.EDGE);
                Platform.runLater(() -> {
                    if (hover.index() == index) {
                        hover.setImage(image);
                    }
                });
            }
        });
    }
}
