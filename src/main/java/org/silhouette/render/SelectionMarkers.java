package org.silhouette.render;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where the selection's markers go, without a toolkit: a square around each visible selected point, one per
 * cell of a grid (ring-sized for dots, a third of a thumbnail for thumbnails) so that a dense selection reads
 * as a mesh rather than a white blob, and the grid coarsened until at most {@link #MAX_MARKERS} remain. A
 * point the frame drew as a thumbnail among dots gets a square around its whole thumbnail.
 */
public final class SelectionMarkers {

    public static final int MAX_MARKERS = 20_000;

    private int[] claims = new int[0];
    private int stamp;
    private double[] boxes = new double[64];
    private int count;

    /** Places the markers of the {@code selected} points as the map draws them now. */
    public void place(MapPoints points, Viewport view, BitSet selected, RenderSettings settings, boolean thumbnails) {
        place(points, view, selected, settings, thumbnails, new BitSet(), 0);
    }

    /**
     * The same, where the frame drew the points {@code drawnAsThumbnails} as thumbnails of {@code edge} pixels
     * below the zoom at which every point is one: each selected one of them gets a marker of its own around the
     * whole thumbnail, so a selected thumbnail looks selected, not only a dot-sized square at its centre.
     */
    public void place(MapPoints points, Viewport view, BitSet selected, RenderSettings settings, boolean thumbnails,
            BitSet drawnAsThumbnails, int edge) {
        double scale = view.scale();
        float radius = settings.dotRadius(points.spacing(), scale);
        double half = thumbnails
                ? Math.round(settings.thumbnailPx(points.spacing(), scale)) / 2.0 + 0.5
                : radius + 1.5;
        int width = (int) Math.ceil(view.width());
        int height = (int) Math.ceil(view.height());
        int cell = thumbnails ? Math.max(2, (int) (half * 2 / 3)) : Math.max(3, (int) Math.round(2 * half));
        BitSet framed = thumbnails || edge <= 0 ? new BitSet() : (BitSet) drawnAsThumbnails.clone();
        framed.and(selected);
        do {
            count = 0;
            framed.stream().forEach(i -> add(points, view, i, edge / 2.0 + 0.5));
            collect(points, view, selected, framed, half, width, height, cell);
            cell *= 2;
        } while (count > MAX_MARKERS);
    }

    /** Markers placed by the last {@link #place}. */
    public int count() {
        return count;
    }

    /** Marker k's square in screen pixels, whole numbers: x0, y0, x1, y1 at 4k to 4k + 3. */
    public double[] boxes() {
        return boxes;
    }

    /** The dot-sized markers, one per grid cell, of the selected points not in {@code framed}. */
    private void collect(MapPoints points, Viewport view, BitSet selected, BitSet framed, double half, int width,
            int height, int cell) {
        int gw = width / cell + 1;
        int gh = height / cell + 1;
        if (claims.length < gw * gh) {
            claims = new int[gw * gh];
            stamp = 0;
        }
        stamp++;
        float[] xs = points.x();
        float[] ys = points.y();
        int n = points.count();
        for (int i = selected.nextSetBit(0); i >= 0 && i < n; i = selected.nextSetBit(i + 1)) {
            double sx = view.toScreenX(xs[i]);
            double sy = view.toScreenY(ys[i]);
            if (framed.get(i) || !(sx >= -half && sy >= -half && sx < width + half && sy < height + half)) {
                continue;
            }
            int cx = (int) Math.min(gw - 1, Math.max(0, sx) / cell);
            int cy = (int) Math.min(gh - 1, Math.max(0, sy) / cell);
            int c = cy * gw + cx;
            if (claims[c] == stamp) {
                continue;
            }
            claims[c] = stamp;
            add(points, view, i, half);
        }
    }

    /** A square of half-edge {@code half} around point {@code i}, on whole screen pixels. */
    private void add(MapPoints points, Viewport view, int i, double half) {
        double sx = view.toScreenX(points.x()[i]);
        double sy = view.toScreenY(points.y()[i]);
        if (4 * count + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        boxes[4 * count] = Math.round(sx - half);
        boxes[4 * count + 1] = Math.round(sy - half);
        boxes[4 * count + 2] = Math.round(sx + half);
        boxes[4 * count + 3] = Math.round(sy + half);
        count++;
    }
}
