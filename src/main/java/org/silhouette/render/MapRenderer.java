package org.silhouette.render;

/**
 * Draws the visible points in one pass over primitive arrays. Points landing in the same cell (one
 * pixel for dots, a third of a thumbnail for thumbnails) are merged: only the one on top is drawn. Zoomed out
 * below the thumbnail switch, points with room around them are drawn as small thumbnails, the rest as dots.
 * A dimmed point is always a faint dot (its colour mostly the background's), so what a filter keeps stands
 * out as thumbnails and full colours. Reuses its buffers between frames; one instance per canvas, not
 * thread-safe.
 */
public final class MapRenderer {

    /** What the last frame drew. */
    public record Stats(int visible, int dots, int tiles, boolean thumbnails, float thumbnailPx) {
    }

    /** How much of its own colour a dimmed dot keeps; the rest is the background's. */
    static final float DIM_KEEP = 0.3f;

    private int[] claims = new int[0];
    private int[] winners = new int[0];
    private int[] roomCount = new int[0];
    private boolean[] roomy = new boolean[0];
    private int[] roomCell = new int[0];
    private int[] roomOrder = new int[0];
    private float[] roomX = new float[0];
    private float[] roomY = new float[0];
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
        int roomySize = Math.round(settings.roomyThumbnailPx(points.spacing(), scale));
        boolean partly = !thumbs && tiles.available() && settings.maxTiles() > 0
                && markRoomy(points, view, target.width(), target.height(), visible, roomySize);

        int dots = 0;
        int tileCount = 0;
        float[] xs = points.x();
        float[] ys = points.y();
        int[] colour = points.colourIndex();
        int[] palette = points.palette();
        boolean[] dimmed = points.dimmed();
        double ox = view.offsetX();
        double oy = view.offsetY();
        // winners were collected top-first; draw bottom-first so the top one ends up on top.
        for (int w = visible - 1; w >= 0; w--) {
            int i = winners[w];
            double sx = xs[i] * scale + ox;
            double sy = ys[i] * scale + oy;
            int rgb = palette[colour[i]];
            if (dimmed != null && dimmed[i]) {
                target.dot((int) Math.floor(sx), (int) Math.floor(sy), faded(rgb, settings.backgroundRgb()));
                dots++;
                continue;
            }
            if (thumbs && tileCount < settings.maxTiles()) {
                ArgbTile tile = tiles.tileOrRequest(i);
                if (tile != null) {
                    target.tile((int) Math.floor(sx - size / 2.0), (int) Math.floor(sy - size / 2.0), size, rgb, tile);
                    tileCount++;
                    continue;
                }
            }
            if (partly && roomy[w] && tileCount < settings.maxTiles()) {
                ArgbTile tile = tiles.tileOrRequest(i);
                if (tile != null) {
                    target.tile((int) Math.floor(sx - roomySize / 2.0), (int) Math.floor(sy - roomySize / 2.0),
                            roomySize, rgb, tile);
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
     * Marks the winners with no other winner closer than {@code size} pixels along either axis, so a thumbnail
     * of that size centred on one covers no other point; returns whether any has room. Winners are bucketed
     * into cells of {@code size}, so only the 3 x 3 cells around each are compared.
     */
    private boolean markRoomy(MapPoints points, Viewport view, int width, int height, int visible, int size) {
        int gw = width / size + 3;
        int gh = height / size + 3;
        if (roomCount.length < gw * gh + 1) {
            roomCount = new int[gw * gh + 1];
        }
        if (roomy.length < visible) {
            roomy = new boolean[winners.length];
            roomCell = new int[winners.length];
            roomOrder = new int[winners.length];
            roomX = new float[winners.length];
            roomY = new float[winners.length];
        }
        java.util.Arrays.fill(roomCount, 0, gw * gh + 1, 0);
        float[] xs = points.x();
        float[] ys = points.y();
        boolean[] dimmed = points.dimmed();
        double scale = view.scale();
        for (int w = 0; w < visible; w++) {
            int i = winners[w];
            roomX[w] = (float) (xs[i] * scale + view.offsetX());
            roomY[w] = (float) (ys[i] * scale + view.offsetY());
            int cx = (int) Math.floor(roomX[w] / size) + 1;
            int cy = (int) Math.floor(roomY[w] / size) + 1;
            // a dimmed point is a faint dot: it takes no room from the points a filter keeps
            roomCell[w] = cx < 1 || cy < 1 || cx >= gw - 1 || cy >= gh - 1 || dimmed != null && dimmed[i] ? -1
                    : cy * gw + cx;
            if (roomCell[w] >= 0) {
                roomCount[roomCell[w] + 1]++;
            }
        }
        for (int c = 0; c < gw * gh; c++) { // counts to bucket starts
            roomCount[c + 1] += roomCount[c];
        }
        int[] fill = roomCount.clone();
        for (int w = 0; w < visible; w++) {
            if (roomCell[w] >= 0) {
                roomOrder[fill[roomCell[w]]++] = w;
            }
        }
        boolean any = false;
        for (int w = 0; w < visible; w++) {
            int c = roomCell[w];
            boolean free = c >= 0;
            for (int dy = -gw; free && dy <= gw; dy += gw) {
                for (int k = roomCount[c + dy - 1]; free && k < roomCount[c + dy + 2]; k++) {
                    int o = roomOrder[k];
                    free = o == w || Math.abs(roomX[o] - roomX[w]) >= size || Math.abs(roomY[o] - roomY[w]) >= size;
                }
            }
            roomy[w] = free;
            any |= free;
        }
        return any;
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
