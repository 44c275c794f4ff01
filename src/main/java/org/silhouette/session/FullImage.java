package org.silhouette.session;

import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ThumbnailCache;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One image decoded for the app's preview: its pixels at up to {@value #MAX_EDGE} px (a screen's worth; a larger
 * original is subsampled), and the original's size. Decoding reads the file: background threads only.
 *
 * @param width the original's width in pixels
 * @param height the original's height in pixels
 * @param shownWidth the width of {@code argb}
 * @param shownHeight the height of {@code argb}
 * @param argb the decoded pixels, row-major, opaque
 */
public record FullImage(int width, int height, int shownWidth, int shownHeight, int[] argb) {

    /** Larger than any screen the preview fills; a 50-megapixel photo is never held at full size. */
    public static final int MAX_EDGE = 2048;

    /** Decodes {@code file}; an unreadable file throws an {@link IOException} whose message is one line. */
    static FullImage decode(Path file) throws IOException {
        // ask the decoder for up to twice the edge: it subsamples by whole factors, then scale down smoothly
        return switch (ImageDecoder.decode(file, ImageDecoder.Options.maxSide(2 * MAX_EDGE))) {
            case ImageDecoder.Decoded d -> {
                BufferedImage shown = ThumbnailCache.scaleToFit(d.image(), MAX_EDGE);
                int w = shown.getWidth();
                int h = shown.getHeight();
                yield new FullImage(d.sourceWidth(), d.sourceHeight(), w, h, shown.getRGB(0, 0, w, h, null, 0, w));
            }
            case ImageDecoder.Failed f -> throw new IOException(f.reason());
        };
    }
}
