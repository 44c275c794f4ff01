package org.silhouette.render;

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
    private final ScaleMap colMap = new ScaleMap();
    private final ScaleMap rowMap = new ScaleMap();

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
        stamp.draw(pixels, width, height, cx, cy, 0xFF000000 | rgb);
    }

    @Override
    public void tile(int left, int top, int size, int frameRgb, ArgbTile tile) {
        int frame = size >= 48 ? 3 : size >= 16 ? 2 : 1;
        int inner = size - 2 * frame;
        if (inner <= 0) {
            fillRect(left, top, size, size, frameRgb);
            return;
        }
        ArgbTile src = tile;
        while (src.half() != null && inner * 2 <= Math.max(src.width(), src.height())) {
            src = src.half();
        }
        int longest = Math.max(src.width(), src.height());
        int dw = Math.max(1, src.width() * inner / longest);
        int dh = Math.max(1, src.height() * inner / longest);
        if (dw == inner && dh == inner) {
            framedSquare(left, top, size, frame, 0xFF000000 | frameRgb, src);
            return;
        }
        fillRect(left, top, size, frame, frameRgb);
        fillRect(left, top + size - frame, size, frame, frameRgb);
        fillRect(left, top + frame, frame, inner, frameRgb);
        fillRect(left + size - frame, top + frame, frame, inner, frameRgb);
        fillRect(left + frame, top + frame, inner, inner, 0x101114);
        blitScaled(src, left + frame + (inner - dw) / 2, top + frame + (inner - dh) / 2, dw, dh);
    }

    /** The common case in one pass over the rows: a square image filling its frame. */
    private void framedSquare(int left, int top, int size, int frame, int colour, ArgbTile src) {
        int inner = size - 2 * frame;
        int x0 = Math.max(0, left);
        int x1 = Math.min(width, left + size);
        int y0 = Math.max(0, top);
        int y1 = Math.min(height, top + size);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int[] cols = colMap.map(src.width(), inner);
        int[] rows = rowMap.map(src.height(), inner);
        int[] s = src.argb();
        int sw = src.width();
        int innerLeft = left + frame;
        int innerRight = innerLeft + inner;
        int ix0 = Math.max(x0, innerLeft);
        int ix1 = Math.min(x1, innerRight);
        int[] px = pixels;
        for (int y = y0; y < y1; y++) {
            int row = y * width;
            int ry = y - top;
            if (ry < frame || ry >= frame + inner) {
                Arrays.fill(px, row + x0, row + x1, colour);
                continue;
            }
            for (int x = x0; x < Math.min(x1, innerLeft); x++) {
                px[row + x] = colour;
            }
            int srcRow = rows[ry - frame] * sw;
            int dst = row + innerLeft;
            for (int k = ix0 - innerLeft, end = ix1 - innerLeft; k < end; k++) {
                px[dst + k] = s[srcRow + cols[k]];
            }
            for (int x = Math.max(x0, innerRight); x < x1; x++) {
                px[row + x] = colour;
            }
        }
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
        int[] s = src.argb();
        int sw = src.width();
        if (dw == sw && dh == src.height()) {
            for (int y = ya; y < yb; y++) {
                System.arraycopy(s, y * sw + xa, pixels, (y0 + y) * width + x0 + xa, xb - xa);
            }
            return;
        }
        int[] cols = colMap.map(src.width(), dw);
        int[] rows = rowMap.map(src.height(), dh);
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

    /**
     * A round dot as pixel offsets with coverage. Dots under 2 px in radius are solid (coverage >= 1/2
     * becomes opaque): crisper at that size and no blending in the hot loop. Linear offsets are kept for
     * the last raster width used.
     */
    static final class DotStamp {
        private final float radius;
        private final int reach;
        private final int[] dx;
        private final int[] dy;
        private final int[] alpha;
        private int offsetsWidth = -1;
        private int[] solid;
        private int[] rim;
        private int[] rimAlpha;

        private DotStamp(float radius, int reach, int[] dx, int[] dy, int[] alpha) {
            this.radius = radius;
            this.reach = reach;
            this.dx = dx;
            this.dy = dy;
            this.alpha = alpha;
        }

        static DotStamp of(float radius) {
            float r = Math.max(0.5f, radius);
            boolean solidOnly = r < 2;
            int reach = (int) Math.ceil(r);
            int side = 2 * reach + 1;
            int[] dx = new int[side * side];
            int[] dy = new int[side * side];
            int[] alpha = new int[side * side];
            int k = 0;
            for (int y = -reach; y <= reach; y++) {
                for (int x = -reach; x <= reach; x++) {
                    double coverage = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(x, y)));
                    int a = solidOnly ? (coverage >= 0.5 ? 255 : 0) : (int) Math.round(coverage * 255);
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

        float radius() {
            return radius;
        }

        /** Stamps the dot centred on (cx, cy); the fast path needs no clipping, the other clips each pixel. */
        void draw(int[] pixels, int width, int height, int cx, int cy, int colour) {
            if (cx - reach >= 0 && cy - reach >= 0 && cx + reach < width && cy + reach < height) {
                prepare(width);
                int centre = cy * width + cx;
                for (int off : solid) {
                    pixels[centre + off] = colour;
                }
                int[] rimOffsets = rim;
                int[] rimAlphas = rimAlpha;
                for (int k = 0; k < rimOffsets.length; k++) {
                    int i = centre + rimOffsets[k];
                    pixels[i] = blend(pixels[i], colour, rimAlphas[k]);
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

        private void prepare(int width) {
            if (width == offsetsWidth) {
                return;
            }
            int solidCount = 0;
            for (int a : alpha) {
                if (a == 255) {
                    solidCount++;
                }
            }
            solid = new int[solidCount];
            rim = new int[alpha.length - solidCount];
            rimAlpha = new int[rim.length];
            for (int k = 0, s = 0, r = 0; k < alpha.length; k++) {
                int off = dy[k] * width + dx[k];
                if (alpha[k] == 255) {
                    solid[s++] = off;
                } else {
                    rim[r] = off;
                    rimAlpha[r++] = alpha[k];
                }
            }
            offsetsWidth = width;
        }
    }

    /** Source index for each destination pixel; remembers the last pair, which is all one frame needs. */
    private static final class ScaleMap {
        private int srcLen = -1;
        private int dstLen = -1;
        private int[] map;

        int[] map(int src, int dst) {
            if (src != srcLen || dst != dstLen) {
                map = new int[dst];
                for (int i = 0; i < dst; i++) {
                    map[i] = (int) Math.min(src - 1, ((2L * i + 1) * src) / (2L * dst));
                }
                srcLen = src;
                dstLen = dst;
            }
            return map;
        }
    }
}
