package org.silhouette.harness.stress;

import org.silhouette.harness.stress.SyntheticImages.Png;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Generates the hostile folder of issue 5 under a root: every file is made here, nothing is committed.
 * {@link #build} returns each image-named file (root-relative) with whether it must be embedded
 * ({@code true}), must be a problem ({@code false}), or may be either ({@code null}: e.g. a truncated
 * JPEG, which decoders may legitimately show partially).
 */
public final class HostileCorpus {
    private HostileCorpus() {
    }

    public static Map<String, Boolean> build(Path root) throws IOException {
        Map<String, Boolean> expect = new LinkedHashMap<>();
        Random random = new Random(5);
        byte[] plain = SyntheticImages.jpegBytes(SyntheticImages.quadrant(40, 30, 0x336699, 0xFFCC00), 0.9f);

        put(root, expect, "names/plain.jpg", plain, true);
        put(root, expect, "names/with space.jpg", plain, true);
        put(root, expect, "names/comma,name.jpg", plain, true);
        put(root, expect, "names/quote\"d 'both'.jpg", plain, true);
        put(root, expect, "names/UPPER CASE.JPG", plain, true);
        put(root, expect, "names/Mixed.JpEg", plain, true);
        try {
            put(root, expect, "names/日本語の写真.jpg", plain, true);
            put(root, expect, "names/Ελληνικά.PNG", Png.encode(3, 3, Png.RGB, 8, new int[27], null, null), true);
        } catch (InvalidPathException e) {
            // this platform's file-name charset cannot hold them
        }

        put(root, expect, "formats/grey8.png", Png.encode(8, 8, Png.GREY, 8, ramp(64, 255), null, null), true);
        put(root, expect, "formats/grey16.png", Png.encode(8, 8, Png.GREY, 16, ramp(64, 65535), null, null), true);
        put(root, expect, "formats/grey-alpha.png", Png.encode(4, 4, Png.GREY_ALPHA, 8, ramp(32, 255), null, null), true);
        put(root, expect, "formats/palette.png", Png.encode(4, 4, Png.PALETTE, 2,
                new int[] {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3},
                new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF}, new int[] {255, 255, 0}), true);
        put(root, expect, "formats/rgb16.png", Png.encode(4, 4, Png.RGB, 16, ramp(48, 65535), null, null), true);
        put(root, expect, "formats/rgba.png", Png.encode(4, 4, Png.RGBA, 8, ramp(64, 255), null, null), true);
        put(root, expect, "formats/cmyk.jpg", SyntheticImages.adobeJpeg(16, 16, new int[] {0, 255, 255, 0},
                new int[] {255, 0, 255, 0}, false), true);
        put(root, expect, "formats/ycck.jpg", SyntheticImages.adobeJpeg(16, 16, new int[] {0, 255, 255, 0},
                new int[] {255, 0, 255, 0}, true), true);
        put(root, expect, "formats/exif-rotated.jpg",
                SyntheticImages.exifRotatedJpeg(SyntheticImages.quadrant(48, 24, 0x0000FF, 0xFF0000), 6), true);
        SyntheticImages.animatedGif(root.resolve("formats/animated.gif"), 10, 10, 0xFF0000, 0x00FF00);
        expect.put("formats/animated.gif", true);
        SyntheticImages.write(SyntheticImages.quadrant(10, 7, 0x00FF00, 0xFF00FF), "bmp", root.resolve("formats/image.bmp"));
        expect.put("formats/image.bmp", true);
        SyntheticImages.write(SyntheticImages.quadrant(10, 7, 0x00FF00, 0xFF00FF), "tiff", root.resolve("formats/image.tif"));
        expect.put("formats/image.tif", true);
        put(root, expect, "formats/one-by-one.png", Png.encode(1, 1, Png.RGB, 8, new int[] {10, 20, 30}, null, null), true);
        int[] thin = new int[4000 * 3 * 3];
        Arrays.fill(thin, 128);
        put(root, expect, "formats/thin-4000x3.png", Png.encode(4000, 3, Png.RGB, 8, thin, null, null), true);

        Files.createDirectories(root.resolve("bombs"));
        Png.writeBlackBomb(root.resolve("bombs/declares-30000x30000.png"), 30000, 30000);
        expect.put("bombs/declares-30000x30000.png", true);
        put(root, expect, "bombs/declares-70000x70000.png", Png.declaredOnly(70000, 70000), false);
        put(root, expect, "bombs/30000x30000-data-missing.png", Png.declaredOnly(30000, 30000), false);

        put(root, expect, "junk/empty.jpg", new byte[0], false);
        put(root, expect, "junk/text.jpg", "This is a shopping list, not a photo.\nmilk\n".getBytes(StandardCharsets.UTF_8), false);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        put(root, expect, "junk/random.png", noise, false);
        byte[] png = Png.encode(32, 32, Png.RGB, 8, ramp(32 * 32 * 3, 255), null, null);
        put(root, expect, "junk/truncated.png", Arrays.copyOf(png, png.length / 2), false);
        put(root, expect, "junk/truncated.jpg", Arrays.copyOf(plain, plain.length / 2), null);
        put(root, expect, "junk/header-only.jpg", Arrays.copyOf(plain, 30), false);

        StringBuilder deep = new StringBuilder("deep");
        for (int i = 0; i < 40; i++) {
            deep.append("/level").append(i);
        }
        put(root, expect, deep + "/bottom.png", Png.encode(2, 2, Png.GREY, 8, new int[] {0, 1, 2, 3}, null, null), true);

        try {
            Files.createDirectories(root.resolve("links"));
            Files.createSymbolicLink(root.resolve("links/loop"), root);
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links here; the rest still runs
        }

        put(root, expect, "locked/inside.png", Png.encode(2, 2, Png.GREY, 8, new int[] {9, 9, 9, 9}, null, null), null);
        put(root, expect, "locked-file.png", Png.encode(2, 2, Png.GREY, 8, new int[] {9, 9, 9, 9}, null, null), null);
        try {
            Files.setPosixFilePermissions(root.resolve("locked-file.png"), PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return expect;
    }

    /** Makes the locked parts deletable again, for @TempDir clean-up. */
    public static void unlock(Path root) throws IOException {
        for (String p : new String[] {"locked", "locked-file.png"}) {
            Path f = root.resolve(p);
            if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static void put(Path root, Map<String, Boolean> expect, String rel, byte[] content, Boolean embedded)
            throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        expect.put(rel, embedded);
    }

    private static int[] ramp(int n, int max) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = (int) ((long) i * max / Math.max(1, n - 1));
        }
        return v;
    }
}
