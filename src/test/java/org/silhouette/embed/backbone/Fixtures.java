package org.silhouette.embed.backbone;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test models: the committed tiny TorchScript fixture and, when present, the shared MobileNetV2. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path tinyTaps() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/backbone/tiny_taps.pt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path tinyTapsExpected() {
        return tinyTaps().resolveSibling("tiny_taps_expected.json");
    }

    /** The shared MobileNetV2 file, or null when the shared folder is absent. */
    public static Path mobileNetV2() {
        String shared = System.getProperty("silhouette.shared");
        if (shared == null) {
            return null;
        }
        Path p = Path.of(shared, "models", "mobilenetv2-imagenet", "mobilenetv2-imagenet.pt");
        return Files.isRegularFile(p) ? p : null;
    }

    /** Synthetic image k exactly as make_backbone_fixtures.py builds it. */
    public static BufferedImage fixtureImage(int k, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int r = (x * 16 + 40 * k) % 256;
                int g = (y * 16 + 7 * k) % 256;
                int b = ((x + y) * 8 + 100 * k) % 256;
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }
}
