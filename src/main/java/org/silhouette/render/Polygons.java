package org.silhouette.render;

import java.util.BitSet;

/** Point-in-polygon and point-in-rectangle tests over primitive coordinate arrays. */
public final class Polygons {

    private Polygons() {
    }

    /**
     * Even-odd rule: a point is inside when a ray from it crosses the polygon's edges an odd number of
     * times, so self-intersecting lassos behave predictably. The polygon is closed implicitly.
     */
    public static boolean contains(double[] px, double[] py, int vertices, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = vertices - 1; i < vertices; j = i++) {
            double yi = py[i];
            double yj = py[j];
            if ((yi > y) != (yj > y)) {
                double crossX = px[j] + (y - yj) * (px[i] - px[j]) / (yi - yj);
                if (x < crossX) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Indices of the first {@code n} points that lie inside the polygon. */
    public static BitSet inside(float[] x, float[] y, int n, double[] px, double[] py, int vertices) {
        BitSet hits = new BitSet(n);
        if (vertices < 3) {
            return hits;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < vertices; v++) {
            minX = Math.min(minX, px[v]);
            maxX = Math.max(maxX, px[v]);
            minY = Math.min(minY, py[v]);
            maxY = Math.max(maxY, py[v]);
        }
        for (int i = 0; i < n; i++) {
            float xi = x[i];
            float yi = y[i];
            if (xi >= minX && xi <= maxX && yi >= minY && yi <= maxY && contains(px, py, vertices, xi, yi)) {
                hits.set(i);
            }
        }
        return hits;
    }

    /** Indices of the first {@code n} points inside the closed box spanned by two corners, in any order. */
    public static BitSet insideBox(float[] x, float[] y, int n, double x0, double y0, double x1, double y1) {
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        BitSet hits = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (x[i] >= minX && x[i] <= maxX && y[i] >= minY && y[i] <= maxY) {
                hits.set(i);
            }
        }
        return hits;
    }

    /** Index of the point nearest (x, y) within {@code maxDistance}, or -1. Ties go to the higher index (drawn on top). */
    public static int nearest(float[] xs, float[] ys, int n, double x, double y, double maxDistance) {
        double best = maxDistance * maxDistance;
        int bestIndex = -1;
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - x;
            double dy = ys[i] - y;
            double d = dx * dx + dy * dy;
            if (d <= best) {
                best = d;
                bestIndex = i;
            }
        }
        return bestIndex;
    }
}
