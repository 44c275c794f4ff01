package org.silhouette.embed.backbone;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.silhouette.core.FloatMatrix;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;

/**
 * What the backbones built on a DJL {@link Model} share: images become one ImageNet-normalised [N, 3, S, S]
 * batch, the model runs on it inside a sub-manager that is closed with the batch, and the pooled output at
 * the tap becomes the feature rows. A subclass says how the model reaches its tap.
 */
abstract sealed class ModelBackbone implements Backbone permits TorchScriptBackbone, SmallCnnBackbone {
    static {
        NativeMemory.keepLargeBlocks(); // before any model loads: see NativeMemory
    }

    final Model model;
    final Introspection intro;
    private final int dim;
    private final String fingerprint;

    /** Subclasses probe their model with {@link #blankInput} before calling this, to know dim and fingerprint. */
    ModelBackbone(Model model, Introspection intro, int dim, String fingerprint) {
        this.model = model;
        this.intro = intro;
        this.dim = dim;
        this.fingerprint = fingerprint;
    }

    /** The pooled features at the tap of a normalised input batch, as an [N, D] array in {@code scope}. */
    abstract NDArray atTap(NDArray input, NDManager scope);

    /** A normalised batch of {@code n} images as a tensor in {@code scope}. */
    static NDArray input(Introspection intro, float[] nchw, int n, NDManager scope) {
        return scope.create(FloatBuffer.wrap(nchw), new Shape(n, 3, intro.size(), intro.size()));
    }

    /** One blank image: opening runs it through, so a wrong tap or size fails before any real work. */
    static NDArray blankInput(Introspection intro, NDManager scope) {
        return input(intro, new float[3 * intro.size() * intro.size()], 1, scope);
    }

    /** How a fingerprint ends: what the input options change (the cache keys on it, so keep it stable). */
    static String inputFingerprint(Introspection intro) {
        return " pool=" + intro.pooling().id() + " size=" + intro.size() + " prep=" + ImageTensors.VERSION;
    }

    /** How a description ends: pooling, input size, feature length and device. */
    final String inputDescription() {
        return ", " + intro.pooling().id() + " pooling, " + intro.size() + " px, " + featureDim() + "-d, on "
                + Devices.describe(device());
    }

    @Override
    public final FloatMatrix embed(List<BufferedImage> images) {
        if (images.isEmpty()) {
            return FloatMatrix.zeros(0, featureDim());
        }
        float[] nchw = ImageTensors.toNchw(images, intro.size(), ImageTensors.IMAGENET_MEAN, ImageTensors.IMAGENET_STD);
        try (NDManager batch = model.getNDManager().newSubManager()) {
            float[] f = atTap(input(intro, nchw, images.size(), batch), batch).toFloatArray();
            return new FloatMatrix(images.size(), featureDim(), f);
        }
    }

    @Override
    public final String fingerprint() {
        return fingerprint;
    }

    @Override
    public final int featureDim() {
        return dim;
    }

    @Override
    public final int inputSize() {
        return intro.size();
    }

    @Override
    public final Device device() {
        return model.getNDManager().getDevice();
    }

    @Override
    public final void close() {
        model.close();
    }
}
