package org.silhouette.app.demo;

import org.silhouette.app.map.ArgbTile;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST test images (MIT, from Debian's dataset-fashion-mnist) laid out by a PCA of their
 * pixels, with synthetic labels. The thumbnails come straight from the IDX bytes.
 */
public final class FashionMnistDemo {

    public static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    static final List<String> CLASSES = List.of("t-shirt", "trouser", "pullover", "dress", "coat", "sandal",
            "shirt", "sneaker", "bag", "ankle boot");

    private FashionMnistDemo() {
    }

    public static DemoDataset load(Path dir, int limit, Progress progress, Cancellation cancel) throws IOException {
        progress.update("Reading Fashion-MNIST", 0, 3);
        Idx.Images images = Idx.images(dir.resolve("t10k-images-idx3-ubyte.gz"), limit);
        int[] truth = Idx.labels(dir.resolve("t10k-labels-idx1-ubyte.gz"), limit);
        cancel.check();
        int n = images.count();
        int dims = images.rows() * images.cols();
        float[] data = new float[n * dims];
        for (int i = 0; i < data.length; i++) {
            data[i] = (images.pixels()[i] & 0xFF) / 255f;
        }
        progress.update("Projecting (PCA)", 1, 3);
        float[][] pcs = Pca2.scores(data, n, dims, 3, 25, 7);
        cancel.check();
        // Screen y points down; flip so the first picture matches the usual PCA plot orientation.
        float[] y = negate(pcs[1]);
        float[] altY = negate(pcs[2]);
        progress.update("Suggesting labels", 2, 3);
        SyntheticLabels.Result synthetic = SyntheticLabels.of(truth, CLASSES.size(), pcs[0], y, 0.08, 11);
        progress.update("Done", 3, 3);
        int rows = images.rows();
        int cols = images.cols();
        byte[] pixels = images.pixels();
        return new DemoDataset("Fashion-MNIST test set (demo, synthetic labels)", n, pcs[0], y, pcs[0], altY,
                i -> String.format("fashion-mnist #%05d", i),
                i -> tile(pixels, i, rows, cols),
                null,
                CLASSES, synthetic.labels(), synthetic.suggested(), synthetic.confidence(), synthetic.silhouette(), () -> { });
    }

    static ArgbTile tile(byte[] pixels, int index, int rows, int cols) {
        int[] argb = new int[rows * cols];
        int off = index * rows * cols;
        for (int p = 0; p < argb.length; p++) {
            // Fashion-MNIST is white-on-black; show it black-on-white like the original photos.
            int v = 255 - (pixels[off + p] & 0xFF);
            argb[p] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
        return ArgbTile.of(cols, rows, argb, 0);
    }

    private static float[] negate(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
