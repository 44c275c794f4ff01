package org.silhouette.harness.stress;

import ai.djl.Device;
import org.silhouette.core.FloatMatrix;
import org.silhouette.embed.backbone.Backbone;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mean colour of each image: a backbone whose right answer for every content is known, and which counts its
 * calls, so the file-change race and the extractor's tests can tell a cached row from a computed one.
 */
public class MeanColourBackbone implements Backbone {
    /** Images embedded so far. */
    public final AtomicInteger images = new AtomicInteger();
    /** The size of each batch asked for, in order. */
    public final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final String fingerprint;

    public MeanColourBackbone() {
        this("mean-colour v1");
    }

    public MeanColourBackbone(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    @Override
    public FloatMatrix embed(List<BufferedImage> batch) {
        batchSizes.add(batch.size());
        images.addAndGet(batch.size());
        float[][] rows = new float[batch.size()][3];
        for (int i = 0; i < batch.size(); i++) {
            BufferedImage img = batch.get(i);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int v = img.getRGB(x, y);
                    rows[i][0] += (v >> 16) & 0xFF;
                    rows[i][1] += (v >> 8) & 0xFF;
                    rows[i][2] += v & 0xFF;
                }
            }
            for (int c = 0; c < 3; c++) {
                rows[i][c] /= img.getWidth() * img.getHeight();
            }
        }
        return FloatMatrix.of(rows);
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public int inputSize() {
        return 16;
    }

    @Override
    public int featureDim() {
        return 3;
    }

    @Override
    public Device device() {
        return Device.cpu();
    }

    @Override
    public String describe() {
        return "mean colour";
    }

    @Override
    public void close() {
    }
}
