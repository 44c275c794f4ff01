package org.silhouette.session;

import org.silhouette.core.RecordBuilder;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.embed.train.HeadBuilder;
import org.silhouette.embed.train.HeadChecks;
import org.silhouette.embed.train.TrainOptions;

import java.util.List;

/**
 * How the labelling loop retrains and re-projects; validated here and nowhere else.
 *
 * @param loss the loss the head is fine-tuned with (silhouette by default)
 * @param dim embedding dimension of the head; ignored for cce, whose dimension is the class count
 * @param hidden hidden widths of a fresh head
 * @param firstTrainSeconds training budget of the first round, when there is no head to continue from
 * @param trainSeconds training budget of every later, warm-started round
 * @param umapWarmEpochs epochs of the warm UMAP refinement that moves the map to the new embedding
 * @param seed seeds training, validation folds and layout; each round adds its number
 * @param anchorWeight weight of the backbone's own view beside the head's in the space the map is laid out
 *     in (0: the head alone); keeps unlabelled classes apart that the head, trained on others, would merge
 * @param structureWeight weight of the structure term that keeps every unlabelled image where the backbone's
 *     neighbourhoods put it ({@link org.silhouette.embed.loss.StructureLoss}); 0 trains on the labels alone
 * @param directMap the head's 2-D output is the map (no UMAP): a 2-D head trained with the same losses
 *     against a 2-D structure target, aligned to the previous map by a similarity transform
 * @param firstTrainSteps when above 0, the first round trains this many batches instead of for
 *     {@code firstTrainSeconds}, so that a seeded run ({@code simulate}) repeats exactly on any machine
 * @param trainSteps likewise for every later round, instead of {@code trainSeconds}; the app uses 0 (seconds)
 */
public record LoopOptions(LossKind loss, LossOptions lossOptions, int dim, List<Integer> hidden,
        double firstTrainSeconds, double trainSeconds, int umapWarmEpochs, long seed, double anchorWeight,
        double structureWeight, boolean directMap, int firstTrainSteps, int trainSteps) {

    public LoopOptions {
        HeadChecks.requireLoss(loss);
        lossOptions = HeadChecks.orDefaults(lossOptions);
        HeadChecks.checkDim(dim);
        hidden = List.copyOf(hidden);
        if (!(firstTrainSeconds > 0) || !(trainSeconds > 0) || firstTrainSeconds > 3600 || trainSeconds > 3600) {
            throw new IllegalArgumentException("training budgets must be in (0, 3600] seconds");
        }
        if (!(anchorWeight >= 0) || anchorWeight > 100) {
            throw new IllegalArgumentException("the anchor weight must be in [0, 100], got " + anchorWeight);
        }
        if (!(structureWeight >= 0) || structureWeight > 100) {
            throw new IllegalArgumentException("the structure weight must be in [0, 100], got " + structureWeight);
        }
        if (directMap && loss == LossKind.CCE) {
            throw new IllegalArgumentException("the cce loss cannot draw the map directly: its output has one "
                    + "dimension per class");
        }
        if (firstTrainSteps < 0 || trainSteps < 0 || firstTrainSteps > 1_000_000 || trainSteps > 1_000_000) {
            throw new IllegalArgumentException("training step budgets must be in [0, 1000000] (0: use the seconds)");
        }
        if (umapWarmEpochs < 1 || umapWarmEpochs > 10_000) {
            throw new IllegalArgumentException("warm UMAP epochs must be in [1, 10000], got " + umapWarmEpochs);
        }
    }

    /**
     * Silhouette loss, d = 16, 2 s for the first round and 0.7 s for each refresh (the app's 2 s budget), and
     * the backbone's view weighted 1 beside the head's in the map. The head alone squeezed every unnamed
     * class into the named ones (simulated label accuracy 0.44 against 0.80 for the static map, small CNN);
     * weight 1 gave 0.74 and weight 3 0.80, but at 3 the labelled groups no longer visibly gather on the
     * map, which is what a person looks for after naming them (docs/RESULTS.md). The settings panel offers it.
     */
    public static LoopOptions defaults() {
        return new LoopOptions(LossKind.SILHOUETTE, LossOptions.defaults(), 16, List.of(256), 2.0, 0.7, 50, 7L, 1.0,
                TrainOptions.DEFAULT_STRUCTURE_WEIGHT, false, 0, 0);
    }

    /** The head's output dimension for {@code classes} labelled classes: cce's is the class count. */
    public int headDim(int classes) {
        return directMap ? 2 : loss == LossKind.CCE ? classes : dim;
    }

    /** The head training of one round: this loop's head and loss, as many epochs as {@code seconds} allow. */
    public TrainOptions training(int classes, long seed, double seconds) {
        return TrainOptions.builder(loss, headDim(classes)).lossOptions(lossOptions).hidden(hidden).seed(seed)
                .epochs(1_000_000).maxSeconds(seconds).structureWeight(structureWeight).build();
    }

    /**
     * The head training of one round: the first round's budget when {@code fresh} (no head to continue), a
     * later round's otherwise; counted in steps where a step budget is set, else in wall seconds.
     */
    public TrainOptions training(int classes, long seed, boolean fresh) {
        int steps = fresh ? firstTrainSteps : trainSteps;
        if (steps == 0) {
            return training(classes, seed, fresh ? firstTrainSeconds : trainSeconds);
        }
        return TrainOptions.builder(loss, headDim(classes)).lossOptions(lossOptions).hidden(hidden).seed(seed)
                .epochs(1_000_000).maxSteps(steps).structureWeight(structureWeight).build();
    }

    /** {@link #defaults} to change before {@link Builder#build}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy to change component by component; {@link RecordBuilder#build} validates it as the constructor does. */
    public static final class Builder extends HeadBuilder<LoopOptions, Builder> {
        private Builder(LoopOptions o) {
            super(o);
        }

        public Builder firstTrainSeconds(double v) { return set("firstTrainSeconds", v); }
        public Builder trainSeconds(double v) { return set("trainSeconds", v); }
        public Builder umapWarmEpochs(int v) { return set("umapWarmEpochs", v); }
        /** How much of the backbone's own view the refreshed map keeps beside the head's (0: the head alone). */
        public Builder anchorWeight(double v) { return set("anchorWeight", v); }
        public Builder directMap(boolean v) { return set("directMap", v); }
        public Builder firstTrainSteps(int v) { return set("firstTrainSteps", v); }
        public Builder trainSteps(int v) { return set("trainSteps", v); }
    }
}
