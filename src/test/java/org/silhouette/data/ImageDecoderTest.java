package org.silhouette.data;

import org.silhouette.harness.stress.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.data.ImageDecoder.Decoded;
import org.silhouette.data.ImageDecoder.Failed;
import org.silhouette.data.ImageDecoder.Options;
import org.silhouette.data.ImageDecoder.Result;
import org.silhouette.harness.stress.SyntheticImages.Png;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ImageDecoderTest {
    private static final Options OPTS = Options.maxSide(256);

    @TempDir
    Path dir;

    private Decoded ok(Path file) {
        Result r = ImageDecoder.decode(file, OPTS);
        if (r instanceof Failed f) {
            throw new AssertionError(file.getFileName() + " failed: " + f.reason());
        }
        Decoded d = (Decoded) r;
        assertEquals(BufferedImage.TYPE_INT_RGB, d.image().getType());
        return d;
    }

    private String failed(Path file) {
        Result r = ImageDecoder.decode(file, OPTS);
        return assertInstanceOf(Failed.class, r, file.getFileName() + " decoded unexpectedly").reason();
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static int[] rgb(BufferedImage img, int x, int y) {
        int v = img.getRGB(x, y);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    private static void assertNear(int[] expected, int[] actual, int tolerance) {
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance,
                    "expected " + Arrays.toString(expected) + " got " + Arrays.toString(actual));
        }
    }

    @Test
    void greyPngsKeepTheirSampleValuesWithoutGammaShift() throws IOException {
        int[] g8 = {0, 64, 128, 255};
        Decoded d8 = ok(bytes("g8.png", Png.encode(4, 1, Png.GREY, 8, g8, null, null)));
        int[] g16 = {0, 0x4000, 0x8080, 0xFFFF};
        Decoded d16 = ok(bytes("g16.png", Png.encode(4, 1, Png.GREY, 16, g16, null, null)));
        int[] g2 = {0, 1, 2, 3};
        Decoded d2 = ok(bytes("g2.png", Png.encode(4, 1, Png.GREY, 2, g2, null, null)));
        int[][] expect8 = {{0, 0, 0}, {64, 64, 64}, {128, 128, 128}, {255, 255, 255}};
        // 16-bit to 8-bit by rounding v*255/65535: 0x4000 -> 64, 0x8080 -> 128
        int[][] expect16 = {{0, 0, 0}, {64, 64, 64}, {128, 128, 128}, {255, 255, 255}};
        int[][] expect2 = {{0, 0, 0}, {85, 85, 85}, {170, 170, 170}, {255, 255, 255}};
        for (int x = 0; x < 4; x++) {
            assertArrayEquals(expect8[x], rgb(d8.image(), x, 0), "8-bit x=" + x);
            assertArrayEquals(expect16[x], rgb(d16.image(), x, 0), "16-bit x=" + x);
            assertArrayEquals(expect2[x], rgb(d2.image(), x, 0), "2-bit x=" + x);
        }
    }

    @Test
    void greyAlphaIsCompositedOnWhiteByDefaultAndOnBlackWhenAsked() throws IOException {
        // grey 0 at alpha 0, 128 and 255; 16-bit grey+alpha too
        int[] s = {0, 0, 0, 128, 0, 255};
        Path p8 = bytes("ga8.png", Png.encode(3, 1, Png.GREY_ALPHA, 8, s, null, null));
        Path p16 = bytes("ga16.png", Png.encode(3, 1, Png.GREY_ALPHA, 16,
                new int[] {0, 0, 0, 0x8080, 0, 0xFFFF}, null, null));
        for (Path p : new Path[] {p8, p16}) {
            BufferedImage white = ok(p).image();
            assertArrayEquals(new int[] {255, 255, 255}, rgb(white, 0, 0));
            assertNear(new int[] {127, 127, 127}, rgb(white, 1, 0), 1);
            assertArrayEquals(new int[] {0, 0, 0}, rgb(white, 2, 0));
            Result r = ImageDecoder.decode(p, new Options(256, Options.DEFAULT_MAX_PIXELS, ImageDecoder.BLACK));
            BufferedImage black = ((Decoded) r).image();
            assertArrayEquals(new int[] {0, 0, 0}, rgb(black, 0, 0));
        }
    }

    @Test
    void rgbaAnd16BitRgbPngs() throws IOException {
        int[] rgba = {255, 0, 0, 0, 255, 0, 0, 255};
        BufferedImage a = ok(bytes("rgba.png", Png.encode(2, 1, Png.RGBA, 8, rgba, null, null))).image();
        assertArrayEquals(new int[] {255, 255, 255}, rgb(a, 0, 0), "fully transparent red shows the background");
        assertArrayEquals(new int[] {255, 0, 0}, rgb(a, 1, 0));
        int[] rgb16 = {0xFFFF, 0x8080, 0};
        BufferedImage b = ok(bytes("rgb16.png", Png.encode(1, 1, Png.RGB, 16, rgb16, null, null))).image();
        assertArrayEquals(new int[] {255, 128, 0}, rgb(b, 0, 0));
    }

    @Test
    void palettePngWithTransparency() throws IOException {
        int[] palette = {0xFF0000, 0x00FF00, 0x0000FF};
        int[] alpha = {255, 255, 0};
        int[] idx = {0, 1, 2, 1};
        BufferedImage img = ok(bytes("pal.png", Png.encode(4, 1, Png.PALETTE, 4, idx, palette, alpha))).image();
        assertArrayEquals(new int[] {255, 0, 0}, rgb(img, 0, 0));
        assertArrayEquals(new int[] {0, 255, 0}, rgb(img, 1, 0));
        assertArrayEquals(new int[] {255, 255, 255}, rgb(img, 2, 0), "transparent palette entry");
    }

    @Test
    void cmykAndYcckJpegsDecodeToTheRightColours() throws IOException {
        int[] red = {0, 255, 255, 0};
        int[] green = {255, 0, 255, 0};
        for (boolean ycck : new boolean[] {false, true}) {
            Path p = bytes(ycck ? "ycck.jpg" : "cmyk.jpg", SyntheticImages.adobeJpeg(32, 16, red, green, ycck));
            BufferedImage img = ok(p).image();
            int[] left = rgb(img, 4, 8);
            int[] right = rgb(img, 27, 8);
            assertTrue(left[0] > 200 && left[1] < 60 && left[2] < 60, "red side " + Arrays.toString(left));
            assertTrue(right[1] > 200 && right[0] < 60 && right[2] < 60, "green side " + Arrays.toString(right));
        }
    }

    @Test
    void exifOrientationIsAppliedSoTheImageIsUpright() throws IOException {
        // stored 64x32: red top-left quadrant on blue; orientation 6 means "rotate 90° clockwise to view"
        BufferedImage stored = SyntheticImages.quadrant(64, 32, 0x0000FF, 0xFF0000);
        BufferedImage six = ok(bytes("rot6.jpg", SyntheticImages.exifRotatedJpeg(stored, 6))).image();
        assertEquals(32, six.getWidth());
        assertEquals(64, six.getHeight());
        assertTrue(rgb(six, 24, 8)[0] > 200, "stored top-left shows at the top-right after a clockwise turn");
        assertTrue(rgb(six, 8, 8)[2] > 200, "top-left is blue");
        BufferedImage eight = ok(bytes("rot8.jpg", SyntheticImages.exifRotatedJpeg(stored, 8))).image();
        assertEquals(32, eight.getWidth());
        assertTrue(rgb(eight, 8, 56)[0] > 200, "counter-clockwise turn puts it bottom-left");
        BufferedImage three = ok(bytes("rot3.jpg", SyntheticImages.exifRotatedJpeg(stored, 3))).image();
        assertEquals(64, three.getWidth());
        assertTrue(rgb(three, 56, 24)[0] > 200, "half turn puts it bottom-right");
        BufferedImage one = ok(bytes("rot1.jpg", SyntheticImages.exifRotatedJpeg(stored, 1))).image();
        assertTrue(rgb(one, 8, 8)[0] > 200);
    }

    @Test
    void bytesInMemoryDecodeLikeTheFileTheyCameFromOrientationAndFailuresIncluded() throws IOException {
        BufferedImage stored = SyntheticImages.quadrant(64, 32, 0x0000FF, 0xFF0000);
        byte[] rotated = SyntheticImages.exifRotatedJpeg(stored, 6);
        BufferedImage fromBytes = ((Decoded) ImageDecoder.decode(rotated, OPTS)).image();
        BufferedImage fromFile = ok(bytes("rot6b.jpg", rotated)).image();
        assertEquals(fromFile.getWidth(), fromBytes.getWidth());
        assertEquals(fromFile.getHeight(), fromBytes.getHeight());
        assertArrayEquals(rgb(fromFile, 24, 8), rgb(fromBytes, 24, 8));
        assertEquals("empty file (0 bytes)", ((Failed) ImageDecoder.decode(new byte[0], OPTS)).reason());
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);
        assertEquals(failed(bytes("t.png", text)), ((Failed) ImageDecoder.decode(text, OPTS)).reason());
    }

    @Test
    void animatedGifGivesItsFirstFrame() throws IOException {
        Path p = dir.resolve("anim.gif");
        SyntheticImages.animatedGif(p, 8, 8, 0xFF0000, 0x00FF00, 0x0000FF);
        assertArrayEquals(new int[] {255, 0, 0}, rgb(ok(p).image(), 3, 3));
    }

    @Test
    void bmpTiffTinyAndThinImages() throws IOException {
        BufferedImage img = SyntheticImages.quadrant(10, 6, 0x00FF00, 0xFF00FF);
        Path bmp = dir.resolve("a.bmp");
        SyntheticImages.write(img, "bmp", bmp);
        Path tif = dir.resolve("a.tiff");
        SyntheticImages.write(img, "tiff", tif);
        for (Path p : new Path[] {bmp, tif}) {
            BufferedImage d = ok(p).image();
            assertEquals(10, d.getWidth());
            assertArrayEquals(new int[] {255, 0, 255}, rgb(d, 0, 0), p.toString());
            assertArrayEquals(new int[] {0, 255, 0}, rgb(d, 9, 5), p.toString());
        }
        Path one = bytes("one.png", Png.encode(1, 1, Png.RGB, 8, new int[] {1, 2, 3}, null, null));
        assertArrayEquals(new int[] {1, 2, 3}, rgb(ok(one).image(), 0, 0));
        int[] thin = new int[4000 * 3 * 3];
        Arrays.fill(thin, 200);
        Decoded d = ok(bytes("thin.png", Png.encode(4000, 3, Png.RGB, 8, thin, null, null)));
        assertEquals(4000, d.sourceWidth());
        assertTrue(d.image().getWidth() <= 256, "subsampled to the bound: " + d.image().getWidth());
        assertTrue(d.image().getHeight() >= 1);
    }

    @Test
    void decompressionBombIsSubsampledAndAHugerOneRefused() throws IOException {
        Path bomb = dir.resolve("bomb.png");
        Png.writeBlackBomb(bomb, 30000, 30000);
        assertTrue(Files.size(bomb) < 400_000, "bomb file is small: " + Files.size(bomb));
        Decoded d = ok(bomb);
        assertEquals(30000, d.sourceWidth());
        assertTrue(d.image().getWidth() <= 256 && d.image().getHeight() <= 256,
                d.image().getWidth() + "x" + d.image().getHeight());
        assertArrayEquals(new int[] {0, 0, 0}, rgb(d.image(), 10, 10));

        String huge = failed(bytes("huge.png", Png.declaredOnly(70000, 70000)));
        assertTrue(huge.startsWith("refused") && huge.contains("70000×70000"), huge);
        String shortData = failed(bytes("short.png", Png.declaredOnly(30000, 30000)));
        assertTrue(shortData.contains("truncated") || shortData.contains("corrupt"), shortData);
    }

    @Test
    void junkFilesBecomeReasonsNotExceptions() throws IOException {
        assertEquals("empty file (0 bytes)", failed(bytes("empty.jpg", new byte[0])));
        assertEquals("not an image: the file holds text",
                failed(bytes("notes.jpg", "Dear diary,\nthis is not a photo.\n".getBytes(StandardCharsets.UTF_8))));
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        String r = failed(bytes("random.png", random));
        assertTrue(r.startsWith("not a recognised image format"), r);

        byte[] png = Png.encode(64, 64, Png.RGB, 8, new int[64 * 64 * 3], null, null);
        String tp = failed(bytes("trunc.png", Arrays.copyOf(png, png.length / 2)));
        assertEquals("truncated PNG: the image data ends early", tp);

        BufferedImage noisy = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Random pixels = new Random(3);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                noisy.setRGB(x, y, pixels.nextInt());
            }
        }
        byte[] jpeg = SyntheticImages.jpegBytes(noisy, 0.9f);
        assertEquals("truncated JPEG: the image data ends early",
                failed(bytes("trunc.jpg", Arrays.copyOf(jpeg, jpeg.length / 2))));
        ok(bytes("no-end-marker.jpg", Arrays.copyOf(jpeg, jpeg.length - 2))); // all pixel data present
        String header = failed(bytes("header-only.jpg", Arrays.copyOf(jpeg, 20)));
        assertTrue(header.startsWith("damaged or unsupported JPEG") || header.startsWith("truncated JPEG"), header);
    }

    @Test
    void contentDecidesTheFormatNotTheName() throws IOException {
        byte[] png = Png.encode(2, 2, Png.RGB, 8, new int[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, null, null);
        assertArrayEquals(new int[] {9, 9, 9}, rgb(ok(bytes("really a png.JPG", png)).image(), 1, 1));
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path p = bytes("locked.png", Png.encode(1, 1, Png.RGB, 8, new int[] {1, 2, 3}, null, null));
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(p), "running as root: chmod 000 does not stop reads");
        assertEquals("permission denied", failed(p));
    }
}
