package org.silhouette.render;

import java.util.Arrays;

/**
 * The map's overview without a toolkit: every point one pixel of a small raster that holds the whole map,
 * and the frame, a {@link Viewport} fitted to the map, that places world coordinates in that raster (and
 * back, to move the view from a click).
 */
public final class Overview {

    private final int width;
    private final int height;
    private final int margin;
    private final int[] pixels;
    private final Viewport frame = new Viewport();

    /** A raster of {@code width} x {@code height} pixels that keeps the points {@code margin} pixels from its edges. */
    public Overview(int width, int height, int margin) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.pixels = new int[width * height];
        frame.setSize(width, height);
    }

    /** World coordinates to the raster's pixels and back, as of the last {@link #draw}. */
    public Viewport frame() {
        return frame;
    }

    /**
     * The part of the map {@code view} shows, as {x, y, width, height} in the raster's pixels: cut to just past
     * the raster's edges (the outline's sides stay hidden beyond them) and at least 2 px wide and high.
     */
    public double[] outline(Viewport view) {
        double x0 = Math.max(-1, frame.toScreenX(view.toWorldX(0)));
        double y0 = Math.max(-1, frame.toScreenY(view.toWorldY(0)));
        double x1 = Math.min(width + 1, frame.toScreenX(view.toWorldX(view.width())));
        double y1 = Math.min(height + 1, frame.toScreenY(view.toWorldY(view.height())));
        return new double[] {x0, y0, Math.max(2, x1 - x0), Math.max(2, y1 - y0)};
    }

    /** Opaque ARGB, row-major; redrawn in place by {@link #draw}. */
    public int[] pixels() {
        return pixels;
    }

    /**
     * Fits the frame to the points that {@code boundsX}/{@code boundsY} place (the targets, so the overview does
     * not shift while they glide) and draws {@code points} in their colours, in draw order, over the background.
     */
    public void draw(MapPoints points, float[] boundsX, float[] boundsY, int backgroundRgb) {
        float[] b = FiniteBounds.orUnitSquare(boundsX, boundsY, points.count());
        frame.fit(b[0], b[1], b[2], b[3], margin);
        Arrays.fill(pixels, 0xFF000000 | backgroundRgb);
        float[] xs = points.x();
        float[] ys = points.y();
        int[] colour = points.colourIndex();
        int[] palette = points.palette();
        int[] order = points.drawOrder();
        for (int k = 0; k < points.count(); k++) {
            int i = order[k];
            double px = frame.toScreenX(xs[i]);
            double py = frame.toScreenY(ys[i]);
            if (px >= 0 && py >= 0 && px < width && py < height) {
                pixels[(int) py * width + (int) px] = 0xFF000000 | palette[colour[i]];
            }
        }
    }
}
