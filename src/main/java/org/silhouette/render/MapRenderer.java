package org.silhouette.render;

import java.util.BitSet;

/**
 * Draws the visible points in one pass over primitive arrays. Points landing on the same pixel are merged: only
 * the one on top is drawn. Among the rest, {@link ThumbnailPlacement} picks those drawn as thumbnails at any zoom,
 * as many as fit, top of the draw order first; the others are dots, drawn beneath the thumbnails, or left out
 * where a thumbnail covers them. A dimmed point is always a faint dot (its colour mostly the background's) and
 * takes no room, so what a filter keeps stands out as thumbnails and full colours. Reuses its buffers between
 * frames; one instance per canvas, not thread-safe.
 */
public final class MapRenderer {

    /**
     * What the last frame drew; {@code thumbnails} says the zoom is past the switch, where every point is
     * drawn as a thumbnail or under one (once the tiles have loaded).
     */
    public record Stats(int visible, int dots, int tiles, boolean thumbnails, float thumbnailPx) {
    }

    /** How much of its own colour a dimmed dot keeps; the rest is the background's. */
    static final float DIM_KEEP = 0.3f;

    private final ThumbnailPlacement placement = new ThumbnailPlacement();
    /** One bit per pixel of the padded screen: 120 KB at 1280×720, so the claims stay in the cache. */
    private long[] claimed = new long[0];
    private int[] winners = new int[0];
    private double[] winX = new double[0];
    private double[] winY = new double[0];
    /** The last frame's thumbnail edge in pixels, 0 when it placed none. */
    private int placedSize;

    public Stats render(MapPoints points, Viewport view, RenderSettings settings, TileLookup tiles,
            DrawTarget target) {
        target.clear(settings.backgroundRgb());
        tiles.beginFrame();
        double scale = view.scale();
        double spacing = points.spacing();
        boolean placing = tiles.available() && settings.maxTiles() > 0;
        float thumbPx = settings.thumbnailPx(spacing, scale);
        float radius = settings.dotRadius(spacing, scale);
        target.setDotRadius(radius);

        int size = Math.round(thumbPx);
        int width = target.width();
        int height = target.height();
        int pad = Math.max((int) Math.ceil(radius), placing ? size / 2 : 0) + 1;
        int visible = collectWinners(points, view, width, height, pad);
        placedSize = placing ? size : 0;
        if (placing) {
            placement.place(winners, winX, winY, visible, points.dimmed(), size,
                    size * settings.thumbnailGapShare(spacing, scale), settings.maxTiles(), width, height, pad, tiles);
        }

        int dots = 0;
        int[] colour = points.colourIndex();
        int[] palette = points.palette();
        boolean[] dimmed = points.dimmed();
        // winners were collected top-first; draw bottom-first so the top one ends up on top.
        for (int w = visible - 1; w >= 0; w--) {
            if (placing && !placement.isDot(w)) {
                continue;
            }
            int i = winners[w];
            int rgb = palette[colour[i]];
            target.dot((int) Math.floor(winX[w]), (int) Math.floor(winY[w]),
                    dimmed != null && dimmed[i] ? faded(rgb, settings.backgroundRgb()) : rgb);
            dots++;
        }
        int tileCount = 0;
        for (int k = placing ? placement.count() - 1 : -1; k >= 0; k--) { // above the dots, the first placed on top
            ArgbTile tile = placement.tile(k);
            if (tile != null) {
                int w = placement.winner(k);
                target.tile((int) Math.floor(winX[w] - size / 2.0), (int) Math.floor(winY[w] - size / 2.0), size,
                        palette[colour[winners[w]]], tile);
                tileCount++;
            }
        }
        tiles.frameDone();
        return new Stats(visible, dots, tileCount, tiles.available() && settings.showsThumbnails(spacing, scale),
                thumbPx);
    }

    /**
     * The point whose thumbnail, as the last frame drew it, covers screen position (x, y), the topmost; -1 when
     * none does. A click on a small thumbnail's edge then picks the image shown there, not a point hidden under it.
     */
    public int thumbnailAt(double x, double y) {
        double half = placedSize / 2.0;
        for (int k = 0; k < placement.count(); k++) { // the first placed is drawn on top
            int w = placement.winner(k);
            if (placement.tile(k) != null && Math.abs(winX[w] - x) <= half && Math.abs(winY[w] - y) <= half) {
                return winners[w];
            }
        }
        return -1;
    }

    /**
     * The points that the last frame drew as thumbnails, set in {@code out} (cleared first); their edge is
     * {@link #thumbnailEdge}. The selection's markers frame these at their size, not a dot's.
     */
    public void thumbnailsDrawn(BitSet out) {
        out.clear();
        for (int k = 0; k < placement.count(); k++) {
            if (placement.tile(k) != null) {
                out.set(winners[placement.winner(k)]);
            }
        }
    }

    /** The last frame's thumbnail edge in pixels, 0 when it placed none. */
    public int thumbnailEdge() {
        return placedSize;
    }

    /** {@code rgb} mixed into the background, keeping {@link #DIM_KEEP} of it. */
    static int faded(int rgb, int background) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (rgb >> shift) & 0xFF;
            int b = (background >> shift) & 0xFF;
            out |= Math.round(b + DIM_KEEP * (c - b)) << shift;
        }
        return out;
    }

    /**
     * Visible points (within {@code pad} of the screen), one per pixel, the topmost of each, into
     * {@link #winners} with their screen centres; returns the count.
     */
    private int collectWinners(MapPoints points, Viewport view, int width, int height, int pad) {
        int n = points.count();
        if (winners.length < n) {
            winners = new int[n];
            winX = new double[n];
            winY = new double[n];
        }
        int gw = width + 2 * pad + 1;
        int gh = height + 2 * pad + 1;
        int cells = gw * gh;
        int words = (cells + 63) >>> 6;
        if (claimed.length < words) {
            claimed = new long[words];
        } else {
            java.util.Arrays.fill(claimed, 0, words, 0L);
        }
        float[] xs = points.x();
        float[] ys = points.y();
        int[] order = points.drawOrder();
        double scale = view.scale();
        double ox = view.offsetX();
        double oy = view.offsetY();
        double maxX = width + 2.0 * pad;
        double maxY = height + 2.0 * pad;
        int count = 0;
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            double sx = xs[i] * scale + ox;
            double sy = ys[i] * scale + oy;
            double px = sx + pad;
            double py = sy + pad;
            if (!(px >= 0 && py >= 0 && px < maxX && py < maxY)) { // NaN fails too
                continue;
            }
            int c = (int) py * gw + (int) px;
            long bit = 1L << c; // shifts use the low six bits: c's place in its word
            if ((claimed[c >>> 6] & bit) == 0) {
                claimed[c >>> 6] |= bit;
                winX[count] = sx;
                winY[count] = sy;
                winners[count++] = i;
            }
        }
        return count;
    }
}
