package org.silhouette.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns whatever a decoder returned into TYPE_INT_RGB. Grey images are copied sample for sample
 * (Java2D would treat their linear grey colour space as needing gamma, brightening them); transparency
 * is composited over a background colour.
 */
public final class RgbImages {
    private RgbImages() {
    }

    public static BufferedImage toRgb(BufferedImage src, int backgroundRgb) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        ColorModel cm = src.getColorModel();
        Raster r = src.getRaster();
        boolean integral = r.getDataBuffer().getDataType() != DataBuffer.TYPE_FLOAT
                && r.getDataBuffer().getDataType() != DataBuffer.TYPE_DOUBLE;
        if (!(cm instanceof IndexColorModel) && cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && integral && (r.getNumBands() == 1 || r.getNumBands() == 2)) {
            copyGrey(r, cm.isAlphaPremultiplied(), backgroundRgb, dst, w, h);
        } else {
            copyViaColorModel(src, backgroundRgb, dst, w, h);
        }
        return out;
    }

    private static void copyGrey(Raster r, boolean premultiplied, int bg, int[] dst, int w, int h) {
        int greyMax = (1 << r.getSampleModel().getSampleSize(0)) - 1;
        boolean alpha = r.getNumBands() == 2;
        int alphaMax = alpha ? (1 << r.getSampleModel().getSampleSize(1)) - 1 : 1;
        int[] g = new int[w];
        int[] a = alpha ? new int[w] : null;
        int x0 = r.getMinX();
        int y0 = r.getMinY();
        for (int y = 0; y < h; y++) {
            r.getSamples(x0, y0 + y, w, 1, 0, g);
            if (alpha) {
                r.getSamples(x0, y0 + y, w, 1, 1, a);
            }
            for (int x = 0; x < w; x++) {
                int v = scale(g[x], greyMax);
                if (alpha) {
                    int av = scale(a[x], alphaMax);
                    int rgb = (v << 16) | (v << 8) | v;
                    dst[y * w + x] = composite(rgb, av, premultiplied, bg);
                } else {
                    dst[y * w + x] = (v << 16) | (v << 8) | v;
                }
            }
        }
    }

    private static void copyViaColorModel(BufferedImage src, int bg, int[] dst, int w, int h) {
        boolean alpha = src.getColorModel().hasAlpha();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, row, 0, w); // non-premultiplied sRGB, whatever the source model
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                dst[y * w + x] = alpha ? composite(argb & 0xFFFFFF, argb >>> 24, false, bg) : argb & 0xFFFFFF;
            }
        }
    }

    /** Scales an n-bit sample to 0..255, rounding to nearest. */
    static int scale(int sample, int max) {
        if (max == 255) {
            return sample;
        }
        return (int) ((sample * 255L + max / 2) / max);
    }

    /** Alpha-blends an RGB colour over the background; {@code alpha} in 0..255. */
    static int composite(int rgb, int alpha, boolean premultiplied, int bg) {
        if (alpha == 255) {
            return rgb;
        }
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xFF;
            int b = (bg >> shift) & 0xFF;
            int v = premultiplied
                    ? c + (b * (255 - alpha) + 127) / 255
                    : (c * alpha + b * (255 - alpha) + 127) / 255;
            out |= Math.min(255, v) << shift;
        }
        return out;
    }

    /** Applies an EXIF orientation (1..8) so the image is upright; returns the input for 1. */
    public static BufferedImage orient(BufferedImage rgb, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return rgb;
        }
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        int ow = out.getWidth();
        int[] s = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        int[] d = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; }
                }
                d[dy * ow + dx] = s[y * w + x];
            }
        }
        return out;
    }
}
