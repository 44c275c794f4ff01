package org.silhouette.app.map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.silhouette.render.ArgbTile;

/**
 * Converts plain pixel tiles to FX images (FX thread or not; the image is new and unshared), and the labels'
 * 0xRRGGBB colours to FX colours and back.
 */
public final class FxImages {

    /** From this edge on, images are photo-like enough that smooth scaling looks better than pixels. */
    static final int SMOOTH_FROM = 48;

    private FxImages() {
    }

    /**
     * Like {@link #of}, but a tile smaller than {@code minEdge} is first enlarged by a whole factor with
     * nearest-neighbour sampling, so small images (28 px digits) show crisp pixels, not blur.
     */
    public static Image enlarged(ArgbTile tile, double minEdge) {
        return of(tile.enlarged(minEdge, SMOOTH_FROM));
    }

    /** An opaque colour from 0xRRGGBB. */
    public static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
    }

    /** 0xRRGGBB of a colour, its opacity dropped. */
    public static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    public static Image of(ArgbTile tile) {
        WritableImage img = new WritableImage(tile.width(), tile.height());
        img.getPixelWriter().setPixels(0, 0, tile.width(), tile.height(), PixelFormat.getIntArgbInstance(),
                tile.argb(), 0, tile.width());
        return img;
    }
}
