package org.silhouette.app.map;

import java.util.Arrays;

/**
 * A frame of opaque 0xFFRRGGBB pixels that the map is drawn into with plain array writes. Opaque pixels
 * are the same premultiplied or not, so the FX side can wrap the array as an INT_ARGB_PRE image without
 * converting. Not thread-safe; one per canvas.
 */
public final class Raster implements DrawTarget {

    private final int width;
    private final int height;
    private final int[] pixels;
    private DotStamp stamp = DotStamp.of(2.5f);
    private final ScaleMaps scaleMaps = new ScaleMaps();

    public Raster(int width, int height) {
        this(width, height, new int[Math.multiplyExact(Math.max(1, width), Math.max(1, height))]);
    }

    /** Draws into {@code pixels}, row-major, which must hold width×height values. */
    public Raster(int width, int height, int[] pixels) {
        if (width < 1 || height < 1 || pixels.length < width * height) {
            throw new IllegalArgumentException("Raster " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    public int[] pixels() {
        return pixels;
    }

    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    @Override
    public void clear(int rgb) {
        Arrays.fill(pixels, 0, width * height, 0xFF000000 | rgb);
    }

    @Override
    public void setDotRadius(float radius) {
        if (radius != stamp.radius()) {
            stamp = DotStamp.of(radius);
        }
    }

    @Override
    public void dot(int cx, int cy, int rgb) {
        int colour = 0xFF000000 | rgb;
        int reach = stamp.reach();
        int[] dx = stamp.dx();
        int[] dy = stamp.dy();
        int[] alpha = stamp.alpha();
        if (cx - reach >= 0 && cy - reach >= 0 && cx + reach < width && cy + reach < height) {
            int centre = cy * width + cx;
            for (int k = 0; k < dx.length; k++) {
                int i = centre + dy[k] * width + dx[k];
                int a = alpha[k];
                pixels[i] = a == 255 ? colour : blend(pixels[i], colour, a);
            }
            return;
        }
        for (int k = 0; k < dx.length; k++) {
            int x = cx + dx[k];
            int y = cy + dy[k];
            if (x >= 0 && y >= 0 && x < width && y < height) {
                int i = y * width + x;
                int a = alpha[k];
                pixels[i] = a == 255 ? colour : blend(pixels[i], colour, a);
            }
        }
    }

    @Override
    public void tile(int left, int top, int size, int frameRgb, ArgbTile tile) {
        int frame = size >= 48 ? 3 : size >= 16 ? 2 : 1;
        fillRect(left, top, size, size, frameRgb);
        int inner = size - 2 * frame;
        if (inner <= 0) {
            return;
        }
        ArgbTile src = tile;
        while (src.half() != null && inner * 2 <= Math.max(src.width(), src.height())) {
            src = src.half();
        }
        int longest = Math.max(src.width(), src.height());
        int dw = Math.max(1, src.width() * inner / longest);
        int dh = Math.max(1, src.height() * inner / longest);
        int x0 = left + frame + (inner - dw) / 2;
        int y0 = top + frame + (inner - dh) / 2;
        if (dw < inner || dh < inner) {
            fillRect(left + frame, top + frame, inner, inner, 0x101114);
        }
        blitScaled(src, x0, y0, dw, dh);
    }

    /** Nearest-neighbour scaled copy, clipped to the raster. */
    private void blitScaled(ArgbTile src, int x0, int y0, int dw, int dh) {
        int xa = Math.max(0, -x0);
        int xb = Math.min(dw, width - x0);
        int ya = Math.max(0, -y0);
        int yb = Math.min(dh, height - y0);
        if (xa >= xb || ya >= yb) {
            return;
        }
        int[] cols = scaleMaps.map(src.width(), dw);
        int[] rows = scaleMaps.map(src.height(), dh);
        int[] s = src.argb();
        int sw = src.width();
        for (int y = ya; y < yb; y++) {
            int srcRow = rows[y] * sw;
            int d = (y0 + y) * width + x0;
            for (int x = xa; x < xb; x++) {
                pixels[d + x] = s[srcRow + cols[x]];
            }
        }
    }

    public void fillRect(int left, int top, int w, int h, int rgb) {
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int x1 = Math.min(width, left + w);
        int y1 = Math.min(height, top + h);
        if (x0 >= x1) {
            return;
        }
        int colour = 0xFF000000 | rgb;
        for (int y = y0; y < y1; y++) {
            Arrays.fill(pixels, y * width + x0, y * width + x1, colour);
        }
    }

    /** {@code src} over {@code dst} with coverage {@code a} in 0..255; the result is opaque. */
    static int blend(int dst, int src, int a) {
        int na = 256 - a;
        int a1 = a + 1;
        int rb = (((src & 0xFF00FF) * a1 + (dst & 0xFF00FF) * na) >>> 8) & 0xFF00FF;
        int g = (((src & 0x00FF00) * a1 + (dst & 0x00FF00) * na) >>> 8) & 0x00FF00;
        return 0xFF000000 | rb | g;
    }

    /** A round dot as pixel offsets with anti-aliased coverage at its rim. */
    record DotStamp(float radius, int reach, int[] dx, int[] dy, int[] alpha) {
        static DotStamp of(float radius) {
            float r = Math.max(0.5f, radius);
            int reach = (int) Math.ceil(r);
            int side = 2 * reach + 1;
            int[] dx = new int[side * side];
            int[] dy = new int[side * side];
            int[] alpha = new int[side * side];
            int k = 0;
            for (int y = -reach; y <= reach; y++) {
                for (int x = -reach; x <= reach; x++) {
                    double coverage = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(x, y)));
                    int a = (int) Math.round(coverage * 255);
                    if (a > 0) {
                        dx[k] = x;
                        dy[k] = y;
                        alpha[k] = a;
                        k++;
                    }
                }
            }
            return new DotStamp(radius, reach, Arrays.copyOf(dx, k), Arrays.copyOf(dy, k), Arrays.copyOf(alpha, k));
        }
    }

    /** Source index for each destination pixel, cached per (source length, destination length). */
    private static final class ScaleMaps {
        private final java.util.HashMap<Long, int[]> maps = new java.util.HashMap<>();

        int[] map(int srcLen, int dstLen) {
            if (maps.size() > 64) {
                maps.clear();
            }
            return maps.computeIfAbsent(((long) srcLen << 32) | dstLen, key -> {
                int[] m = new int[dstLen];
                for (int i = 0; i < dstLen; i++) {
                    m[i] = (int) Math.min(srcLen - 1, ((2L * i + 1) * srcLen) / (2L * dstLen));
                }
                return m;
            });
        }
    }
}
