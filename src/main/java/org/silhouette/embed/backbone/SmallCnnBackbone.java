package org.silhouette.embed.backbone;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import org.silhouette.core.FloatMatrix;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded {@link SmallCnn}. Its taps are the stage outputs (0 = first stage, -1 = last). Unlike a
 * TorchScript backbone it can be fine-tuned: {@link #trainableTail(int)} unfreezes its last stages and
 * freezes the rest, and {@link #features()} is the block a training loop runs with {@code training=true}.
 */
public final class SmallCnnBackbone implements Backbone {
    private final Model model;
    private final SequentialBlock features;
    private final List<Block> stages;
    private final Introspection intro;
    private final int tap;
    private final int dim;
    private final String fingerprint;
    private final Path dir;

    SmallCnnBackbone(Model model, SequentialBlock features, SmallCnn.Config config, Introspection intro,
            String weightsHash, Path dir) {
        this.model = model;
        this.features = features;
        this.stages = features.getChildren().values();
        this.intro = intro;
        this.dir = dir;
        this.tap = intro.resolveTap(stages.size());
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray probe = forward(new float[3 * intro.size() * intro.size()], 1, scope);
            this.dim = Math.toIntExact(probe.getShape().get(1));
        }
        this.fingerprint = "small-cnn sha256=" + weightsHash + " widths=" + config.widths() + " tap=" + tap + "/"
                + stages.size() + " pool=" + intro.pooling().id() + " size=" + intro.size() + " prep=" + ImageTensors.VERSION;
    }

    @Override
    public FloatMatrix embed(List<BufferedImage> images) {
        if (images.isEmpty()) {
            return FloatMatrix.zeros(0, dim);
        }
        float[] input = ImageTensors.toNchw(images, intro.size(), ImageTensors.IMAGENET_MEAN, ImageTensors.IMAGENET_STD);
        try (NDManager scope = model.getNDManager().newSubManager()) {
            return new FloatMatrix(images.size(), dim, forward(input, images.size(), scope).toFloatArray());
        }
    }

    /** Runs the stages up to the tap in inference mode (batch-norm uses its running statistics), then pools. */
    private NDArray forward(float[] input, int n, NDManager scope) {
        NDArray x = scope.create(FloatBuffer.wrap(input), new Shape(n, 3, intro.size(), intro.size()));
        ParameterStore ps = new ParameterStore(scope, false);
        NDList cur = new NDList(x);
        for (int i = 0; i <= tap; i++) {
            cur = stages.get(i).forward(ps, cur, false);
        }
        NDArray pooled = intro.pooling().apply(cur.singletonOrThrow());
        pooled.attach(scope);
        return pooled;
    }

    /** The whole feature block (all stages), for a fine-tuning loop. */
    public SequentialBlock features() {
        return features;
    }

    /** The model that owns the parameters (its manager is where optimiser state should live). */
    public Model model() {
        return model;
    }

    /**
     * Makes only the last {@code stages} stages trainable and freezes the others; 0 freezes everything.
     * Returns the number of trainable parameter arrays.
     */
    public int trainableTail(int lastStages) {
        return SmallCnn.trainOnlyLastStages(features, lastStages);
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public int inputSize() {
        return intro.size();
    }

    @Override
    public int featureDim() {
        return dim;
    }

    @Override
    public Device device() {
        return model.getNDManager().getDevice();
    }

    @Override
    public String describe() {
        return "small CNN " + dir.getFileName() + ", stage " + (tap + 1) + " of " + stages.size() + ", " + intro.pooling().id()
                + " pooling, " + intro.size() + " px, " + dim + "-d, on " + Devices.describe(device());
    }

    @Override
    public void close() {
        model.close();
    }
}
