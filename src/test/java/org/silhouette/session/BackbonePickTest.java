package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageEntry;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackbonePickTest {

    @TempDir
    Path dir;

    @Test
    void tinyGreyscaleImagesGetTheSmallCnn() throws IOException {
        BackbonePick pick = BackbonePick.forImages(images(dir, 30, 28, false)).orElseThrow();
        assertEquals(DefaultBackbone.find().orElseThrow().toString(), pick.spec());
        assertEquals(-1, pick.tap());
        assertTrue(pick.why().startsWith("Small greyscale images"), pick.why());
    }

    @Test
    void tinyColourPhotosGetMobileNetAtSixtyFourPixels() throws IOException {
        BackbonePick pick = BackbonePick.forImages(images(dir, 30, 32, true)).orElseThrow();
        assertEquals(DefaultBackbone.findMobileNet().orElseThrow().toString(), pick.spec());
        assertEquals(BackbonePick.MOBILENET_C5, pick.tap());
        assertEquals(64, pick.size());
    }

    @Test
    void largerPhotosAreReadAtAHundredAndTwentyEightPixels() throws IOException {
        BackbonePick pick = BackbonePick.forImages(images(dir, 10, 200, true)).orElseThrow();
        assertEquals(BackbonePick.MOBILENET_C5, pick.tap());
        assertEquals(128, pick.size());
        assertTrue(pick.why().startsWith("Colour images"), pick.why());
    }

    /** A new project is given the pick and says so once; reopening it keeps the stored choice and says nothing. */
    @Test
    void aNewProjectStoresThePickAndReopeningKeepsIt() throws IOException {
        Path folder = dir.resolve("photos");
        images(folder, 12, 48, true);
        Path home = dir.resolve("home");
        try (ProjectSession s = ProjectSession.open(new OpenRequest(folder, null, null), home, Progress.NONE,
                Cancellation.NEVER)) {
            assertEquals(DefaultBackbone.findMobileNet().orElseThrow().toString(), s.settings().backbone());
            assertEquals(BackbonePick.MOBILENET_C5, s.settings().tap());
            String notice = s.takeNotice();
            assertNotNull(notice);
            assertTrue(notice.contains("MobileNetV2"), notice);
        }
        try (ProjectSession s = ProjectSession.open(new OpenRequest(folder, null, null), home, Progress.NONE,
                Cancellation.NEVER)) {
            assertEquals(BackbonePick.MOBILENET_C5, s.settings().tap());
            assertNull(s.takeNotice());
        }
    }

    /** Seeded noise, in colour or grey, {@code side} pixels square. */
    static List<ImageEntry> images(Path folder, int count, int side, boolean colour) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom r = new SplittableRandom(side * 31L + count);
        List<ImageEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int g = r.nextInt(256);
                    img.setRGB(x, y, colour ? r.nextInt(1 << 24) : (g << 16) | (g << 8) | g);
                }
            }
            Path p = folder.resolve(String.format("img-%03d.png", i));
            ImageIO.write(img, "png", p.toFile());
            out.add(new ImageEntry(p, "", Files.size(p), 0));
        }
        return out;
    }
}
