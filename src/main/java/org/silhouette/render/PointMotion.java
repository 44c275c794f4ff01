package org.silhouette.render;

import java.util.BitSet;

/**
 * Where the map's points are drawn now and where they are going: a new set of places either replaces the
 * old at once or glides there ({@link PointTween}); hit tests use the places drawn, fitting the view uses the
 * targets. World coordinates; screen positions come through the {@link Viewport}.
 */
public final class PointMotion {

    private float[] shownX = new float[0];
    private float[] shownY = new float[0];
    private float[] targetX = new float[0];
    private float[] targetY = new float[0];
    private PointTween tween;
    private long tweenNanos = PointTween.DEFAULT_NANOS;

    /** New places, copied; with {@code glide} the points move there over the tween's time. */
    public void moveTo(float[] x, float[] y, boolean glide) {
        MapPoints.checkPaired(x, y);
        targetX = x.clone();
        targetY = y.clone();
        if (glide) {
            tween = new PointTween(shownX, shownY, targetX, targetY, tweenNanos);
        } else {
            tween = null;
            shownX = targetX.clone();
            shownY = targetY.clone();
        }
    }

    /** One frame of the glide; true when it has arrived (or there was none). */
    public boolean step(long now) {
        if (tween != null && tween.step(now, shownX, shownY)) {
            tween = null;
        }
        return tween == null;
    }

    public boolean moving() {
        return tween != null;
    }

    public void setTweenNanos(long nanos) {
        tweenNanos = nanos;
    }

    /** The places drawn now; the renderer reads these arrays as they change. */
    public float[] shownX() {
        return shownX;
    }

    public float[] shownY() {
        return shownY;
    }

    public float[] targetX() {
        return targetX;
    }

    public float[] targetY() {
        return targetY;
    }

    /** {minX, minY, maxX, maxY} of where the points are going (the unit square when none is finite). */
    public float[] targetBounds() {
        return FiniteBounds.orUnitSquare(targetX, targetY, targetX.length);
    }

    /** The point drawn nearest to screen position (x, y) within {@code radiusPx}, or -1. */
    public int nearest(Viewport v, double x, double y, double radiusPx) {
        return Polygons.nearest(shownX, shownY, shownX.length, v.toWorldX(x), v.toWorldY(y), radiusPx / v.scale());
    }

    public BitSet insideScreenPolygon(Viewport v, double[] sx, double[] sy, int vertices) {
        double[] wx = new double[vertices];
        double[] wy = new double[vertices];
        for (int k = 0; k < vertices; k++) {
            wx[k] = v.toWorldX(sx[k]);
            wy[k] = v.toWorldY(sy[k]);
        }
        return Polygons.inside(shownX, shownY, shownX.length, wx, wy, vertices);
    }

    public BitSet insideScreenBox(Viewport v, double x0, double y0, double x1, double y1) {
        return Polygons.insideBox(shownX, shownY, shownX.length, v.toWorldX(x0), v.toWorldY(y0), v.toWorldX(x1),
                v.toWorldY(y1));
    }
}
