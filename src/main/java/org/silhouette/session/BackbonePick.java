package org.silhouette.session;

import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ImageEntry;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The backbone a new project starts with, chosen from a sample of its images: the bundled small CNN for tiny
 * greyscale images (it was trained on 32 px images; the demo is 28 px Fashion-MNIST), the bundled ImageNet
 * MobileNetV2 for photos, read at its last convolution (c5) as in docs/RESULTS.md. The user can switch in
 * File ▸ Settings; the choice is stored with the project, so reopening never changes it.
 *
 * @param spec what {@code --backbone} takes
 * @param tap the backbone output read
 * @param size input size in pixels, 0 for the backbone's own
 * @param name the backbone in the user's words
 * @param why the reason, in the user's words
 */
public record BackbonePick(String spec, int tap, int size, String name, String why) {

    /** MobileNetV2's output index of its last convolution, c5 (models/mobilenetv2-imagenet/README.md). */
    public static final int MOBILENET_C5 = 3;
    /** Images this small or smaller, on their longer side, count as tiny. */
    static final int TINY = 64;
    /** Photos larger than tiny are read at this size: 7.5× slower than 64 px on a CPU, but sees more detail. */
    static final int PHOTO_SIZE = 128;
    static final int SAMPLE = 24;

    /** The pick for these images, or empty when no bundled backbone is found (then the old default stands). */
    public static Optional<BackbonePick> forImages(List<ImageEntry> images) {
        Look look = Look.of(images);
        Optional<Path> smallCnn = DefaultBackbone.find();
        Optional<Path> mobileNet = DefaultBackbone.findMobileNet();
        String seen = look.describe();
        if (look.greyscale() && look.tiny() && smallCnn.isPresent()) {
            return Optional.of(new BackbonePick(smallCnn.get().toString(), -1, 0, "the small CNN",
                    seen + ": the small CNN trained on tiny images suits them best"));
        }
        if (mobileNet.isPresent()) {
            return Optional.of(new BackbonePick(mobileNet.get().toString(), MOBILENET_C5,
                    look.tiny() ? TINY : PHOTO_SIZE, "MobileNetV2 (ImageNet)",
                    seen + ": MobileNetV2, trained on ImageNet photos, suits them best"));
        }
        return smallCnn.map(p -> new BackbonePick(p.toString(), -1, 0, "the small CNN",
                seen + ", but MobileNetV2 was not found beside the app: the small CNN"));
    }

    /** These settings with this backbone, its tap and its size. */
    public ProjectSettings applyTo(ProjectSettings s) {
        return new ProjectSettings(spec, tap, s.pooling(), size, s.loss(), s.dim(), s.autoRetrain(), s.anchor());
    }

    /** What a sample of the folder looks like: mostly greyscale, mostly tiny. */
    record Look(int sampled, int greyCount, int tinyCount) {
        static Look of(List<ImageEntry> images) {
            int step = Math.max(1, images.size() / SAMPLE);
            int sampled = 0;
            int grey = 0;
            int tiny = 0;
            for (int i = 0; i < images.size() && sampled < SAMPLE; i += step) {
                if (ImageDecoder.decode(images.get(i).path(), ImageDecoder.Options.maxSide(TINY * 4))
                        instanceof ImageDecoder.Decoded d) {
                    sampled++;
                    grey += isGrey(d.image()) ? 1 : 0;
                    tiny += Math.max(d.sourceWidth(), d.sourceHeight()) <= TINY ? 1 : 0;
                }
            }
            return new Look(sampled, grey, tiny);
        }

        boolean greyscale() {
            return sampled > 0 && 2 * greyCount > sampled;
        }

        boolean tiny() {
            return sampled > 0 && 2 * tinyCount > sampled;
        }

        String describe() {
            String kind = greyscale() ? "greyscale images" : "colour images";
            return tiny() ? "Small " + kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        }

        /** Red, green and blue equal (within rounding) on a grid of pixels: stored in colour or not, it is grey. */
        private static boolean isGrey(BufferedImage image) {
            int stepX = Math.max(1, image.getWidth() / 16);
            int stepY = Math.max(1, image.getHeight() / 16);
            for (int y = 0; y < image.getHeight(); y += stepY) {
                for (int x = 0; x < image.getWidth(); x += stepX) {
                    int v = image.getRGB(x, y);
                    int r = (v >> 16) & 0xFF;
                    int g = (v >> 8) & 0xFF;
                    int b = v & 0xFF;
                    if (Math.abs(r - g) > 2 || Math.abs(g - b) > 2) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
