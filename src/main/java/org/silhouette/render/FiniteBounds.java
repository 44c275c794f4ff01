package org.silhouette.render;

/** The bounding box of a point cloud, skipping points that are not placed yet (NaN or infinite). */
public final class FiniteBounds {
    private FiniteBounds() {
    }

    /** {minX, minY, maxX, maxY} of the first {@code n} points with finite coordinates; null when none is. */
    static float[] of(float[] xs, float[] ys, int n) {
        float ax = Float.POSITIVE_INFINITY;
        float ay = Float.POSITIVE_INFINITY;
        float bx = Float.NEGATIVE_INFINITY;
        float by = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(xs[i]) && Float.isFinite(ys[i])) {
                ax = Math.min(ax, xs[i]);
                bx = Math.max(bx, xs[i]);
                ay = Math.min(ay, ys[i]);
                by = Math.max(by, ys[i]);
            }
        }
        return bx >= ax ? new float[] {ax, ay, bx, by} : null;
    }

    /** As {@link #of}, but the unit square when no point is placed: a frame a view can always fit. */
    public static float[] orUnitSquare(float[] xs, float[] ys, int n) {
        float[] b = of(xs, ys, n);
        return b != null ? b : new float[] {0, 0, 1, 1};
    }
}
