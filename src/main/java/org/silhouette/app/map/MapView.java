package org.silhouette.app.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.silhouette.render.ArgbTile;
import org.silhouette.render.ColourMode;
import org.silhouette.render.DrawTarget;
import org.silhouette.render.FrameRequests;
import org.silhouette.render.Hover;
import org.silhouette.render.LassoPath;
import org.silhouette.render.MapDisplay;
import org.silhouette.render.MapFraming;
import org.silhouette.render.MapPoints;
import org.silhouette.render.MapRenderer;
import org.silhouette.render.MapSelection;
import org.silhouette.render.PointColours;
import org.silhouette.render.PointMotion;
import org.silhouette.render.PointSpacing;
import org.silhouette.render.PointValues;
import org.silhouette.render.TileStore;
import org.silhouette.render.Viewport;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * The thumbnail map: every image a point (or, zoomed in, its thumbnail) on one canvas, with selection,
 * hover preview, legend and overview as nodes above it.
 *
 * <p>Feed it as a {@link MapDisplay}, arrays indexed by point (the app's map rows): {@link #setPoints} (animates
 * when the count is unchanged), {@link #setLabels}, {@link #setSuggestions}, {@link #setSilhouette}, then pick a
 * {@link ColourMode}. Thumbnails come from a {@link TileStore.Loader} run on background threads. The selection
 * is a set of point indices ({@link #selectionModel()}). FX thread only.
 *
 * <p>The view composes the nodes and drives the frames; beside it, {@link PointMotion} knows where the
 * points are and where they glide, {@link PointValues} what each point carries and how it is coloured,
 * {@link MapTiles} the thumbnails, and {@link Hover} what the hover preview shows.
 */
public final class MapView extends StackPane implements MapDisplay {

    private final MapPoints points = new MapPoints();
    private final Viewport viewport = new Viewport();
    private final MapFraming framing = new MapFraming(viewport);
    private final MapSelection selection = new MapSelection(0);
    private final MapCanvas canvas = new MapCanvas(points, viewport);
    private final SelectionOverlay selectionOverlay = new SelectionOverlay();
    private final LassoLayer lasso = new LassoLayer();
    private final HoverPreview hoverPreview = new HoverPreview();
    private final Hover hover = new Hover();
    private final PointMotion motion = new PointMotion();
    private final Legend legend = new Legend();
    private final Minimap minimap = new Minimap(viewport);
    private final MapInteraction interaction = new MapInteraction(this);
    private final FrameLoop loop = new FrameLoop(this::frame);
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(this, "colourMode", ColourMode.LABEL);
    private final ObjectProperty<SelectionTool> tool = new SimpleObjectProperty<>(this, "tool", SelectionTool.LASSO);
    private final PointValues values = new PointValues();
    private final MapTiles tiles = new MapTiles(() -> loop.invalidate(FrameRequests.CANVAS));

    private boolean coloursDirty;

    public MapView() {
        getStyleClass().add("map-view");
        getStylesheets().add(Objects.requireNonNull(MapView.class.getResource("map.css")).toExternalForm());
        setFocusTraversable(true);
        setMinSize(0, 0);

        Pane overlay = new Pane(selectionOverlay, lasso, hoverPreview);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        MapControls controls = new MapControls(this);
        getChildren().addAll(canvas, overlay, legend, minimap, controls); // the buttons on top: never hidden
        setAlignment(controls, Pos.TOP_LEFT);
        setAlignment(legend, Pos.TOP_RIGHT);
        setAlignment(minimap, Pos.BOTTOM_RIGHT);
        setMargin(controls, new Insets(10));
        setMargin(legend, new Insets(10));
        setMargin(minimap, new Insets(10));

        viewport.addListener(() -> loop.invalidate(FrameRequests.CANVAS | FrameRequests.OVERLAY | FrameRequests.MINIMAP_VIEW
                | FrameRequests.HOVER));
        canvas.setOnResize((w, h) -> {
            framing.resized(w, h, points.count() == 0 ? null : motion.targetBounds());
            updateScaleLimits();
            loop.invalidate(FrameRequests.ALL);
        });
        selection.addListener(s -> loop.invalidate(FrameRequests.OVERLAY));
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
        int n = x.length;
        boolean sameCount = n == points.count() && n > 0;
        motion.moveTo(x, y, sameCount && animate);
        points.setSpacing(PointSpacing.estimate(motion.targetX(), motion.targetY(), n));
        loop.setAnimating(motion.moving());
        if (!motion.moving()) {
            points.setPositions(motion.shownX(), motion.shownY());
        }
        if (!sameCount) {
            selection.setItemCount(n);
            hoverPreview.hide();
            refreshColours();
            fitToView();
        } else if (!framing.touched()) {
            fitToView(); // the user has not moved the view: keep showing every point as they move
        }
        updateScaleLimits();
        loop.invalidate(FrameRequests.ALL);
    }

    public void setLabels(int[] labelIds, List<String> names) {
        values.setLabels(labelIds, names);
        refreshColoursLater();
    }

    public void setLabelColours(int[] rgbByClass) {
        values.setLabelColours(rgbByClass);
        refreshColoursLater();
    }

    public void setSuggestions(int[] suggestedIds, float[] confidences) {
        values.setSuggestions(suggestedIds, confidences);
        refreshColoursLater();
    }

    /** Dims the points whose entry is true (faint dots beneath the rest, e.g. a filter's non-matches); null: none. */
    public void setDimmed(boolean[] mask) {
        points.setDimmed(mask);
        loop.invalidate(FrameRequests.CANVAS);
    }

    public void setSilhouette(float[] perImage) {
        values.setSilhouette(perImage);
        refreshColoursLater();
    }

    /** Colours the points and the legend. */
    private void setColours(PointColours c) {
        if (c.index().length != points.count()) {
            throw new IllegalArgumentException("Colours for " + c.index().length + " points, map has " + points.count());
        }
        points.setColours(c.index(), c.palette(), c.order());
        legend.show(colourMode.get().title(), c.legend());
        loop.invalidate(FrameRequests.CANVAS | FrameRequests.MINIMAP_POINTS);
    }

    public void setItemNames(IntFunction<String> names) {
        hover.setNames(names);
    }

    public void setThumbnails(TileStore.Loader loader, long byteBudget, int threads) {
        canvas.setTiles(tiles.use(loader, byteBudget, threads));
        loop.invalidate(FrameRequests.CANVAS | FrameRequests.OVERLAY);
    }

    public void setPreviewLoader(IntFunction<ArgbTile> loader) {
        hover.setPreviews(loader);
    }

    /** To see a point at full size: called with one double-clicked, or under the cursor at a tap of Space (or -1). */
    public void setOnOpenPoint(IntConsumer action) {
        interaction.setOnOpenPoint(action);
    }

    /** Stops background loading. The view must not be used afterwards. */
    public void dispose() {
        tiles.close();
        hoverPreview.shutdown();
    }

    /** Waits (off the FX thread) until the background loaders stopped by {@link #dispose()} have ended. */
    public boolean awaitDisposed(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        return tiles.awaitClosed(millis)
                && hoverPreview.awaitTermination(Math.max(0, (deadline - System.nanoTime()) / 1_000_000L));
    }

    // ---- state out ----------------------------------------------------------------------------

    public MapSelection selectionModel() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    public MapFraming framing() {
        return framing;
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

    public void setTool(SelectionTool t) {
        tool.set(t);
    }

    /** Zoom relative to showing the whole map (1 = about fit). */
    public double zoom() {
        return framing.zoom();
    }

    /** Typical distance between neighbouring points on screen now, in pixels. */
    public double spacingPx() {
        return points.spacing() * viewport.scale();
    }

    /** Numbers from the last frame drawn. */
    public MapRenderer.Stats lastFrame() {
        return canvas.lastStats();
    }

    /** Shows all points; F or Home on the map. */
    public void fitToView() {
        if (points.count() > 0) {
            framing.fitAll(motion.targetBounds());
        }
    }

    /** Whether the point is dimmed (see {@link #setDimmed}). */
    public boolean isDimmed(int index) {
        return points.dimmed() != null && points.dimmed()[index];
    }

    /** Positions of the image on screen now (mid-animation included), for tests and tools. */
    public double screenX(int index) {
        return viewport.toScreenX(motion.shownX()[index]);
    }

    public double screenY(int index) {
        return viewport.toScreenY(motion.shownY()[index]);
    }

    /** True when nothing is waiting to be drawn and no animation runs. */
    public boolean isSettled() {
        return loop.isIdle() && !motion.moving();
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

    void hoverAt(double x, double y) {
        hover.mouseAt(x, y);
        loop.invalidate(FrameRequests.HOVER);
    }

    /** The point drawn under screen position (x, y), or -1. */
    int pointAt(double x, double y) {
        int shown = canvas.thumbnailAt(x, y);
        if (shown >= 0) {
            return shown;
        }
        double radiusPx = canvas.settings().hitRadiusPx(points.spacing(), viewport.scale(), showsThumbnails());
        return motion.nearest(viewport, x, y, radiusPx);
    }

    /** The points inside the lasso (or rectangle), where they are drawn now. */
    BitSet pointsInside(LassoPath lasso) {
        return lasso.inside(motion, viewport);
    }

    // ---- internals ----------------------------------------------------------------------------

    private boolean showsThumbnails() {
        return canvas.tiles().available() && canvas.settings().showsThumbnails(points.spacing(), viewport.scale());
    }

    private void updateScaleLimits() {
        if (points.count() > 0) {
            framing.limit(motion.targetBounds(), points.spacing(), canvas.settings().thumbnailMaxPx());
        }
    }

    /**
     * Several data setters in a row (labels, colours, suggestions, silhouettes) recolour 10k points once, in
     * the next frame, instead of once each.
     */
    private void refreshColoursLater() {
        coloursDirty = true;
        loop.invalidate(FrameRequests.CANVAS | FrameRequests.MINIMAP_POINTS);
    }

    private void flushColours() {
        if (coloursDirty) {
            refreshColours();
        }
    }

    private void refreshColours() {
        coloursDirty = false;
        setColours(values.colours(colourMode.get(), points.count()));
    }

    private int frame(long now, int dirty) {
        flushColours();
        if (motion.moving()) {
            dirty |= FrameRequests.CANVAS | FrameRequests.OVERLAY | FrameRequests.MINIMAP_POINTS | FrameRequests.HOVER;
            if (motion.step(now)) {
                loop.setAnimating(false);
            }
        }
        if ((dirty & FrameRequests.CANVAS) != 0) {
            canvas.paint();
            if (!selection.bitsView().isEmpty() && selectionOverlay.thumbnailsChanged(canvas)) {
                dirty |= FrameRequests.OVERLAY; // the markers frame the thumbnails this frame drew
            }
        }
        if ((dirty & FrameRequests.OVERLAY) != 0) {
            selectionOverlay.rebuild(points, viewport, selection.bitsView(), canvas, showsThumbnails());
        }
        if ((dirty & FrameRequests.MINIMAP_POINTS) != 0) {
            minimap.drawPoints(points, motion.targetX(), motion.targetY(), Minimap.BACKGROUND_RGB);
        } else if ((dirty & FrameRequests.MINIMAP_VIEW) != 0) {
            minimap.drawView();
        }
        if ((dirty & FrameRequests.HOVER) != 0) {
            updateHover();
        }
        return 0;
    }

    private void updateHover() {
        int index = !hover.hasMouse() || interaction.isSelecting() ? -1 : pointAt(hover.mouseX(), hover.mouseY());
        hoverPreview.follow(index, hover, i -> values.describe(i, points.count()), canvas.tiles()::peek, tiles.direct(),
                getWidth(), getHeight());
    }
}
