package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ThumbnailCache;
import org.silhouette.project.ProjectStore;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Thumbnails of a project's images, by image id, from the project's one-file cache and decoded with the
 * robust decoder. Everything here reads or decodes files: call it from background threads only.
 */
public final class ProjectThumbnails implements AutoCloseable {

    public static final int EDGE = 64;
    public static final int PREVIEW_EDGE = 256;
    private static final int FLUSH_EVERY = 512;

    private final ThumbnailCache cache;
    private final IntFunction<Path> fileOfImage;

    private ProjectThumbnails(ThumbnailCache cache, IntFunction<Path> fileOfImage) {
        this.cache = cache;
        this.fileOfImage = fileOfImage;
    }

    /** The project's cache; a read-only project's thumbnails go to a temporary folder. */
    static ProjectThumbnails open(ProjectStore store) throws IOException {
        Path folder = store.isReadOnly() ? Files.createTempDirectory("silhouette-thumbnails")
                : store.paths().thumbnailDir();
        return new ProjectThumbnails(ThumbnailCache.open(folder, EDGE, ProjectThumbnails::decode), store::imageFile);
    }

    /** The decoder the cache uses: ours, which survives odd files and never decodes a bomb at full size. */
    static BufferedImage decode(Path file) throws IOException {
        return switch (ImageDecoder.decode(file, ImageDecoder.Options.maxSide(4 * EDGE))) {
            case ImageDecoder.Decoded d -> d.image();
            case ImageDecoder.Failed f -> throw new IOException(f.reason());
        };
    }

    /** The thumbnail of an image, from the cache or made now. */
    public ThumbnailCache.Thumbnail tile(int image) throws IOException {
        return cache.get(fileOfImage.apply(image));
    }

    /** The original image at up to {@value #PREVIEW_EDGE} px for the hover preview; null when unreadable. */
    public ThumbnailCache.Thumbnail preview(int image) {
        if (!(ImageDecoder.decode(fileOfImage.apply(image), ImageDecoder.Options.maxSide(4 * PREVIEW_EDGE))
                instanceof ImageDecoder.Decoded d)) {
            return null;
        }
        BufferedImage scaled = ThumbnailCache.scaleToFit(d.image(), PREVIEW_EDGE);
        int w = scaled.getWidth();
        int h = scaled.getHeight();
        return new ThumbnailCache.Thumbnail(w, h, scaled.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Makes the thumbnails of these images ahead of need, so scrolling over them later is instant. */
    public void prefetch(int[] images, Progress progress, Cancellation cancel) throws IOException {
        try {
            for (int k = 0; k < images.length; k++) {
                cancel.check();
                try {
                    cache.get(fileOfImage.apply(images[k]));
                } catch (IOException e) {
                    // an unreadable image is listed under Problems by the feature stage; nothing to draw here
                }
                if ((k + 1) % FLUSH_EVERY == 0) {
                    cache.flush();
                }
                if (k % 64 == 0 || k == images.length - 1) {
                    progress.update("Thumbnails", k + 1, images.length);
                }
            }
        } finally {
            cache.flush(); // keep what was made, also when cancelled
        }
    }

    @Override
    public void close() throws IOException {
        cache.close();
    }
}
