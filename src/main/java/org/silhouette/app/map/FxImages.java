package org.silhouette.app.map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Converts plain pixel tiles to FX images (FX thread or not; the image is new and unshared). */
final class FxImages {

    private FxImages() {
    }

    static Image of(ArgbTile tile) {
        WritableImage img = new WritableImage(tile.width(), tile.height());
        img.getPixelWriter().setPixels(0, 0, tile.width(), tile.height(), PixelFormat.getIntArgbInstance(),
                tile.argb(), 0, tile.width());
        return img;
    }
}
