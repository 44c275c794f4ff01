package org.silhouette.render;

/**
 * Draws the visible points in one pass over primitive arrays. Points landing in the same cell (one
 * pixel for dots, a third of a thumbnail for thumbnails) are merged: only the one on top is drawn.
 * Reuses its buffers between frames; one instance per canvas, not thread-safe.
 */
public final class MapRenderer {

    /** What the last frame drew. */
    public record Stats(int visible, int dots, int tiles, boolean thumbnails, float thumbnailPx) {
    }

    private int[] claims = new int[0];
    private int[] winners = new int[0];
    private int stamp;

    public Stats render(MapPoints points, Viewport view, RenderSettings settings, TileLookup tiles,
            DrawTarget target) {
        target.clear(settings.backgroundRgb());
        tiles.beginFrame();
        double scale = view.scale();
        boolean thumbs = tiles.available() && settings.showsThumbnails(points.spacing(), scale);
        float thumbPx = settings.thumbnailPx(points.spacing(), scale);
        float radius = settings.dotRadius(points.spacing(), scale);
        target.setDotRadius(radius);

        int size = Math.round(thumbPx);
        int cell = thumbs ? Math.max(1, size / 3) : 1;
        int pad = thumbs ? size / 2 + 1 : (int) Math.ceil(radius) + 1;
        int visible = collectWinners(points, view, target.width(), target.height(), cell, pad);

        int dots = 0;
        int tileCount = 0;
        float[] xs = points.x();
        float[] ys = points.y();
        int[] colour = points.colourIndex();
        int[] palette = points.palette();
        double ox = view.offsetX();
        double oy = view.offsetY();
        // winners were collected top-first; draw bottom-first so the top one ends up on top.
        for (int w = visible - 1; w >= 0; w--) {
            int i = winners[w];
            double sx = xs[i] * scale + ox;
            double sy = ys[i] * scale + oy;
            int rgb = palette[colour[i]];
            if (thumbs && tileCount < settings.maxTiles()) {
                ArgbTile tile = tiles.tileOrRequest(i);
                if (tile != null) {
                    target.tile((int) Math.floor(sx - size / 2.0), (int) Math.floor(sy - size / 2.0), size, rgb, tile);
                    tileCount++;
                    continue;
                }
            }
            target.dot((int) Math.floor(sx), (int) Math.floor(sy), rgb);
            dots++;
        }
        tiles.frameDone();
        return new Stats(visible, dots, tileCount, thumbs, thumbPx);
    }

    /** Visible points, one per occupied cell, the topmost of each, into {@link #winners}; returns the count. */
    private int collectWinners(MapPoints points, Viewport view, int width, int height, int cell, int pad) {
        int n = points.count();
        if (winners.length < n) {
            winners = new int[n];
        }
        int gw = (width + 2 * pad) / cell + 1;
        int gh = (height + 2 * pad) / cell + 1;
        int cells = gw * gh;
        if (claims.length < cells) {
            claims = new int[cells];
            stamp = 0;
        }
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(claims, 0);
            stamp = 1;
        }
        float[] xs = points.x();
        float[] ys = points.y();
        int[] order = points.drawOrder();
        double scale = view.scale();
        double ox = view.offsetX() + pad;
        double oy = view.offsetY() + pad;
        double maxX = width + 2.0 * pad;
        double maxY = height + 2.0 * pad;
        int count = 0;
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            double px = xs[i] * scale + ox;
            double py = ys[i] * scale + oy;
            if (!(px >= 0 && py >= 0 && px < maxX && py < maxY)) { // NaN fails too
                continue;
            }
            int c = ((int) py / cell) * gw + (int) px / cell;
            if (claims[c] != stamp) {
                claims[c] = stamp;
                winners[count++] = i;
            }
        }
        return count;
    }
}
