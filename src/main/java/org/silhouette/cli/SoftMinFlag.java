package org.silhouette.cli;

import picocli.CommandLine.Option;

/** The {@code --soft-min-temperature} of the commands that set the silhouette losses' b(i) ({@code loss}, {@code experiment}). */
final class SoftMinFlag {

    @Option(names = "--soft-min-temperature", defaultValue = "0", paramLabel = "T",
            description = "Silhouette: 0 takes the nearest other class; T > 0 a softmin-weighted mean "
                    + "(default: ${DEFAULT-VALUE}).")
    double value;
}
