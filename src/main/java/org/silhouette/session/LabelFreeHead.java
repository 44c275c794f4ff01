package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.StructureTarget;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.layout.StructureMap;

import java.util.Arrays;

/**
 * The head the first labelled round starts from: trained on the structure term alone, so it already lays
 * the images out as the backbone's neighbourhoods do before any label moves them. A fresh head gets only the
 * first round's few hundred batches, too few to learn those neighbourhoods: on CIFAR-10 its map then pressed
 * the classes nobody had named into one dense blob, and the simulated hasty annotator's lassos there were
 * three times larger and seven in ten wrong (docs/RESULTS.md). Trained once per folder and head dimension,
 * in the background after a folder opens; each round starts from a copy.
 */
final class LabelFreeHead implements AutoCloseable {
    /**
     * Passes over the images, at most {@link #MAX_STEPS} batches: the no-labels head of {@code experiment}
     * reached 95 % of its final MAP@R after about 60 % of its 30 epochs.
     */
    static final int EPOCHS = 26;
    /** The cap: 26 epochs of 10,000 images at 16×8 a batch; a larger folder gets fewer passes. */
    static final int MAX_STEPS = 2_000;

    private final EmbeddingModel model;

    private LabelFreeHead(EmbeddingModel model) {
        this.model = model;
    }

    /** Trains the head on {@code structure}'s label-free target with the loop's head settings. */
    static LabelFreeHead train(FloatMatrix features, StructureMap structure, LoopOptions options, int classes,
            Progress progress, Cancellation cancel) {
        int[] none = new int[features.rows()];
        Arrays.fill(none, -1);
        TrainOptions head = options.training(classes, options.seed(), true);
        int perEpoch = Math.ceilDiv(features.rows(), head.batchP() * head.batchK());
        TrainOptions train = head.toBuilder().maxSteps((int) Math.min(MAX_STEPS, (long) EPOCHS * perEpoch))
                .maxSeconds(0).build();
        Progress named = (stage, done, total) -> progress.update("Learning the backbone's neighbourhoods", done, total);
        return new LabelFreeHead(HeadTrainer.fit(features, none, StructureTarget.of(structure.base()), train, null,
                named, cancel).model());
    }

    /** The head itself; a round continues from a copy ({@link HeadTrainer} copies what it starts from). */
    EmbeddingModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
