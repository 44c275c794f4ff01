package org.silhouette.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.UserError;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class IdxImagesTest {
    @TempDir
    Path dir;

    /** Three 2×3 images, pixel (x, y) of image i = 10·i + 3·y + x, labels 1, 0, 1. */
    public static void writeIdx(Path images, Path labels, boolean gzip) throws IOException {
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(img);
        d.writeInt(0x00000803);
        d.writeInt(3);
        d.writeInt(2);
        d.writeInt(3);
        for (int i = 0; i < 3; i++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    d.writeByte(10 * i + 3 * y + x);
                }
            }
        }
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        DataOutputStream l = new DataOutputStream(lab);
        l.writeInt(0x00000801);
        l.writeInt(3);
        l.write(new byte[] {1, 0, 1});
        write(images, img.toByteArray(), gzip);
        write(labels, lab.toByteArray(), gzip);
    }

    private static void write(Path file, byte[] bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    @Test
    void gzippedAndPlainFilesGiveTheSameFolderOfGreyPngs() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path images = dir.resolve("img" + gzip);
            Path labels = dir.resolve("lab" + gzip);
            writeIdx(images, labels, gzip);
            IdxImages.Data d = IdxImages.read(images, labels);
            Path out = dir.resolve("out" + gzip);
            assertEquals(3, IdxImages.writeFolder(d, List.of("zero", "one"), 0, out));
            BufferedImage second = ImageIO.read(out.resolve("zero/00001.png").toFile());
            assertEquals(3, second.getWidth());
            assertEquals(2, second.getHeight());
            assertEquals(10 + 3 + 2, second.getRaster().getSample(2, 1, 0));
            assertTrue(Files.isRegularFile(out.resolve("one/00000.png")));
            assertTrue(Files.isRegularFile(out.resolve("one/00002.png")));
        }
    }

    @Test
    void perClassLimitAndUnnamedLabels() throws IOException {
        writeIdx(dir.resolve("i"), dir.resolve("l"), false);
        IdxImages.Data d = IdxImages.read(dir.resolve("i"), dir.resolve("l"));
        assertEquals(2, IdxImages.writeFolder(d, List.of("zero"), 1, dir.resolve("o")));
        assertTrue(Files.isRegularFile(dir.resolve("o/1/00000.png")), "label 1 has no name: its number");
    }

    @Test
    void wrongFilesAreOneLineErrors() throws IOException {
        writeIdx(dir.resolve("i"), dir.resolve("l"), false);
        assertThrows(UserError.class, () -> IdxImages.read(dir.resolve("l"), dir.resolve("i")));
        assertThrows(UserError.class, () -> IdxImages.read(dir.resolve("missing"), dir.resolve("l")));
        byte[] cut = Files.readAllBytes(dir.resolve("i"));
        Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(cut, cut.length - 4));
        UserError e = assertThrows(UserError.class, () -> IdxImages.read(dir.resolve("cut"), dir.resolve("l")));
        assertTrue(e.getMessage().contains("ends early"), e.getMessage());
    }
}
