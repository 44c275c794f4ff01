package org.silhouette.app;

import javafx.scene.image.Image;
import org.silhouette.app.map.FxImages;
import org.silhouette.render.ArgbTile;
import org.silhouette.session.Failures;
import org.silhouette.session.FullImage;
import org.silhouette.session.ProjectSession;

import java.io.IOException;
import java.util.Locale;

/**
 * One image read at full size for a window of its own (the preview, the review queue): the picture and the
 * original's size, or, for a file that went bad, no picture and one line saying why.
 */
record ShownImage(Image image, String message, String size) {

    /** Decodes the image; reads the file, so a background thread only. */
    static ShownImage read(ProjectSession ws, int image) {
        try {
            FullImage f = ws.thumbnails().full(image);
            return new ShownImage(FxImages.enlarged(new ArgbTile(f.shownWidth(), f.shownHeight(), f.argb(), null), 512),
                    "", String.format(Locale.ROOT, "%,d × %,d px", f.width(), f.height()));
        } catch (IOException | RuntimeException ex) {
            return new ShownImage(null, "Cannot show " + ws.imageName(image) + ": " + Failures.describe(ex), "unreadable");
        }
    }
}
