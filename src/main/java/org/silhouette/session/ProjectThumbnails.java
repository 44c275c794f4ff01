package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.StaleTemps;
import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ThumbnailCache;
import org.silhouette.embed.ContentHash;
import org.silhouette.project.ProjectStore;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Thumbnails of a project's images, by image id, from the project's one-file cache. Each image is keyed by
 * its content hash, the key its features are cached under: the feature stage hands over the hashes it
 * computed, and the pixels it decoded when they are fine enough for a thumbnail, so a new image is read,
 * hashed and decoded once. Everything here may read or decode files: call it from background threads only.
 */
public final class ProjectThumbnails implements AutoCloseable {

    public static final int EDGE = 64;
    public static final int PREVIEW_EDGE = 256;
    /** A thumbnail decodes its file at up to this size; pixels decoded finer serve as well. */
    private static final int DECODE_EDGE = 4 * EDGE;
    private static final int FLUSH_EVERY = 512;

    private final ThumbnailCache cache;
    private final ProjectStore store;
    /** Content hashes the feature stage computed in this session, by image id (null: not known yet). */
    private volatile String[] keys = new String[0];
    /** A read-only project's thumbnail folder, deleted on close; null for the project's own. */
    private Path temporary;

    private ProjectThumbnails(ThumbnailCache cache, ProjectStore store) {
        this.cache = cache;
        this.store = store;
    }

    /** The project's cache; a read-only project's thumbnails go to a temporary folder. */
    static ProjectThumbnails open(ProjectStore store) throws IOException {
        Path folder = store.paths().thumbnailDir();
        if (store.isReadOnly()) {
            // named with our process id, so a later start sweeps it if we crash, and never while we live
            StaleTemps.sweepThumbnailFolders(Path.of(System.getProperty("java.io.tmpdir")));
            folder = Files.createTempDirectory(StaleTemps.THUMBNAIL_PREFIX + "-" + StaleTemps.tag());
        }
        ProjectThumbnails t = new ProjectThumbnails(ThumbnailCache.open(folder, EDGE, ProjectThumbnails::decode), store);
        t.temporary = store.isReadOnly() ? folder : null;
        return t;
    }

    /** The decoder the cache uses: ours, which survives odd files and never decodes a bomb at full size. */
    static BufferedImage decode(Path file) throws IOException {
        return switch (ImageDecoder.decode(file, ImageDecoder.Options.maxSide(DECODE_EDGE))) {
            case ImageDecoder.Decoded d -> d.image();
            case ImageDecoder.Failed f -> throw new IOException(f.reason());
        };
    }

    /** The thumbnail of an image, from the cache or made now. */
    public ThumbnailCache.Thumbnail tile(int image) throws IOException {
        return cache.get(keyOf(image), store.imageFile(image));
    }

    /** The original image at up to {@value #PREVIEW_EDGE} px for the hover preview; null when unreadable. */
    public ThumbnailCache.Thumbnail preview(int image) {
        if (!(ImageDecoder.decode(store.imageFile(image), ImageDecoder.Options.maxSide(4 * PREVIEW_EDGE))
                instanceof ImageDecoder.Decoded d)) {
            return null;
        }
        BufferedImage scaled = ThumbnailCache.scaleToFit(d.image(), PREVIEW_EDGE);
        int w = scaled.getWidth();
        int h = scaled.getHeight();
        return new ThumbnailCache.Thumbnail(w, h, scaled.getRGB(0, 0, w, h, null, 0, w));
    }

    /** The original image for the full preview; an unreadable one throws with a one-line reason. */
    public FullImage full(int image) throws IOException {
        return FullImage.decode(store.imageFile(image));
    }

    /** Makes the thumbnails of these images ahead of need, so scrolling over them later is instant. */
    public void prefetch(int[] images, Progress progress, Cancellation cancel) throws IOException {
        try {
            for (int k = 0; k < images.length; k++) {
                cancel.check();
                try {
                    tile(images[k]);
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

    /** The content hashes of these images, as the feature stage computed them. */
    void learnKeys(int[] images, String[] hashes) {
        String[] next = Arrays.copyOf(keys, Math.max(keys.length, Arrays.stream(images).max().orElse(-1) + 1));
        for (int k = 0; k < images.length; k++) {
            next[images[k]] = hashes[k];
        }
        keys = next;
    }

    /**
     * Pixels the feature stage decoded: kept as the thumbnail when they are at least as fine as the
     * thumbnail's own decode would be (the whole image, or at least {@value #DECODE_EDGE} px), so the file is
     * not decoded a second time. Never throws: the thumbnail is then made when first shown.
     */
    void offer(ContentHash hash, ImageDecoder.Decoded decoded) {
        BufferedImage image = decoded.image();
        if (decoded.subsampling() > 1 && Math.max(image.getWidth(), image.getHeight()) < DECODE_EDGE) {
            return;
        }
        try {
            cache.put(hash.toString(), image);
        } catch (IOException | RuntimeException e) {
            // made from the file when it is first shown instead
        }
    }

    /**
     * The image's content hash: as computed this session, else as recorded in the project (kept only while
     * the file's length and time are unchanged), else computed now.
     */
    private String keyOf(int image) throws IOException {
        String[] known = keys;
        if (image < known.length && known[image] != null) {
            return known[image];
        }
        String recorded = store.images().record(image).hash();
        return recorded != null ? recorded : ContentHash.of(store.imageFile(image)).toString();
    }

    @Override
    public void close() throws IOException {
        cache.close();
        if (temporary != null) {
            StaleTemps.deleteTree(temporary);
        }
    }
}
