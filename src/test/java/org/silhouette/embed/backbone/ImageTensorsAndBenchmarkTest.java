package org.silhouette.embed.backbone;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.harness.bench.BackboneBenchmark;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageTensorsAndBenchmarkTest {

    @Test
    void solidColoursNormaliseToKnownValuesInChannelFirstOrder() {
        BufferedImage img = new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, y, 0xFF8000);
            }
        }
        float[] t = ImageTensors.toNchw(List.of(img), 16, ImageTensors.IMAGENET_MEAN, ImageTensors.IMAGENET_STD);
        assertEquals(3 * 16 * 16, t.length);
        float r = (1f - 0.485f) / 0.229f;
        float g = (128 / 255f - 0.456f) / 0.224f;
        float b = (0f - 0.406f) / 0.225f;
        for (int p = 0; p < 256; p++) {
            assertEquals(r, t[p], 1e-5);
            assertEquals(g, t[256 + p], 1e-5);
            assertEquals(b, t[512 + p], 1e-5);
        }
    }

    @Test
    void downscalingAveragesRatherThanSkipsPixels() {
        // 1-pixel black/white stripes: a single bilinear step from 8× would sample only some of them
        BufferedImage img = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                img.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        BufferedImage small = ImageTensors.resize(img, 16);
        assertEquals(16, small.getWidth());
        for (int x = 0; x < 16; x++) {
            int v = small.getRGB(x, 8) & 0xFF;
            assertTrue(Math.abs(v - 128) <= 2, "grey expected, got " + v + " at x=" + x);
        }
    }

    @Test
    void benchmarkReportsThroughputPerSize() throws IOException {
        List<BackboneBenchmark.Result> results = BackboneBenchmark.run(Fixtures.tinyTaps(), -1, Pooling.AVG,
                new int[] {16, 32}, 4, 1, 2, Progress.NONE, Cancellation.NEVER);
        assertEquals(2, results.size());
        assertEquals(16, results.get(0).size());
        assertEquals(32, results.get(1).size());
        for (BackboneBenchmark.Result r : results) {
            assertEquals(8, r.images());
            assertEquals(3, r.featureDim());
            assertTrue(r.imagesPerSecond() > 0 && Double.isFinite(r.imagesPerSecond()));
            assertTrue(r.device().equals("CPU") || r.device().startsWith("GPU"), r.device());
        }
    }
}
