package org.silhouette.project;

/** Default colours for new labels: hues a golden angle apart, so neighbours in creation order differ. */
public final class Palette {
    private static final double GOLDEN = 0.6180339887498949;

    private Palette() {
    }

    /** The colour (0xRRGGBB) for the {@code k}-th label. */
    public static int colour(int k) {
        double h = (0.58 + k * GOLDEN) % 1.0;
        double s = k % 2 == 0 ? 0.70 : 0.55;
        double v = k % 3 == 2 ? 0.75 : 0.92;
        return hsvToRgb(h, s, v);
    }

    static int hsvToRgb(double h, double s, double v) {
        double c = v * s;
        double hp = h * 6;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double r = 0, g = 0, b = 0;
        switch ((int) Math.floor(hp) % 6) {
            case 0 -> { r = c; g = x; }
            case 1 -> { r = x; g = c; }
            case 2 -> { g = c; b = x; }
            case 3 -> { g = x; b = c; }
            case 4 -> { r = x; b = c; }
            default -> { r = c; b = x; }
        }
        double m = v - c;
        return (channel(r + m) << 16) | (channel(g + m) << 8) | channel(b + m);
    }

    private static int channel(double u) {
        return (int) Math.round(Math.max(0, Math.min(1, u)) * 255);
    }
}
