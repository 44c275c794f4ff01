package org.silhouette.cli;

import picocli.CommandLine.Option;

/** The {@code --epochs} of the commands that train a network ({@link TrainingFlags}, {@code train-backbone}). */
final class EpochsFlag {

    @Option(names = "--epochs", paramLabel = "N",
            description = "Passes over the labelled training data (default: ${DEFAULT-VALUE}).")
    int value;

    /** @param defaultEpochs the command's epochs when --epochs is not given */
    EpochsFlag(int defaultEpochs) {
        value = defaultEpochs;
    }
}
