package org.silhouette.render;

/**
 * An opaque thumbnail as 0xAARRGGBB pixels (alpha always 255), with a half-size copy for drawing small
 * without shimmering. Plain Java so that loading, caching and drawing never need the FX thread.
 */
public record ArgbTile(int width, int height, int[] argb, ArgbTile half) {

    /** Below this edge no further half-size copy is made. */
    private static final int SMALLEST_HALF = 12;

    public ArgbTile {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("Tile " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + argb.length);
        }
    }

    /** Builds a tile, flattening any transparency onto {@code backdropRgb}, with its half-size chain. */
    public static ArgbTile of(int width, int height, int[] argb, int backdropRgb) {
        int[] opaque = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int a = p >>> 24;
            opaque[i] = a == 255 ? p : Raster.blend(backdropRgb | 0xFF000000, p, a);
        }
        return withHalves(width, height, opaque);
    }

    private static ArgbTile withHalves(int width, int height, int[] opaque) {
        ArgbTile half = null;
        if (width / 2 >= SMALLEST_HALF && height / 2 >= SMALLEST_HALF) {
            half = withHalves(width / 2, height / 2, boxHalve(width, height, opaque));
        }
        return new ArgbTile(width, height, opaque, half);
    }

    /**
     * This tile, enlarged by the largest whole factor that keeps it within {@code minEdge} on its longer side, by
     * repeating pixels (nearest neighbour), so small images (28 px digits) show crisp pixels, not blur; itself
     * when that factor is under 2, or when the tile has {@code smoothFrom} px or more (photo-like enough for smooth
     * scaling). The enlarged tile has no half-size copy.
     */
    public ArgbTile enlarged(double minEdge, int smoothFrom) {
        int longest = Math.max(width, height);
        int factor = (int) Math.floor(minEdge / longest);
        if (factor < 2 || longest >= smoothFrom) {
            return this;
        }
        int w = width * factor;
        int h = height * factor;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            int srcRow = (y / factor) * width;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = argb[srcRow + x / factor];
            }
        }
        return new ArgbTile(w, h, out, null);
    }

    /** Averages 2×2 blocks; an odd last row or column is dropped. */
    static int[] boxHalve(int width, int height, int[] src) {
        int hw = width / 2;
        int hh = height / 2;
        int[] out = new int[hw * hh];
        for (int y = 0; y < hh; y++) {
            int r0 = 2 * y * width;
            int r1 = r0 + width;
            for (int x = 0; x < hw; x++) {
                int a = src[r0 + 2 * x];
                int b = src[r0 + 2 * x + 1];
                int c = src[r1 + 2 * x];
                int d = src[r1 + 2 * x + 1];
                int r = (((a >> 16) & 255) + ((b >> 16) & 255) + ((c >> 16) & 255) + ((d >> 16) & 255) + 2) >> 2;
                int g = (((a >> 8) & 255) + ((b >> 8) & 255) + ((c >> 8) & 255) + ((d >> 8) & 255) + 2) >> 2;
                int bl = ((a & 255) + (b & 255) + (c & 255) + (d & 255) + 2) >> 2;
                out[y * hw + x] = 0xFF000000 | (r << 16) | (g << 8) | bl;
            }
        }
        return out;
    }

    /** Approximate heap bytes, for the cache's budget. */
    public long bytes() {
        long own = 16L + 4L * argb.length;
        return half == null ? own : own + half.bytes();
    }
}
