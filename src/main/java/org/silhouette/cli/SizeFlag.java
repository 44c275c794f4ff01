package org.silhouette.cli;

import picocli.CommandLine.Option;

/** The {@code --size} of the commands that feed images to a network ({@link BackboneFlags}, {@code train-backbone}). */
final class SizeFlag {

    @Option(names = "--size", paramLabel = "PX",
            description = "Images are resized to PX×PX (default: ${DEFAULT-VALUE}); larger is slower.")
    int value;

    /** @param defaultSize the command's input size when --size is not given */
    SizeFlag(int defaultSize) {
        value = defaultSize;
    }
}
