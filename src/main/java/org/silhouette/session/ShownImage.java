package org.silhouette.session;

import org.silhouette.render.ArgbTile;

import java.io.IOException;
import java.util.Locale;

/**
 * One image read at full size for a window of its own (the preview, the review queue): the picture and the
 * original's size, or, for a file that went bad, no picture and one line saying why.
 *
 * @param tile the pixels, or null when the file could not be read
 * @param message empty, or why there is no picture
 * @param size the original's size in pixels, or "unreadable"
 */
public record ShownImage(ArgbTile tile, String message, String size) {

    /** Decodes the image; reads the file, so a background thread only. */
    public static ShownImage read(ProjectSession ws, int image) {
        try {
            FullImage f = ws.thumbnails().full(image);
            return new ShownImage(new ArgbTile(f.shownWidth(), f.shownHeight(), f.argb(), null), "",
                    String.format(Locale.ROOT, "%,d × %,d px", f.width(), f.height()));
        } catch (IOException | RuntimeException ex) {
            return new ShownImage(null, "Cannot show " + ws.imageName(image) + ": " + Failures.describe(ex), "unreadable");
        }
    }
}
