package org.silhouette.experiment;

import java.awt.Color;

/** Class colours for the figures: the ten well-known "tab10" colours, then hues a golden angle apart. */
final class Colours {
    private static final int[] TEN = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    private Colours() {
    }

    static Color of(int k) {
        if (k >= 0 && k < TEN.length) {
            return new Color(TEN[k]);
        }
        float hue = (float) ((0.13 + k * 0.6180339887498949) % 1.0);
        return Color.getHSBColor(hue, 0.65f, 0.85f);
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
