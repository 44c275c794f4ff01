package org.silhouette.render;

import java.util.Locale;

/**
 * The shades of the confusion table: from the window's background at share 0 to full blue where the suggestions
 * agree with the label, or red where they do not, at share 1; and whether the text over a shade is white.
 */
public final class HeatShade {

    static final int EMPTY = 0x26282C;
    static final int AGREE = 0x3C6ED2;
    static final int DISAGREE = 0xD24632;
    /** Above this share a cell is dark enough for white text. */
    static final double WHITE_TEXT_FROM = 0.45;

    private HeatShade() {
    }

    /** 0xRRGGBB for a cell holding {@code share} of its row; the square root, so a few images of a large label show. */
    public static int rgb(double share, boolean agree) {
        float t = (float) Math.sqrt(Math.clamp(share, 0, 1));
        int to = agree ? AGREE : DISAGREE;
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) { // in float channels, as the toolkit mixed them before
            float from = (float) (((EMPTY >> shift) & 255) / 255.0);
            float end = (float) (((to >> shift) & 255) / 255.0);
            float mixed = from + (end - from) * t;
            rgb |= (int) Math.round(mixed * 255.0) << shift;
        }
        return rgb;
    }

    /** CSS for a cell: its shade, and white text on a dark one, light grey on a pale one. */
    public static String css(double share, boolean agree) {
        return String.format(Locale.ROOT, "-fx-background-color: #%06x; -fx-text-fill: %s;", rgb(share, agree),
                share > WHITE_TEXT_FROM ? "#ffffff" : "#c9ccd2");
    }
}
