package org.silhouette.render;

import java.util.Arrays;

/**
 * The map's overview without a toolkit: every point one pixel of a small raster that holds the whole map,
 * and the frame that places world coordinates in that raster (and back, to move the view from a click).
 */
public final class Overview {

    private final int width;
    private final int height;
    private final int margin;
    private final int[] pixels;
    private double scale = 1;
    private double offX;
    private double offY;

    /** A raster of {@code width} x {@code height} pixels that keeps the points {@code margin} pixels from its edges. */
    public Overview(int width, int height, int margin) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.pixels = new int[width * height];
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
        fit(boundsX, boundsY, points.count());
        Arrays.fill(pixels, 0xFF000000 | backgroundRgb);
        float[] xs = points.x();
        float[] ys = points.y();
        int[] colour = points.colourIndex();
        int[] palette = points.palette();
        int[] order = points.drawOrder();
        for (int k = 0; k < points.count(); k++) {
            int i = order[k];
            double px = toPixelX(xs[i]);
            double py = toPixelY(ys[i]);
            if (px >= 0 && py >= 0 && px < width && py < height) {
                pixels[(int) py * width + (int) px] = 0xFF000000 | palette[colour[i]];
            }
        }
    }

    public double toPixelX(double worldX) {
        return worldX * scale + offX;
    }

    public double toPixelY(double worldY) {
        return worldY * scale + offY;
    }

    public double toWorldX(double pixelX) {
        return (pixelX - offX) / scale;
    }

    public double toWorldY(double pixelY) {
        return (pixelY - offY) / scale;
    }

    private void fit(float[] xs, float[] ys, int n) {
        float[] b = FiniteBounds.orUnitSquare(xs, ys, n);
        double w = Math.max((double) b[2] - b[0], 1e-9);
        double h = Math.max((double) b[3] - b[1], 1e-9);
        scale = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
        offX = width / 2.0 - ((double) b[0] + b[2]) / 2 * scale;
        offY = height / 2.0 - ((double) b[1] + b[3]) / 2 * scale;
    }
}
