package org.silhouette.cli;

import org.silhouette.embed.loss.LossOptions;
import picocli.CommandLine.Option;

/** The {@code --margin} of the commands that set the contrastive and triplet losses' margin ({@code loss}, {@link TrainingFlags}). */
final class MarginFlag {

    @Option(names = "--margin", paramLabel = "M",
            description = "Margin of the contrastive and triplet losses (default: ${DEFAULT-VALUE}).")
    double value = LossOptions.defaults().margin();
}
