package org.silhouette.embed.backbone;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded {@link SmallCnn}. Its taps are the stage outputs (0 = first stage, -1 = last). Unlike a
 * TorchScript backbone it can be fine-tuned: {@link #trainableTail(int)} unfreezes its last stages and
 * freezes the rest, and {@link #features()} is the block a training loop runs with {@code training=true}.
 */
public final class SmallCnnBackbone extends ModelBackbone {
    private final SequentialBlock features;
    private final List<Block> stages;
    private final int tap;
    private final Path dir;

    SmallCnnBackbone(Model model, SequentialBlock features, SmallCnn.Config config, Introspection intro,
            String weightsHash, Path dir) {
        List<Block> blocks = features.getChildren().values();
        int t = intro.resolveTap(blocks.size());
        int dim;
        try (NDManager scope = model.getNDManager().newSubManager()) {
            dim = Math.toIntExact(pooledAt(blocks, t, intro, blankInput(intro, scope), scope).getShape().get(1));
        }
        this.features = features;
        this.stages = blocks;
        this.dir = dir;
        this.tap = t;
        super(model, intro, dim, "small-cnn sha256=" + weightsHash + " widths=" + config.widths() + " tap=" + t + "/"
                + blocks.size() + inputFingerprint(intro));
    }

    @Override
    NDArray atTap(NDArray input, NDManager scope) {
        return pooledAt(stages, tap, intro, input, scope);
    }

    /** Runs the stages up to the tap in inference mode (batch-norm uses its running statistics), then pools. */
    private static NDArray pooledAt(List<Block> stages, int tap, Introspection intro, NDArray input, NDManager scope) {
        ParameterStore ps = new ParameterStore(scope, false);
        NDList cur = new NDList(input);
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
    public String describe() {
        return "small CNN " + dir.getFileName() + ", stage " + (tap + 1) + " of " + stages.size() + inputDescription();
    }
}
