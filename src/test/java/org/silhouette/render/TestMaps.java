package org.silhouette.render;

/**
 * Small maps for the render tests: points, a grid of them, a view with screen = world, and a map drawn into a
 * counting target.
 */
final class TestMaps {

    private TestMaps() {
    }

    static MapPoints points(float[] x, float[] y, float spacing) {
        MapPoints p = new MapPoints();
        p.setPositions(x, y);
        p.setSpacing(spacing);
        return p;
    }

    /** A screen of {@code w} x {@code h} pixels showing world units as pixels, the origin at the top left. */
    static Viewport identity(int w, int h) {
        Viewport v = new Viewport();
        v.setSize(w, h);
        v.set(1, 0, 0);
        return v;
    }

    /** {x, y} of a {@code side} x {@code side} grid of points {@code step} apart, row by row from the origin. */
    static float[][] grid(int side, float step) {
        float[] x = new float[side * side];
        float[] y = new float[side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = step * (i % side);
            y[i] = step * (i / side);
        }
        return new float[][] {x, y};
    }

    /** {@code p} drawn by a fresh renderer with the default settings on {@code view}, into a target of its size. */
    static CountingTarget drawn(MapPoints p, Viewport view, TileLookup tiles) {
        return drawn(p, view, RenderSettings.DEFAULT, tiles);
    }

    static CountingTarget drawn(MapPoints p, Viewport view, RenderSettings settings, TileLookup tiles) {
        CountingTarget target = new CountingTarget((int) view.width(), (int) view.height());
        new MapRenderer().render(p, view, settings, tiles, target);
        return target;
    }
}
