package org.silhouette.embed.backbone;

import ai.djl.Device;
import org.silhouette.core.FloatMatrix;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A frozen image feature extractor: RGB images in, one feature row per image out. Implementations own
 * native memory and must be closed; {@link #embed} may be called many times, from one thread at a time.
 */
public interface Backbone extends AutoCloseable {

    /**
     * Identifies the weights and every option that changes the numbers (tap, pooling, input size,
     * preprocessing). Equal fingerprints mean equal features, so the feature cache keys on it.
     */
    String fingerprint();

    /** Images are resized to this many pixels square before the forward pass. */
    int inputSize();

    /** Length of each feature row. */
    int featureDim();

    /** Where the forward pass runs. */
    Device device();

    /** One line for logs and the UI, e.g. "TorchScript mobilenetv2-imagenet.pt, tap 3 of 5, avg, 64 px". */
    String describe();

    /** Features of the images, one row each, in order. An empty list gives a 0-row matrix. */
    FloatMatrix embed(List<BufferedImage> images);

    @Override
    void close();
}
