package org.silhouette.render;

import java.util.BitSet;

/**
 * What part of the map the viewport frames: every point with a margin until the user moves the view (a resized
 * window or moving points still show them all), zoom limits around that fit, and bringing chosen points into
 * view. Plain numbers on a {@link Viewport}, so the map view only forwards its events here.
 */
public final class MapFraming {

    /** Pixels left around the points when the whole map is shown. */
    public static final double FIT_MARGIN = 28;
    /** Zooming out stops at this fraction of the whole-map scale, zooming in at this multiple (or closer). */
    static final double ZOOM_RANGE = 8;
    /** The arrow keys pan by this fraction of the view's longer side. */
    static final double ARROW_STEP = 1.0 / 8;

    private final Viewport viewport;
    private boolean touched;
    private double fitScale = 1;

    /** Frames {@code viewport}; every change of it from then on counts as the user moving the view, but a fit. */
    public MapFraming(Viewport viewport) {
        this.viewport = viewport;
        viewport.addListener(() -> touched = true);
    }

    /** Whether the user moved the view since it last showed every point. */
    public boolean touched() {
        return touched;
    }

    /** Shows the whole box {minX, minY, maxX, maxY} of the points; nothing before the view has a size. */
    public void fitAll(float[] bounds) {
        if (viewport.width() <= 0) {
            return;
        }
        viewport.fit(bounds[0], bounds[1], bounds[2], bounds[3], FIT_MARGIN);
        touched = false;
    }

    /** The view has a new size: until the user moved the view, it still shows every point (of {@code bounds}). */
    public void resized(double width, double height, float[] bounds) {
        boolean refit = !touched;
        viewport.setSize(width, height);
        if (refit && bounds != null) {
            fitAll(bounds);
        }
    }

    /**
     * Zoom limits for points in {@code bounds} about {@code spacing} apart: out to an eighth of the whole map,
     * in to eight times it, or further while thumbnails of {@code thumbnailMaxPx} still need room to grow.
     */
    public void limit(float[] bounds, double spacing, double thumbnailMaxPx) {
        if (viewport.width() <= 0) {
            return;
        }
        double span = Math.max(1e-9, Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1]));
        fitScale = Math.min(viewport.width(), viewport.height()) / span;
        double thumbScale = 2 * thumbnailMaxPx / spacing;
        viewport.setScaleLimits(fitScale / ZOOM_RANGE, Math.max(fitScale * ZOOM_RANGE, thumbScale));
    }

    /** Zoom relative to showing the whole map (1 = about fit). */
    public double zoom() {
        return viewport.scale() / fitScale;
    }

    /**
     * Fits the view around {@code rows} (points at {@code x}, {@code y}) with {@code margin} pixels around them;
     * one point alone is zoomed in on to at least {@code minZoom}, so that it stands out from its neighbours.
     */
    public void show(BitSet rows, float[] x, float[] y, double margin, double minZoom) {
        if (rows.isEmpty()) {
            return;
        }
        float[] box = boxOf(rows, x, y);
        viewport.fit(box[0], box[1], box[2], box[3], margin);
        double zoom = zoom();
        if (rows.cardinality() == 1 && zoom > 0 && zoom < minZoom) {
            zoomAboutCentre(minZoom / zoom);
        }
    }

    /** Zooms by {@code factor} about the centre of the view (the keys and buttons, which have no cursor). */
    public void zoomAboutCentre(double factor) {
        viewport.zoomAbout(viewport.width() / 2, viewport.height() / 2, factor);
    }

    /** An arrow key: {@code dx}, {@code dy} in -1, 0, 1 move the view that way by an eighth of it. */
    public void arrow(int dx, int dy) {
        double step = Math.max(viewport.width(), viewport.height()) * ARROW_STEP;
        viewport.panBy(-dx * step, -dy * step);
    }

    /** {minX, minY, maxX, maxY} of the points {@code rows}. */
    static float[] boxOf(BitSet rows, float[] x, float[] y) {
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        rows.stream().forEach(r -> {
            box[0] = Math.min(box[0], x[r]);
            box[1] = Math.min(box[1], y[r]);
            box[2] = Math.max(box[2], x[r]);
            box[3] = Math.max(box[3], y[r]);
        });
        return box;
    }
}
