package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An image read for a window of its own: its pixels and size, or one line saying why there are none. */
class ShownImageTest {

    @Test
    void aReadableImageHasItsSizeAndABrokenOneSaysWhyItHasNone(@TempDir Path dir) throws Exception {
        Path images = ProjectSessionTest.folder(dir.resolve("images"), 1);
        try (ProjectSession ws = ProjectSessionTest.open(images, dir.resolve("home"))) {
            ShownImage fine = ShownImage.read(ws, 0);
            assertEquals("20 × 20 px", fine.size());
            assertEquals("", fine.message());
            assertEquals(20, fine.tile().width());

            Files.write(images.resolve(ws.imageName(1)), new byte[] {1, 2, 3});
            ShownImage broken = ShownImage.read(ws, 1);
            assertNull(broken.tile());
            assertEquals("unreadable", broken.size());
            assertTrue(broken.message().startsWith("Cannot show " + ws.imageName(1) + ": "), broken.message());
        }
    }
}
