package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.embed.backbone.Devices;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.backbone.TorchScriptBackbone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Backbone throughput in images per second, preprocessing (resize, normalise) included, decoding and
 * caching excluded. Synthetic seeded images; a couple of untimed warm-up batches first, since the first
 * PyTorch forward passes are slow while the graph executor profiles.
 */
public final class BackboneBenchmark {

    /**
     * @param size input side in pixels
     * @param batch images per forward pass
     * @param images images timed
     * @param seconds wall time for them
     * @param imagesPerSecond images / seconds
     * @param featureDim feature length at this size
     * @param device where it ran
     */
    public record Result(int size, int batch, int images, double seconds, double imagesPerSecond, int featureDim,
            String device, double pythonImagesPerSecond) {

        /** DJL's throughput over PyTorch's from Python; NaN without the Python figure. */
        public double ratio() {
            return imagesPerSecond / pythonImagesPerSecond;
        }
    }

    /** Rounds per size when comparing with Python: DJL and Python alternate, and each keeps its best. */
    static final int ROUNDS = 2;

    private BackboneBenchmark() {
    }

    /**
     * Shared MobileNetV2 at 64, 128 and 224 px, c5 tap (3), average pooled, batch 32; beside each size, PyTorch's
     * own figure from Python on the same file ({@link PyTorchBaseline}), the two alternating, best of
     * {@value #ROUNDS} each.
     */
    public static List<Result> mobileNetV2(Path modelFile, Progress progress, Cancellation cancel) throws IOException {
        List<Result> out = new ArrayList<>();
        for (int size : new int[] {64, 128, 224}) {
            Result best = null;
            double python = Double.NaN;
            for (int round = 0; round < ROUNDS; round++) {
                Result r = run(modelFile, 3, Pooling.AVG, new int[] {size}, 32, 2, 6, progress, cancel).getFirst();
                best = best == null || r.imagesPerSecond() > best.imagesPerSecond() ? r : best;
                java.util.OptionalDouble p = PyTorchBaseline.imagesPerSecond(modelFile, size, 32, 2, 6);
                if (p.isPresent()) {
                    python = Double.isNaN(python) ? p.getAsDouble() : Math.max(python, p.getAsDouble());
                }
            }
            out.add(new Result(best.size(), best.batch(), best.images(), best.seconds(), best.imagesPerSecond(),
                    best.featureDim(), best.device(), python));
        }
        return out;
    }

    public static List<Result> run(Path modelFile, int tap, Pooling pooling, int[] sizes, int batch, int warmupBatches,
            int timedBatches, Progress progress, Cancellation cancel) throws IOException {
        List<BufferedImage> images = syntheticImages(batch, 96, 42);
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            try (TorchScriptBackbone backbone = TorchScriptBackbone.open(modelFile, new Introspection(tap, pooling, size))) {
                for (int i = 0; i < warmupBatches; i++) {
                    cancel.check();
                    backbone.embed(images);
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < timedBatches; i++) {
                    cancel.check();
                    backbone.embed(images);
                    progress.update("Benchmark " + size + " px", i + 1, timedBatches);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                int n = batch * timedBatches;
                results.add(new Result(size, batch, n, secs, n / secs, backbone.featureDim(),
                        Devices.describe(backbone.device()), Double.NaN));
            }
        }
        return results;
    }

    /** Seeded noise-plus-gradient images, so the resize does real work. */
    static List<BufferedImage> syntheticImages(int count, int side, long seed) {
        Random r = new Random(seed);
        List<BufferedImage> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int red = (x * 255 / side + r.nextInt(32)) & 0xFF;
                    int green = (y * 255 / side + r.nextInt(32)) & 0xFF;
                    int blue = r.nextInt(256);
                    img.setRGB(x, y, (red << 16) | (green << 8) | blue);
                }
            }
            out.add(img);
        }
        return out;
    }
}
