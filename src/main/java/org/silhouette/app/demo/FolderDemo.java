package org.silhouette.app.demo;

import org.silhouette.app.map.ArgbTile;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.ThumbnailCache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of images through the thumbnail cache, laid out by a PCA of 8×8 colour thumbnails. When the
 * folder is an ImageFolder tree (one sub-folder per class) the class folders become the labels.
 * Temporary: the scanner, decoder, embedding and store of the real pipeline replace all of it.
 */
public final class FolderDemo {

    private static final int THUMB = 64;

    private FolderDemo() {
    }

    public static DemoDataset load(Path folder, Path cacheDir, Progress progress, Cancellation cancel)
            throws IOException {
        List<Path> files = scan(folder);
        if (files.isEmpty()) {
            throw new UserError("No images (jpg, png, bmp, gif) found in " + folder);
        }
        int n = files.size();
        ThumbnailCache cache = ThumbnailCache.open(cacheDir, THUMB, ThumbnailCache.IMAGE_IO);
        float[] features = new float[n * 8 * 8 * 3];
        try {
            for (int i = 0; i < n; i++) {
                cancel.check();
                if (i % 64 == 0) {
                    progress.update("Thumbnails", i, n);
                }
                ThumbnailCache.Thumbnail t;
                try {
                    t = cache.get(files.get(i));
                } catch (IOException e) {
                    continue; // unreadable image: stays at the mean (zero features)
                }
                downsample(t, features, i * 192);
            }
            cache.flush();
        } catch (RuntimeException | IOException e) {
            cache.close();
            throw e;
        }
        progress.update("Projecting (PCA)", n, n);
        float[][] pcs = Pca2.scores(features, n, 192, 3, 25, 7);
        List<String> classes = new ArrayList<>();
        int[] labels = classFolders(folder, files, classes);
        float[] sil = labels == null ? null : SyntheticLabels.silhouette(labels, classes.size(), pcs[0], pcs[1]);
        List<String> names = files.stream().map(p -> folder.relativize(p).toString()).toList();
        return new DemoDataset(folder.toString(), n, pcs[0], pcs[1], pcs[0], pcs[2], names::get,
                i -> {
                    try {
                        ThumbnailCache.Thumbnail t = cache.get(files.get(i));
                        return ArgbTile.of(t.width(), t.height(), t.argb(), 0x101114);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                i -> preview(files.get(i)),
                classes, labels, null, null, sil, () -> {
                    try {
                        cache.close();
                    } catch (IOException ignored) {
                        // the index is rebuilt from the pack next time
                    }
                });
    }

    /** The original image at up to 256 px for the hover preview; null when it cannot be read. */
    private static ArgbTile preview(Path file) {
        try {
            java.awt.image.BufferedImage image = ThumbnailCache.scaleToFit(ThumbnailCache.IMAGE_IO.decode(file), 256);
            int w = image.getWidth();
            int h = image.getHeight();
            return ArgbTile.of(w, h, image.getRGB(0, 0, w, h, null, 0, w), 0x101114);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static List<Path> scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UserError("Not a folder: " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/.silhouette/"))
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png")
                                || name.endsWith(".bmp") || name.endsWith(".gif");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Class ids from first-level sub-folders, or null when the images are not in class folders. */
    private static int[] classFolders(Path folder, List<Path> files, List<String> classes) {
        int[] labels = new int[files.size()];
        java.util.Map<String, Integer> ids = new java.util.TreeMap<>();
        for (Path p : files) {
            Path rel = folder.relativize(p);
            if (rel.getNameCount() < 2) {
                return null;
            }
            ids.putIfAbsent(rel.getName(0).toString(), 0);
        }
        if (ids.size() < 2) {
            return null;
        }
        int next = 0;
        for (var e : ids.entrySet()) {
            e.setValue(next++);
            classes.add(e.getKey());
        }
        for (int i = 0; i < files.size(); i++) {
            labels[i] = ids.get(folder.relativize(files.get(i)).getName(0).toString());
        }
        return labels;
    }

    /** Average colour of an 8×8 grid of cells, into 192 features. */
    private static void downsample(ThumbnailCache.Thumbnail t, float[] out, int off) {
        for (int cy = 0; cy < 8; cy++) {
            for (int cx = 0; cx < 8; cx++) {
                int x0 = cx * t.width() / 8;
                int x1 = Math.max(x0 + 1, (cx + 1) * t.width() / 8);
                int y0 = cy * t.height() / 8;
                int y1 = Math.max(y0 + 1, (cy + 1) * t.height() / 8);
                float r = 0;
                float g = 0;
                float b = 0;
                int count = 0;
                for (int y = y0; y < y1 && y < t.height(); y++) {
                    for (int x = x0; x < x1 && x < t.width(); x++) {
                        int p = t.argb()[y * t.width() + x];
                        r += (p >> 16) & 255;
                        g += (p >> 8) & 255;
                        b += p & 255;
                        count++;
                    }
                }
                int k = off + (cy * 8 + cx) * 3;
                out[k] = r / Math.max(1, count) / 255f;
                out[k + 1] = g / Math.max(1, count) / 255f;
                out[k + 2] = b / Math.max(1, count) / 255f;
            }
        }
    }
}
