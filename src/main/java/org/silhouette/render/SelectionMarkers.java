package org.silhouette.render;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where the selection's markers go, without a toolkit: a square around each visible selected point, one per
 * cell of a grid (ring-sized for dots, a third of a thumbnail for thumbnails) so that a dense selection reads
 * as a mesh rather than a white blob, and the grid coarsened until at most {@link #MAX_MARKERS} remain.
 */
public final class SelectionMarkers {

    public static final int MAX_MARKERS = 20_000;

    private int[] claims = new int[0];
    private int stamp;
    private double[] boxes = new double[64];
    private int count;

    /** Places the markers of the {@code selected} points as the map draws them now. */
    public void place(MapPoints points, Viewport view, BitSet selected, RenderSettings settings, boolean thumbnails) {
        double scale = view.scale();
        float radius = settings.dotRadius(points.spacing(), scale);
        double half = thumbnails
                ? Math.round(settings.thumbnailPx(points.spacing(), scale)) / 2.0 + 0.5
                : radius + 1.5;
        int width = (int) Math.ceil(view.width());
        int height = (int) Math.ceil(view.height());
        int cell = thumbnails ? Math.max(2, (int) (half * 2 / 3)) : Math.max(3, (int) Math.round(2 * half));
        do {
            collect(points, view, selected, half, width, height, cell);
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

    private void collect(MapPoints points, Viewport view, BitSet selected, double half, int width, int height, int cell) {
        int gw = width / cell + 1;
        int gh = height / cell + 1;
        if (claims.length < gw * gh) {
            claims = new int[gw * gh];
            stamp = 0;
        }
        stamp++;
        count = 0;
        float[] xs = points.x();
        float[] ys = points.y();
        int n = points.count();
        for (int i = selected.nextSetBit(0); i >= 0 && i < n; i = selected.nextSetBit(i + 1)) {
            double sx = view.toScreenX(xs[i]);
            double sy = view.toScreenY(ys[i]);
            if (!(sx >= -half && sy >= -half && sx < width + half && sy < height + half)) {
                continue;
            }
            int cx = (int) Math.min(gw - 1, Math.max(0, sx) / cell);
            int cy = (int) Math.min(gh - 1, Math.max(0, sy) / cell);
            int c = cy * gw + cx;
            if (claims[c] == stamp) {
                continue;
            }
            claims[c] = stamp;
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
}
