package org.silhouette.cli;

import org.silhouette.embed.loss.LossOptions;
import org.silhouette.embed.train.TrainOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** How a head is trained, as flags of the commands that train one ({@code train}, {@code experiment}). */
final class TrainingFlags {

    @Mixin
    EpochsFlag epochs = new EpochsFlag(TrainOptions.DEFAULT_EPOCHS);

    @Option(names = "--lr", paramLabel = "R", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double lr = TrainOptions.DEFAULT_LR;

    @Option(names = "--batch-p", paramLabel = "P", description = "Classes per batch (default: ${DEFAULT-VALUE}).")
    int batchP = TrainOptions.DEFAULT_P;

    @Option(names = "--batch-k", paramLabel = "K", description = "Images per class per batch (default: ${DEFAULT-VALUE}).")
    int batchK = TrainOptions.DEFAULT_K;

    @Option(names = "--hidden", split = ",", paramLabel = "W",
            description = "Hidden layer widths; 0 for a linear head (default: 256).")
    List<Integer> hidden = List.of(256);

    @Mixin
    MarginFlag margin = new MarginFlag();

    @Option(names = "--validation-share", paramLabel = "F",
            description = "Hold out this share of each class's labelled rows and keep the epoch that retrieves them "
                    + "best; 0 keeps the last epoch (default: ${DEFAULT-VALUE}).")
    double validationShare;

    @Option(names = "--structure-weight", paramLabel = "W",
            description = "Weight of the structure term, which keeps every unlabelled row near a UMAP of the features "
                    + "(the app's semi-supervised head uses 1); 0 leaves it out (default: ${DEFAULT-VALUE}).")
    double structureWeight;

    /**
     * @param defaultValidationShare the command's held-out share when --validation-share is not given
     * @param defaultStructureWeight the command's structure weight when --structure-weight is not given
     */
    TrainingFlags(double defaultValidationShare, double defaultStructureWeight) {
        validationShare = defaultValidationShare;
        structureWeight = defaultStructureWeight;
    }

    /** The hidden widths, where a single 0 means none (a linear head). */
    List<Integer> widths() {
        return hidden.size() == 1 && hidden.getFirst() == 0 ? List.of() : hidden;
    }

    /** The loss options these flags set, with a command's own soft-min temperature; the rest keep their defaults. */
    LossOptions lossOptions(double softMinTemperature) {
        LossOptions d = LossOptions.defaults();
        return new LossOptions(margin.value, d.batchHard(), softMinTemperature, d.corelGamma());
    }

    /** These flags applied to a training run's options. */
    TrainOptions.Builder applyTo(TrainOptions.Builder b) {
        return b.lossOptions(lossOptions(LossOptions.defaults().softMinTemperature())).hidden(widths())
                .epochs(epochs.value).learningRate(lr).batchP(batchP).batchK(batchK).validationFraction(validationShare)
                .structureWeight(structureWeight);
    }
}
