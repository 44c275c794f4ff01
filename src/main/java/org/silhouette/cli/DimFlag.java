package org.silhouette.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --dim} of the commands that train heads with a default dimension ({@code experiment}, {@code simulate});
 * {@code train} asks for one, so it declares its own.
 */
final class DimFlag {

    @Option(names = "--dim", defaultValue = "16", paramLabel = "D",
            description = "Embedding dimension of the trained heads (default: ${DEFAULT-VALUE}).")
    int value;
}
