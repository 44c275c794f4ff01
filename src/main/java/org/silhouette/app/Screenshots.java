package org.silhouette.app;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what a scene shows as a PNG (FX thread for the snapshot; the encoding is quick). */
final class Screenshots {

    private Screenshots() {
    }

    static void save(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        BufferedImage rgb = SwingFXUtils.fromFXImage(image, null);
        BufferedImage opaque = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        opaque.getGraphics().drawImage(rgb, 0, 0, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(opaque, "png", file.toFile());
    }
}
