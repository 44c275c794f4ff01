package org.silhouette.harness.stress;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A folder of small generated PNGs in a few visually distinct groups (hue and shape), for the app's tests and
 * the FX-stall check: {@code img-00042-g1.png} belongs to group 1. Seeded, so the same call writes the same
 * files.
 */
public final class SyntheticFolder {

    private static final Color[] HUES = {new Color(200, 50, 40), new Color(40, 160, 60), new Color(40, 80, 200),
            new Color(220, 200, 40), new Color(150, 60, 190), new Color(40, 190, 200)};

    private SyntheticFolder() {
    }

    /** Writes {@code count} images in {@code groups} groups (at most 6) into {@code dir}; returns {@code dir}. */
    public static Path write(Path dir, int count, int groups, long seed) throws IOException {
        if (groups < 1 || groups > HUES.length) {
            throw new IllegalArgumentException("groups must be in [1, " + HUES.length + "], got " + groups);
        }
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        for (int i = 0; i < count; i++) {
            int g = i % groups;
            ImageIO.write(image(g, rnd), "png", dir.resolve(name(i, g)).toFile());
        }
        return dir;
    }

    /** The group of a file written here, from its name; -1 for other names. */
    public static int groupOf(String fileName) {
        int at = fileName.lastIndexOf("-g");
        int dot = fileName.lastIndexOf('.');
        if (at < 0 || dot < at) {
            return -1;
        }
        try {
            return Integer.parseInt(fileName.substring(at + 2, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static String name(int i, int group) {
        return String.format(java.util.Locale.ROOT, "img-%05d-g%d.png", i, group);
    }

    private static BufferedImage image(int g, Random rnd) {
        int size = 32;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        int shade = 20 + rnd.nextInt(40);
        gr.setColor(new Color(shade, shade, shade));
        gr.fillRect(0, 0, size, size);
        Color c = HUES[g];
        float jitter = 0.75f + 0.5f * rnd.nextFloat();
        gr.setColor(new Color(clamp(c.getRed() * jitter), clamp(c.getGreen() * jitter), clamp(c.getBlue() * jitter)));
        int s = 12 + rnd.nextInt(10);
        int x = rnd.nextInt(size - s);
        int y = rnd.nextInt(size - s);
        switch (g % 3) {
            case 0 -> gr.fillOval(x, y, s, s);
            case 1 -> gr.fillRect(x, y, s, s);
            default -> gr.fillPolygon(new int[] {x, x + s, x + s / 2}, new int[] {y + s, y + s, y}, 3);
        }
        gr.dispose();
        for (int k = 0; k < 40; k++) { // a little noise so no two images are the same
            img.setRGB(rnd.nextInt(size), rnd.nextInt(size), rnd.nextInt(0xFFFFFF));
        }
        return img;
    }

    private static int clamp(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }
}
