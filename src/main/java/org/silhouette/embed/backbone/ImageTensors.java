package org.silhouette.embed.backbone;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Turns RGB images into the float input of a CNN: squashed to size×size (aspect ratio is not kept, as
 * with torchvision's Resize((s, s))), scaled to [0, 1], normalised per channel, laid out [N, 3, H, W].
 */
public final class ImageTensors {
    /** ImageNet statistics, which both the TorchScript models and the small CNN expect. */
    public static final float[] IMAGENET_MEAN = {0.485f, 0.456f, 0.406f};
    public static final float[] IMAGENET_STD = {0.229f, 0.224f, 0.225f};
    /** Bump when resizing or normalisation changes, so cached features computed the old way are not reused. */
    public static final String VERSION = "rgb-squash-bilinear-halving-v1";

    private ImageTensors() {
    }

    public static float[] toNchw(List<BufferedImage> images, int size, float[] mean, float[] std) {
        int plane = size * size;
        float[] out = new float[images.size() * 3 * plane];
        for (int i = 0; i < images.size(); i++) {
            int[] px = pixels(resize(images.get(i), size));
            int base = i * 3 * plane;
            for (int p = 0; p < plane; p++) {
                int v = px[p];
                out[base + p] = (((v >> 16) & 0xFF) / 255f - mean[0]) / std[0];
                out[base + plane + p] = (((v >> 8) & 0xFF) / 255f - mean[1]) / std[1];
                out[base + 2 * plane + p] = ((v & 0xFF) / 255f - mean[2]) / std[2];
            }
        }
        return out;
    }

    /**
     * Bilinear resize to size×size. Large reductions halve step by step first, so every source pixel
     * still contributes (one bilinear step from 4× larger would skip most of them).
     */
    public static BufferedImage resize(BufferedImage src, int size) {
        BufferedImage cur = src.getType() == BufferedImage.TYPE_INT_RGB ? src : copyRgb(src);
        while (cur.getWidth() >= 2 * size || cur.getHeight() >= 2 * size) {
            int w = cur.getWidth() >= 2 * size ? cur.getWidth() / 2 : cur.getWidth();
            int h = cur.getHeight() >= 2 * size ? cur.getHeight() / 2 : cur.getHeight();
            cur = draw(cur, w, h);
        }
        return cur.getWidth() == size && cur.getHeight() == size ? cur : draw(cur, size, size);
    }

    private static BufferedImage draw(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage copyRgb(BufferedImage src) {
        return draw(src, src.getWidth(), src.getHeight());
    }

    private static int[] pixels(BufferedImage rgb) {
        if (rgb.getRaster().getDataBuffer() instanceof DataBufferInt db && rgb.getRaster().getMinX() == 0
                && db.getData().length == rgb.getWidth() * rgb.getHeight()) {
            return db.getData();
        }
        return rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0, rgb.getWidth());
    }
}
