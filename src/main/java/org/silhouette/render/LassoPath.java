package org.silhouette.render;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The lasso or rectangle being drawn on the map, in screen pixels: a lasso's vertices (a new one only once the
 * mouse moved {@value #MIN_STEP} px from the last), or a rectangle's two corners, and the points inside it.
 */
public final class LassoPath {

    static final double MIN_STEP = 2.0;

    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int count;
    private boolean rectangle;

    /** Starts at (x, y). */
    public void begin(double x, double y, boolean asRectangle) {
        rectangle = asRectangle;
        count = 0;
        add(x, y);
        if (rectangle) {
            add(x, y);
        }
    }

    /** Moves a rectangle's far corner to (x, y), or adds it to a lasso unless it is too near the last vertex. */
    public void extend(double x, double y) {
        if (rectangle) {
            xs[1] = x;
            ys[1] = y;
        } else if (Math.hypot(x - xs[count - 1], y - ys[count - 1]) >= MIN_STEP) {
            add(x, y);
        }
    }

    public boolean isRectangle() {
        return rectangle;
    }

    /** A lasso's vertices so far; a rectangle's two corners, the start first. */
    public int vertexCount() {
        return count;
    }

    public double x(int vertex) {
        return xs[vertex];
    }

    public double y(int vertex) {
        return ys[vertex];
    }

    /** The points inside, where {@code motion} shows them on {@code view} now. */
    public BitSet inside(PointMotion motion, Viewport view) {
        return rectangle ? motion.insideScreenBox(view, xs[0], ys[0], xs[1], ys[1])
                : motion.insideScreenPolygon(view, xs, ys, count);
    }

    private void add(double x, double y) {
        if (count == xs.length) {
            xs = Arrays.copyOf(xs, count * 2);
            ys = Arrays.copyOf(ys, count * 2);
        }
        xs[count] = x;
        ys[count] = y;
        count++;
    }
}
